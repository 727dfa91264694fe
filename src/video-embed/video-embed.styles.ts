import { css } from 'lit';

// The frame's box (16/9, 9/16 for Shorts, capped height) is mirrored for `:not(:defined)` in
// video-embed.preflight.css so that nothing moves when the element upgrades. The caption puts title and
// provider on a dark band, readable over any thumbnail; the play glyph is centred in the room below
// it and shrinks rather than cover a long title at 320 px. One rule a line: the element has a 2 KB
// budget and template CSS ships as written.
export const videoEmbedStyles = css`
  :host { display: block }
  .frame { position: relative; aspect-ratio: 16/9; max-block-size: var(--video-embed-max-height, 40rem); overflow-wrap: anywhere }
  .frame > *, img { position: absolute; inset: 0; inline-size: 100%; block-size: 100%; box-sizing: border-box; margin: 0; border: 0; border-radius: var(--_ib-radius); object-fit: cover; overflow: auto }
  .poster { display: flex; flex-direction: column; overflow: hidden; color: #fff; background: var(--video-embed-poster-background, #1c2a4a) }
  button { padding: 0; cursor: pointer; background: none }
  .caption, .glyph { position: relative }
  .caption { padding: .75em 1em; text-align: start; font-weight: 600; background: #000b }
  .glyph { flex: 1; min-block-size: 0; display: grid; place-items: center; container-type: size }
  svg { inline-size: 4em; block-size: 4em; inline-size: min(4em, 100cqb); block-size: min(4em, 100cqb); border-radius: 50%; background: #000c; fill: #fff }
  .frame:is(:hover, :focus-within) svg { background: #c00 }
  @media (forced-colors: active) { .frame > button, svg { border: 2px solid } }
`;
