import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Which of an element's slots hold light-DOM elements, kept current: the element renders again when
 * what is assigned to one of the watched slots changes (`slotchange`, which hydration replays). In
 * the spirit of Shoelace's `HasSlotController`.
 *
 * Only a browser has a light DOM to look at: ask in `renderLive` and `willUpdateLive` only.
 */
export class SlotPresence implements ReactiveController {
  /** `names` are the slots to watch; `''` is the default slot. */
  constructor(
    private readonly host: Host,
    private readonly names: string[],
  ) {
    host.addController(this);
  }

  /** The element children assigned to slot `name` (`''`: the default slot) by their `slot` attribute. */
  elements(name: string): Element[] {
    return Array.from(this.host.children).filter((child) => child.slot === name);
  }

  /** Whether slot `name` (`''`: the default slot) is given at least one element. */
  has(name: string): boolean {
    return this.elements(name).length > 0;
  }

  hostConnected() {
    this.host.renderRoot.addEventListener('slotchange', this.changed);
  }

  hostDisconnected() {
    // A deferred hydration (`defer-hydration`) can disconnect an element that never connected.
    this.host.renderRoot?.removeEventListener('slotchange', this.changed);
  }

  private changed = (event: Event) => {
    if (this.names.includes((event.target as HTMLSlotElement).name)) this.host.requestUpdate();
  };
}
