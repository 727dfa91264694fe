import { css } from 'lit';

// The host box and every slotted child's box are mirrored for `:not(:defined)` in goal-card.preflight.css
// (same flat flex column, same order), so that nothing moves when the card upgrades;
// goal-card.test.ts measures that. The image keeps its `!important` sizes because Isomer writes
// `style="width: 100%"` on it.
export const goalCardStyles = css`
  :host {
    --_pad: var(--goal-card-padding, 1.5rem);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    position: relative;
    box-sizing: border-box;
    padding: var(--_pad);
    border: 1px solid var(--goal-card-border-color, var(--_ib-border));
    background: var(--goal-card-background, var(--_ib-surface));
    color: var(--_ib-text);
    overflow-wrap: anywhere;
  }

  ::slotted([slot='image']) {
    display: block;
    margin: calc(-1 * var(--_pad)) calc(-1 * var(--_pad)) calc(var(--_pad) - 0.5rem) !important;
    width: calc(100% + 2 * var(--_pad)) !important;
    max-width: none !important;
    height: auto;
    aspect-ratio: var(--goal-card-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    background: var(--_ib-surface-subtle);
  }

  .contain::slotted([slot='image']) {
    object-fit: contain;
  }

  [part='heading'] {
    font-size: var(--goal-card-title-size, 1.25rem);
    font-weight: 700;
    line-height: 1.3;
  }

  ::slotted(p) {
    margin: 0;
  }

  ::slotted([slot='link']) {
    margin-top: auto;
    color: var(--_ib-brand);
    font-weight: 600;
  }

  a {
    color: inherit;
    text-decoration: none;
  }

  /* One real link, stretched over the whole card: every click on the card is a click on it. It is
     the author's title link (<a slot="title" href>, what the converter writes: mirrored outside
     :defined in goal-card.preflight.css, which wins where a page's link rules reach it) or, for the
     href attribute, the shadow link. */
  [href]::before,
  .link::slotted(a)::before {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* A title link's look (colour, hover, forced colours) is light DOM's: goal-card.preflight.css. */
  [href]:hover {
    text-decoration: underline;
  }

  [href]:hover::before {
    box-shadow: 0 0.25rem 1rem #0003;
  }

  /* The ring is drawn around the card (below), not around the link. */
  a:focus-visible,
  .link::slotted(a:focus-visible) {
    outline: none;
  }

  a:focus-visible::before,
  .link::slotted(a:focus-visible)::before {
    outline: 3px solid var(--_ib-focus);
    outline-offset: 2px;
  }

  [part='new-tab-icon'],
  .link::slotted(a[target='_blank'])::after {
    margin-inline-start: 0.25em;
  }

  /* A title link to a new tab: the arrow is seen, the words are heard (in the link's name), in the
     card's language (--_new-tab: from the UI-string table, see goal-card.ts). */
  .link::slotted(a[target='_blank'])::after {
    content: '↗' / var(--_new-tab);
  }

  /* The title is the link: it looks like one in forced colours (the link line already does). */
  @media (forced-colors: active) {
    [href] {
      color: LinkText;
    }
  }
`;
