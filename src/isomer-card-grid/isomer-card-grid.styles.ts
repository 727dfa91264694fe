import { css } from 'lit';

// Columns: each card takes 1/n of the row, where n is the smallest of `max-columns`, what the
// container's width allows and the number of cards when there are fewer than 4 (two cards share the
// row in halves, one card spans it). The width allows as many columns as give each card at least
// 13.5rem (216 px) beside the default 1.5rem gaps: 4 from 58.5rem (936 px), 3 from 43.5rem (696 px,
// so three cards fill one row of a 700–900 px article column), 2 from 28.5rem (456 px), else 1.
// Container queries cannot read the gap (a custom property), so the steps are fixed lengths.
// A flex row that wraps gives equal-height rows. The same rules, on the light-DOM children, are in
// isomer-card-grid.preflight.css, so that nothing moves on upgrade.
export const cardGridStyles = css`
  :host {
    --_gap: var(--isomer-card-grid-gap, 1.5rem);
    --_max: 3;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block: 1.5rem;
    container-type: inline-size;
  }

  :host([max-columns='1']) {
    --_max: 1;
  }

  :host([max-columns='2']) {
    --_max: 2;
  }

  :host([max-columns='4']) {
    --_max: 4;
  }

  ::slotted(*) {
    --_n: min(var(--_max), var(--_fit, 4), var(--_count, 4));
    --_w: calc((100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
    flex: 1 0 calc(var(--_w) - 0.1px);
    max-width: var(--_w);
    min-width: 0;
    box-sizing: border-box;
  }

  @container (width < 58.5rem) {
    ::slotted(*) {
      --_fit: 3;
    }
  }

  @container (width < 43.5rem) {
    ::slotted(*) {
      --_fit: 2;
    }
  }

  @container (width < 28.5rem) {
    ::slotted(*) {
      --_fit: 1;
    }
  }

  ::slotted(:only-child) {
    --_count: 1;
  }

  ::slotted(:first-child:nth-last-child(2)),
  ::slotted(:last-child:nth-child(2)) {
    --_count: 2;
  }

  ::slotted(:first-child:nth-last-child(3)),
  ::slotted(:nth-child(2):nth-last-child(2)),
  ::slotted(:last-child:nth-child(3)) {
    --_count: 3;
  }
`;
