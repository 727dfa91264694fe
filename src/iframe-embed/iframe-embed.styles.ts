import { css } from 'lit';

// The sizes by host are mirrored for `:not(:defined)` in iframe-embed.preflight.css (zero layout shift).
// One rule a line: the element has a 1 KB budget and template CSS ships as written.
export const iframeEmbedStyles = css`
  :host { display: block; overflow-wrap: anywhere }
  iframe { display: block; inline-size: 100%; aspect-ratio: 16/9; border: 0 }
  .map { aspect-ratio: 4/3 }
  .tall { aspect-ratio: auto; block-size: var(--iframe-embed-tall-height, 62.5rem) }
  @media print { iframe { display: none } }
`;
