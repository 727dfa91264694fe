import type { PropertyValues } from 'lit';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { replaced } from '../shared/messages.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { cardGridStyles } from './isomer-card-grid.styles.js';

/** The codes of `isomer-card-grid-error`. */
export type IsomerCardGridErrorCode = 'empty' | 'invalid-max-columns';

/** Whether `value` is a supported `max-columns`: a whole number 1–4. */
export function isColumnCount(value: unknown): boolean {
  return [1, 2, 3, 4].includes(value as number);
}

/**
 * A grid of Isomer cards (`<goal-card>` children) that follows the width of its container, not the
 * viewport: as many columns as give each card at least 13.5rem (216 px): 3 from 43.5rem (696 px, so
 * three cards share one row of an article column), 2 from 28.5rem (456 px), 1 in narrower
 * containers, 4 from 58.5rem when `max-columns="4"`; never more than `max-columns`; two cards share
 * the row in halves and a single card spans it. Rows are of equal height. Screen readers hear a list
 * ("list, 3 items"), named by `label` when given. The cards are light-DOM children, so they read
 * in order without JavaScript.
 *
 * @tagname isomer-card-grid
 * @summary A responsive grid of cards with list semantics.
 * @ssr Renders its cards as they are; a server cannot count them, so the list role and name come with the browser's first update.
 *
 * @slot - The cards: `<goal-card>` elements.
 *
 * @cssprop [--isomer-card-grid-gap=1.5rem] - Space between cards, across and down.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} isomer-card-grid-error - Bad input: `empty` (no cards: nothing is shown), `invalid-max-columns` (3 is used).
 */
export class IsomerCardGrid extends IsomerElement<IsomerCardGridErrorCode> {
  static override styles = cardGridStyles;

  static override properties = {
    maxColumns: { type: Number, attribute: 'max-columns', reflect: true },
    label: { type: String },
  };

  /** The most columns the grid uses when its container is wide enough: 1–4 (3 when not set). */
  declare maxColumns: number | undefined;

  /** An accessible name for the list of cards, e.g. "Smart Nation 2.0 goals". */
  declare label: string | undefined;

  private slots = new SlotPresence(this, ['']);

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('maxColumns') && this.maxColumns != null && !isColumnCount(this.maxColumns)) {
      this.reportError('invalid-max-columns', replaced('max-columns', this.maxColumns, '1–4', 3));
    }
  }

  // A server renderer cannot count the light-DOM children: the browser does on upgrade.
  protected override willUpdateLive() {
    const cards = this.slots.has('');
    // An empty list would still be announced ("list, 0 items"): no list at all when there are no cards.
    this.internals.role = cards ? 'list' : null;
    this.internals.ariaLabel = (cards && this.label) || null;
    this.reportOnce('empty', !cards, 'the grid has no cards; it shows nothing.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isomer-card-grid': IsomerCardGrid;
  }
  interface GlobalEventHandlersEventMap {
    'isomer-card-grid-error': CustomEvent<IsomerErrorDetail>;
  }
}
