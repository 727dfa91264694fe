import { css } from 'lit';

// The label and list metrics are mirrored for `:not(:defined)` in article-toc.preflight.css, so that the
// no-JavaScript list and the generated one take the same room.
export const articleTocStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    overflow-wrap: anywhere;
    scroll-behavior: smooth;
    /* The reading line, which the element reads here: 3rem below a sticky header. It also keeps the
       list itself clear of that header when a link jumps to it. */
    scroll-margin-top: calc(var(--isomer-scroll-offset, 0px) + 3rem);
  }

  /* The visible label is the nav's name, so that the two cannot differ; hidden from assistive
     technology, which hears the name (the second declaration, where alt text is supported). */
  nav::before {
    content: attr(aria-label);
    content: attr(aria-label) / '';
    display: block;
    margin-block-end: 0.5em;
    font-weight: 600;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  ul ul {
    padding-inline-start: 1em;
  }

  li > :is(a, span) {
    display: block;
    padding: 0.25em 0.75em;
    border-inline-start: var(--_ib-rule) solid var(--_ib-border);
  }

  a {
    color: var(--_ib-brand);
  }

  a[aria-current] {
    border-color: var(--_ib-brand);
    font-weight: 600;
  }
`;
