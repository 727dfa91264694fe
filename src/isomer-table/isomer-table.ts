import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { normalizeSpace } from '../shared/text.js';
import { cellStyles, isomerTableStyles } from './isomer-table.styles.js';
import { headerScope } from './scope.js';

/** The codes of `isomer-table-error`. */
export type IsomerTableErrorCode = 'no-table' | 'empty';

/** Gives each header cell of `table` without a `scope` the one {@link headerScope} says. */
function scopeHeaders(table: HTMLTableElement) {
  for (const row of table.rows) {
    const cells = Array.from(row.cells);
    const scope = headerScope(
      row.parentElement!.localName === 'thead',
      cells.every((cell) => cell.localName === 'th'),
    );
    for (const cell of cells)
      if (cell.localName === 'th' && !cell.hasAttribute('scope')) cell.setAttribute('scope', scope);
  }
}

/**
 * A data table that fits a phone's column. The table is the page's own `<table>`, in light DOM,
 * so it reads (and prints) without JavaScript; `preflight.css` gives it the same box before the
 * script runs.
 *
 * Cells keep whole words (only a word wider than the column breaks, and no line of a cell is wider
 * than the column): a table wider than its column scrolls sideways inside the element, and
 * only then is the element a keyboard stop, a `region` named by the table's `<caption>` (or
 * `label`) with the hint that it scrolls, so that a keyboard user can scroll it and a screen
 * reader user knows why it is there. It follows resizes. Header cells without a `scope` get one
 * (`col` in the head or a row of headers, `row` in a body row), as the converter writes them.
 * Tiptap's `min-width` styles and `<colgroup>` are kept: inside the scroll container they can
 * widen the table, never the page. On paper nothing scrolls: the whole table is printed.
 *
 * @tagname isomer-table
 * @summary A table that scrolls when it does not fit, as a named, focusable region.
 * @ssr A server renders its light DOM; whether it scrolls is known in the browser only.
 *
 * @slot - One `<table>`.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} isomer-table-error - Bad input, shown as it is: `no-table` (no `<table>` child), `empty` (a table without cells).
 */
export class IsomerTable extends IsomerElement<IsomerTableErrorCode> {
  static override styles = isomerTableStyles;

  static override properties = {
    label: { type: String },
  };

  /** The scroll region's name when the table has no `<caption>` (default: "Table"). */
  declare label: string | undefined;

  private resizes?: ResizeObserver;

  /** Renders again (and checks the table again) when the element's children change. */
  private slots = new SlotPresence(this, ['']);

  override connectedCallback() {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = cellStyles.styleSheet!;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.resizes ??= new ResizeObserver(() => this.region());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizes?.disconnect();
  }

  /** The table: the first `<table>` child. */
  private get table(): HTMLTableElement | undefined {
    return this.slots.elements('').find((child): child is HTMLTableElement => child.localName === 'table');
  }

  protected override willUpdateLive() {
    const table = this.table;
    this.reportOnce('no-table', !table, 'it holds no <table>; its content is shown as it is.');
    this.reportOnce('empty', !!table && !table.querySelector('td, th'), 'its table has no cells.');
    // Its size and its table's, while it is on the page: an update after its removal observes
    // nothing (the observer would hold it); its return renders it again, which observes anew.
    const resizes = this.resizes!;
    resizes.disconnect();
    if (this.isConnected) for (const target of [this, table]) if (target) resizes.observe(target);
    if (table) scopeHeaders(table);
  }

  protected override updated() {
    this.region();
  }

  /** Makes the element a named, focusable region while its table scrolls, and nothing while it fits. */
  private region() {
    const scrolls = this.scrollWidth > this.clientWidth;
    const caption = this.table?.caption?.textContent;
    const name = normalizeSpace(caption ?? '') || this.label || this.localize('table');
    this.internals.role = scrolls ? 'region' : null;
    this.internals.ariaLabel = scrolls ? this.localize('scrolls', { name }) : null;
    if (scrolls) this.tabIndex = 0;
    else this.removeAttribute('tabindex');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isomer-table': IsomerTable;
  }
  interface GlobalEventHandlersEventMap {
    'isomer-table-error': CustomEvent<IsomerErrorDetail>;
  }
}
