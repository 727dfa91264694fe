import { css } from 'lit';
import { hostPalette } from './host-palette.js';

/**
 * Design tokens shared by every element. Each public `--isomer-*` property can be set by the site;
 * the private `--_ib-*` ones hold the resolved value with Isomer's defaults. Colours (palette.ts)
 * follow the page's `color-scheme` where the engine has light-dark(), are the light ones where it
 * has not, and give way to system colours in forced-colors mode.
 */
export const tokens = css`
  ${hostPalette}

  :host {
    /* System fonts only (nothing to download) that cover Latin, Chinese and Tamil on every platform. */
    --_ib-font: var(
      --isomer-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei',
      'Noto Sans SC', 'Noto Sans CJK SC', 'Tamil Sangam MN', 'Nirmala UI', 'Noto Sans Tamil', sans-serif
    );
    --_ib-space: var(--isomer-space, 1rem);
    --_ib-radius: var(--isomer-radius, 0.25rem);
    --_ib-rule: var(--isomer-rule-width, 4px);
  }

  @media (prefers-reduced-motion: reduce) {
    :host,
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  :focus-visible {
    outline: 3px solid var(--_ib-focus);
    outline-offset: 2px;
  }
`;
