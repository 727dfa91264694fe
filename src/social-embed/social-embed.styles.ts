import { css } from 'lit';

// The card's box and the button's room are mirrored for `:not(:defined)` in
// social-embed.preflight.css, so that nothing moves on upgrade (social-embed.test.ts measures it).
// The button is one line (its room is reserved before upgrade); a long word ends in an ellipsis
// rather than wrap. One rule a line: template CSS ships as written.
export const socialEmbedStyles = css`
  :host { display: block; box-sizing: border-box; max-inline-size: 34rem; margin-block: 1.5em; padding: 1em; border: 1px solid var(--_ib-border); border-radius: var(--_ib-radius); color: var(--_ib-text); background: var(--_ib-surface); overflow-wrap: anywhere }
  button { display: block; max-inline-size: 100%; margin-block-start: .75em; padding: .5em .75em; border: 1px solid var(--_ib-brand); border-radius: var(--_ib-radius); font: inherit; line-height: 1.5; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: var(--_ib-surface); background: var(--_ib-brand); cursor: pointer }
  iframe { display: block; inline-size: 100%; block-size: var(--social-embed-height, 46rem); border: 0 }
  .video { block-size: auto; aspect-ratio: 16/9 }
  @media (forced-colors: active) { button { color: ButtonText; background: ButtonFace; border-color: ButtonText } }
`;
