import { css, isServer, LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { closestLang, resolveLanguage, translate, type Language, type StringKey } from './i18n.js';
import { isHydrating, rendersAsServer } from './server-render.js';
import { tokens } from './tokens.js';
import { version } from './version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/** Detail of every `<tag>-error` event: what was wrong and what was shown instead. */
export interface IsomerErrorDetail {
  /** A stable, machine-readable reason such as `unsafe-url`. */
  code: string;
  /** The same message that went to the console. */
  message: string;
}

/** Connected elements whose UI strings follow `lang`; one observer serves them all. */
const languageListeners = new Set<IsomerElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: IsomerElement) {
  languageListeners.add(element);
  if (!languageObserver) {
    languageObserver = new MutationObserver(() => {
      for (const listener of languageListeners) listener.requestUpdate();
    });
    languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

/** What every element's shadow root starts with: the design tokens, and `hidden` that hides. */
const preamble = [
  tokens,
  css`
    :host([hidden]) {
      display: none;
    }
  `,
];

/**
 * The base of every isomer-blocks element: guarded registration, the shared style preamble,
 * `ElementInternals`, UI strings in the page's language, warnings and typed events.
 */
export class IsomerElement extends LitElement {
  /** The isomer-blocks version that defined this element. */
  static readonly version = version;

  /** The element's `static styles`, after the shared tokens and `:host([hidden]) { display: none }`. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([preamble, styles ?? []]);
  }

  /** The element's `ElementInternals` (role, ARIA), attached once for every element. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * Registers this class as `tag`. Safe to call any number of times: when the tag is taken by the
   * same version it does nothing; by another version it warns once and keeps the first. Never throws.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as VersionedConstructor | undefined;
    if (existing) {
      if (existing.version !== version) {
        console.warn(
          `[isomer-blocks] <${tag}> is already defined by ${existing.version ? `isomer-blocks ${existing.version}` : 'another script'}; version ${version} was not registered.`,
        );
      }
      return;
    }
    try {
      customElements.define(tag, this);
    } catch (error) {
      console.warn(`[isomer-blocks] <${tag}> could not be registered:`, error);
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    languageListeners.delete(this);
  }

  /**
   * A server-rendered shadow root (Declarative Shadow DOM) is hydrated when Lit's hydration support
   * is loaded (it defines `litElementHydrateSupport`); without it, the server's markup is cleared,
   * or it would stay in front of what the browser renders.
   */
  protected override createRenderRoot() {
    if (!('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Complete once no update is pending: hydration asks for another render (see performUpdate). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  /**
   * Once hydration has repeated what the server rendered, the element renders again, for real:
   * with what only the browser knows (the light DOM, the page's language and settings). Hydration
   * also attached the `slotchange` listeners after the parser had filled the slots, so those events
   * are replayed. A hydration that failed is tried again by the next update, not in a loop.
   */
  protected override performUpdate(): void {
    const hydrating = isHydrating(this);
    super.performUpdate();
    if (!hydrating || !this.hasUpdated) return;
    this.requestUpdate();
    for (const slot of this.renderRoot.querySelectorAll('slot')) {
      if (slot.assignedNodes().length) slot.dispatchEvent(new Event('slotchange', { bubbles: true }));
    }
  }

  /** The language of UI strings: the nearest `lang` attribute, English when none matches. */
  protected get language(): Language {
    // A server renderer (@lit-labs/ssr) has no document tree: only the element's own `lang` counts,
    // and hydration repeats the server's words before the page's language takes over.
    return resolveLanguage(rendersAsServer(this) ? this.getAttribute('lang') : closestLang(this));
  }

  /** The UI string `key` in the element's language. */
  protected localize(key: StringKey, params?: Record<string, string>): string {
    return translate(this.language, key, params);
  }

  /** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable }),
    );
  }

  /**
   * Reports bad input: a console warning naming the element and a `<tag>-error` event. The caller
   * renders the safe fallback.
   */
  protected reportError(code: string, message: string): void {
    // On a server the element object is noise in the log; in a browser it links to the element.
    console.warn(`[isomer-blocks] <${this.localName}>: ${message}`, ...(isServer ? [] : [this]));
    this.emit<IsomerErrorDetail>(`${this.localName}-error`, { code, message });
  }
}

// Every element's events join GlobalEventHandlersEventMap wherever an element's types are loaded.
export type { IsomerEventMap } from '../types/elements.js';
