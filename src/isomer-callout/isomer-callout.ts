import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing } from 'lit';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { calloutStyles } from './isomer-callout.styles.js';

/** The codes of `isomer-callout-error`. */
export type IsomerCalloutErrorCode = 'empty';

/** Content that shows something without text. */
const media = 'img, svg, picture, video, audio, iframe, object, embed, canvas';

/**
 * A note set apart from the article's text (Isomer's callout): a box with a rule on the reading
 * side and a subtle background, holding paragraphs, lists and links, with an optional title. The
 * content is light DOM, so it reads without JavaScript; `preflight.css` draws the same box before
 * the element runs.
 *
 * It is announced as a note (`role="note"`: static content, not an alert nor a live status), named
 * by its title when it has one.
 *
 * @tagname isomer-callout
 * @summary A note box with an optional title, announced as a note.
 * @ssr Renders as in the browser (the note and its slots); only the empty check waits for the browser.
 *
 * @slot - The note: paragraphs, lists, links.
 * @slot title - An optional title, e.g. `<p slot="title">` or `<h3 slot="title">`, written first: it names the note.
 *
 * @csspart base - The note (`role="note"`).
 *
 * @cssprop [--isomer-callout-rule-color=var(--isomer-color-brand)] - Colour of the rule on the reading side.
 * @cssprop [--isomer-callout-background=var(--isomer-color-surface-subtle)] - Background of the box.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} isomer-callout-error - `empty`: it holds no text nor media; the empty box is not announced as a note.
 */
export class IsomerCallout extends IsomerElement<IsomerCalloutErrorCode> {
  static override styles = calloutStyles;

  // Renders again when content comes or goes, to check it.
  protected slots = new SlotPresence(this, ['', 'title']);

  private empty = false;

  protected override willUpdateLive() {
    this.empty = !this.textContent!.trim() && !this.querySelector(media);
    this.reportOnce('empty', this.empty, 'it holds no text; it is not announced as a note.');
  }

  // A server cannot see the light DOM: it renders a note; the browser drops the role of an empty one.
  protected override renderServer() {
    return this.note(false);
  }

  protected override renderLive() {
    return this.note(this.empty);
  }

  // The title slot names the note: the engines name it from the slotted title's text.
  private note(empty: boolean) {
    return html`<div part="base" role=${ifDefined(empty ? undefined : 'note')} aria-labelledby=${empty ? nothing : 'title'}>
      <slot id="title" name="title"></slot><slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isomer-callout': IsomerCallout;
  }
  interface GlobalEventHandlersEventMap {
    'isomer-callout-error': CustomEvent<IsomerErrorDetail>;
  }
}
