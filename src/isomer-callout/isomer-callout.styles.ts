import { css } from 'lit';

// The host box is mirrored for `:not(:defined)` in isomer-callout.preflight.css, so that nothing
// moves on upgrade (isomer-callout.test.ts measures it). The margins of the first and last child
// and of the title are set there for both states: a page's paragraph margins win over ::slotted().
export const calloutStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    padding-block: 1em;
    padding-inline: 1.25em;
    border-inline-start: var(--_ib-rule) solid var(--isomer-callout-rule-color, var(--_ib-brand));
    background: var(--isomer-callout-background, var(--_ib-surface-subtle));
    color: var(--_ib-text);
    overflow-wrap: break-word;
  }

  ::slotted([slot='title']) {
    font-weight: 600;
  }
`;
