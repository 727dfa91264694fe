import { css } from 'lit';

// The host box is mirrored for `:not(:defined)` in isomer-table.preflight.css, so that nothing moves
// on upgrade. The base prepends the tokens (--_ib-*), the font and `hidden`.
export const isomerTableStyles = css`
  /* The host is the scroll container: a table wider than the column scrolls inside it, not the page. */
  :host {
    display: block;
    max-inline-size: 100%;
    margin-block: 1.5em;
    overflow-x: auto;
    /* Its width is the column's: what a cell's lines may span (cellStyles). */
    container-type: inline-size;
    color: var(--_ib-text);
  }

  /* Focusable only while it scrolls (a region then): its ring is drawn just inside, where no
     ancestor's overflow can clip it. Forced colours keep outlines, in a system colour. */
  :host(:focus-visible) {
    outline: 3px solid var(--_ib-focus);
    outline-offset: -3px;
  }

  @media print {
    :host {
      overflow: visible;
    }
  }
`;

/**
 * The table is light DOM, which a shadow root cannot style: these rules are adopted by the document
 * (or shadow root) that holds the element, and mirrored for `:not(:defined)` in
 * isomer-table.preflight.css. Cells keep whole words (`break-word` does not lower a column's
 * smallest width, unlike `anywhere`, which crushed "First bus" into "Firs|t bus"), so a table wider
 * than its column scrolls; only a word wider than the column itself breaks. On paper, where nothing
 * scrolls, long words may break to fit the page.
 */
export const cellStyles = css`
  isomer-table > table {
    border-collapse: collapse;
  }

  isomer-table > table > caption {
    padding-block-end: 0.5em;
    font-weight: 700;
    text-align: start;
  }

  isomer-table > table > * > tr > :is(td, th) {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_ib-border);
    overflow-wrap: break-word;
    text-align: start;
    vertical-align: top;
  }

  /* No line of a cell is wider than the visible column: a word longer than that (an identifier, a
     URL) breaks rather than make the reader scroll to read it. The cap is the column less a cell's
     padding and borders. */
  isomer-table > table > * > tr > :is(td, th) > * {
    max-inline-size: calc(100cqi - 1.5em - 2px);
  }

  isomer-table > table > * > tr > th {
    background: var(--_ib-surface-subtle);
    font-weight: 700;
  }

  @media print {
    isomer-table > table > * > tr > :is(td, th) {
      overflow-wrap: anywhere;
    }
  }
`;
