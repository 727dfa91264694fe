import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../shared/document-styles.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { keyword } from '../shared/keyword.js';
import { replaced } from '../shared/messages.js';
import { accordionStyles, itemStyles } from './isomer-accordion.styles.js';

let groups = 0;

/** The codes of `isomer-accordion-error`. */
export type IsomerAccordionErrorCode = 'no-items' | 'invalid-variant';

/** The element id named by the URL's fragment, or '' (also for a malformed percent-encoding). */
function fragmentId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

const variants = ['white', 'gray'] as const;

/**
 * A group of Isomer accordion items (FAQs). The items are the page's own
 * `<details class="isomer-details"><summary>…</summary><div class="isomer-details-content">…</div></details>`,
 * kept as they are: they open and close without JavaScript, with the keyboard and screen-reader
 * behaviour of native `details`, and the browser opens them for find-in-page and for links to
 * content inside them.
 *
 * The element adds Isomer's look (white or gray), an optional "Expand all / Collapse all" button,
 * an optional one-open-at-a-time mode (the native `name` attribute), opens the item the URL's
 * fragment points at (on load and on `hashchange`), and prints every item open.
 *
 * @tagname isomer-accordion
 * @summary Isomer FAQ items (native `details`) with expand-all, single mode and deep links.
 * @ssr Renders as in the browser (the items, and the "Expand all" button with `controls`); only opening the item the URL points at waits for the browser.
 *
 * @slot - The items: `details.isomer-details` elements.
 *
 * @csspart control - The "Expand all" / "Collapse all" button (with `controls`, not in `single` mode).
 *
 * @cssprop [--isomer-accordion-background=var(--isomer-color-surface-subtle)] - Background of the items of the gray variant.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} isomer-accordion-error - `no-items`: the element holds no `details` child; its content is shown as it is. `invalid-variant`: `variant` is neither white nor gray (white is used).
 */
export class IsomerAccordion extends IsomerElement<IsomerAccordionErrorCode> {
  static override styles = accordionStyles;

  static override properties = {
    variant: { type: String, reflect: true },
    controls: { type: Boolean, reflect: true },
    single: { type: Boolean, reflect: true },
  };

  /** `white` (items divided by rules) or `gray` (items on a gray background), in any case; anything else is white, with a warning. */
  variant: 'white' | 'gray' = 'white';

  /** Shows a button that opens every item, or closes them all when all are open. Not shown in `single` mode. */
  controls = false;

  /** Keeps at most one item open: opening one closes the others (the native `name` attribute on each `details`). */
  single = false;

  /** Whether every item is open: the button then offers to collapse them. */
  private allOpen = false;

  /** The `name` this element gives its items in `single` mode. */
  private group = `isomer-accordion-${++groups}`;
  /** Which items were open before printing opened them all. */
  private openBeforePrint: boolean[] = [];

  constructor() {
    super();
    // `toggle` does not bubble: listen while it passes on its way down.
    this.addEventListener('toggle', () => this.sync(), true);
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptDocumentStyles(this, itemStyles);
    this.listen(addEventListener);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listen(removeEventListener);
  }

  /** Adds or removes the window listeners. */
  private listen(method: typeof addEventListener) {
    method('hashchange', this.openFromHash);
    method('beforeprint', this.openForPrint);
    method('afterprint', this.restoreAfterPrint);
  }

  private get items(): HTMLDetailsElement[] {
    return Array.from(this.querySelectorAll(':scope > details'));
  }

  protected override firstUpdated() {
    this.openFromHash();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('single')) this.nameItems(this.single);
    if (changed.has('variant'))
      this.reportOnce(
        'invalid-variant',
        keyword(this.variant, variants) === null,
        replaced('variant', this.variant, 'white or gray', 'white'),
      );
  }

  /** Gives every item the group's `name` (single mode) or takes it away. Names the page set stay. */
  private nameItems(named: boolean) {
    for (const item of this.items) {
      if (named && !item.name) item.name = this.group;
      else if (!named && item.name === this.group) item.removeAttribute('name');
    }
  }

  private sync() {
    const items = this.items;
    this.allOpen = items.length > 0 && items.every((item) => item.open);
    this.requestUpdate();
    this.reportOnce('no-items', !items.length, 'it holds no <details> item.');
    this.nameItems(this.single);
  }

  private toggleAll() {
    const open = !this.allOpen;
    for (const item of this.items) item.open = open;
    this.allOpen = open;
    this.requestUpdate();
  }

  /** Opens the item that holds the element named by the URL's fragment (and any item around it), and scrolls to it. */
  private openFromHash = () => {
    const target = (this.getRootNode() as Document).getElementById?.(fragmentId());
    if (!target || !this.contains(target)) return;
    for (
      let item = target.closest('details');
      item && this.contains(item);
      item = item.parentElement!.closest('details')
    ) {
      item.open = true;
    }
    target.scrollIntoView();
  };

  private openForPrint = () => {
    const items = this.items;
    this.openBeforePrint = items.map((item) => item.open);
    this.nameItems(false);
    for (const item of items) item.open = true;
  };

  private restoreAfterPrint = () => {
    this.items.forEach((item, i) => (item.open = this.openBeforePrint[i] ?? item.open));
    this.nameItems(this.single);
  };

  // A server renders what the browser does, but the button does nothing without JavaScript: it
  // keeps its room (nothing moves once it works) and stays out of sight, of focus and of the
  // accessibility tree until the element runs (issue 14 D6).
  protected override renderServer() {
    return this.withControl(false);
  }

  protected override renderLive() {
    return this.withControl(true);
  }

  /** The "Expand all" button (working when `live`) and the items. */
  private withControl(live: boolean) {
    return html`${
      this.controls && !this.single
        ? html`<button part="control" type="button" class=${ifDefined(live ? undefined : 'awaits-script')} lang=${ifDefined(this.fallbackLang)} @click=${this.toggleAll}>
            ${this.localize(this.allOpen ? 'collapseAll' : 'expandAll')}
          </button>`
        : nothing
    }<slot @slotchange=${this.sync}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isomer-accordion': IsomerAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'isomer-accordion-error': CustomEvent<IsomerErrorDetail>;
  }
}
