import { css } from 'lit';

// The host box is mirrored for `:not(:defined)` in isomer-image.preflight.css, so that nothing moves
// on upgrade. The base prepends the tokens (--_ib-*), the font and `hidden`.
export const imageStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    color: var(--_ib-text);
  }

  :host([size='smaller']) {
    max-inline-size: max(50%, 18rem);
    margin-inline: auto;
  }

  figure {
    margin: 0;
  }

  [part='base'] {
    display: block;
  }
`;

/**
 * The light DOM's look, before and after upgrade (isomer-image.preflight.css has the same rules):
 * `::slotted()` reaches neither an image inside a link nor past a page's paragraph margins. The
 * image keeps the room its `width` and `height` give (`height: auto` keeps their ratio).
 */
export const lightStyles = css`
  isomer-image img {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    block-size: auto;
    margin-inline: auto;
  }

  isomer-image > a {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
    margin-inline: auto;
  }

  isomer-image > a:focus-visible {
    outline: 3px solid var(--_ib-focus);
    outline-offset: 2px;
  }

  isomer-image > [slot='caption'] {
    margin: 0.75em 0 0;
    color: var(--isomer-image-caption-color, var(--_ib-muted));
    font-size: 0.875em;
    line-height: 1.5;
  }
`;
