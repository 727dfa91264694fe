import { css } from 'lit';

export const accordionStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
  }

  /* Over a server's shadow root, the button is there before upgrade: preflight.css's room for it goes. */
  :host::before {
    display: none !important;
  }

  [part='control'] {
    display: block;
    margin-block: 0 0.5em;
    margin-inline-start: auto;
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

  /* Server-rendered, before the script runs: the button's room, and nothing a reader could press. */
  .awaits-script {
    visibility: hidden;
  }

  @media print {
    [part='control'] {
      display: none;
    }
  }
`;

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

  isomer-accordion[variant='gray' i] > details {
    margin-block-end: 0.5em;
    /* Invisible, but painted in forced colours, where the background is not (D5). */
    border: 1px solid transparent;
    border-radius: var(--_ib-radius);
    background: var(--isomer-accordion-background, var(--_ib-surface-subtle));
  }

  isomer-accordion > details > summary {
    position: relative;
    padding-block: 1em;
    padding-inline: 1em 2.75em;
    font-size: var(--isomer-accordion-summary-size, 1.25rem);
    font-weight: 600;
    line-height: 1.4;
    list-style: none;
    cursor: pointer;
  }

  /* Isomer's look: no disclosure triangle, a chevron at the inline end that turns when open (an icon:
   its borders are physical, so it points down in either direction). */
  isomer-accordion > details > summary::-webkit-details-marker {
    display: none;
  }

  isomer-accordion > details > summary::after {
    content: '';
    position: absolute;
    inset-inline-end: 1.25em;
    inset-block-start: calc(50% - 0.45em);
    inline-size: 0.5em;
    block-size: 0.5em;
    border-bottom: 2px solid;
    border-right: 2px solid;
    rotate: 45deg;
  }

  isomer-accordion > details[open] > summary::after {
    inset-block-start: calc(50% - 0.15em);
    rotate: 225deg;
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
