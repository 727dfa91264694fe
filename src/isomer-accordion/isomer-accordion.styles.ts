import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export const accordionStyles = [
  tokens,
  css`
    :host {
      display: block;
      margin-block: 1.5em;
    }

    :host([hidden]) {
      display: none;
    }

    /* Over a server's shadow root, the button is there before upgrade: preflight.css's room for it goes. */
    :host::before {
      display: none !important;
    }

    [part='control'] {
      display: block;
      margin: 0 0 0.5em auto;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_ib-brand);
      border-radius: var(--_ib-radius);
      background: none;
      color: var(--_ib-brand);
      font: inherit;
      font-weight: 600;
      /* A definite line height, so that preflight.css reserves the button's exact room in every
         engine (with normal, Firefox's 1lh is a pixel short, and WebKit can reuse a stale 1lh). */
      line-height: 1.5;
      cursor: pointer;
    }

    @media print {
      [part='control'] {
        display: none;
      }
    }
  `,
];

/**
 * The items are light-DOM `details`, which a shadow root can only style from the outside box in;
 * these rules are adopted by the document (or shadow root) that holds the element, and mirrored
 * for `:not(:defined)` in isomer-accordion.preflight.css. Print opens every item, with or without the
 * `beforeprint` handler (`::details-content` shows a closed item's content).
 */
export const itemStyles = css`
  isomer-accordion > details {
    border-block-end: 1px solid var(--_ib-border);
  }

  isomer-accordion > details:first-of-type {
    border-block-start: 1px solid var(--_ib-border);
  }

  isomer-accordion[variant='gray'] > details {
    margin-block-end: 0.5em;
    border: 0;
    border-radius: var(--_ib-radius);
    background: var(--isomer-accordion-background, var(--_ib-surface-subtle));
  }

  isomer-accordion > details > summary {
    padding: 1em;
    font-weight: 600;
    cursor: pointer;
  }

  isomer-accordion > details > summary:focus-visible {
    outline: 3px solid var(--_ib-focus);
    outline-offset: 2px;
  }

  isomer-accordion > details > .isomer-details-content {
    padding: 0 1em 1em;
  }

  @media print {
    isomer-accordion > details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
