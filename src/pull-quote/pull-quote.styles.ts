import { css } from 'lit';

// The host box (display, margins, padding, rule, quote size) is mirrored for `:not(:defined)` in
// pull-quote.preflight.css so that nothing moves when the element upgrades; pull-quote.test.ts
// measures that.
export const pullQuoteStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    padding-inline-start: 1.25em;
    border-inline-start: var(--_ib-rule) solid var(--pull-quote-rule-color, var(--_ib-brand));
    overflow-wrap: anywhere;
    /* preflight.css sets it to 1em while a server-rendered quote is not defined: it sizes the
       paragraphs itself then, and they must not be sized twice. */
    --_quote-size: var(--pull-quote-font-size, 1.25em);
  }

  /* Over a server's shadow root the caption is there before upgrade: preflight.css's room for it goes. */
  :host::after {
    display: none !important;
  }

  figure,
  blockquote {
    margin: 0;
  }

  blockquote {
    font-size: var(--_quote-size);
    line-height: 1.5;
  }

  ::slotted(:first-child) {
    margin-block-start: 0;
  }

  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75em;
    color: var(--pull-quote-attribution-color, var(--_ib-muted));
  }

  .who {
    flex: 1;
    min-inline-size: 0;
  }

  figcaption[hidden] {
    display: none;
  }

  ::slotted([slot='portrait']) {
    inline-size: var(--pull-quote-portrait-size, 3rem);
    block-size: var(--pull-quote-portrait-size, 3rem);
    flex: none;
    border-radius: 50%;
    object-fit: cover;
  }

  ::slotted([slot='attribution']) {
    margin: 0;
  }

  [part='source'] {
    color: var(--_ib-brand);
  }
`;
