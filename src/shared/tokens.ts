import { css } from 'lit';

/**
 * Design tokens shared by every element. Each public `--isomer-*` property can be set by the site;
 * the private `--_ib-*` ones hold the resolved value with Isomer's defaults. Colours follow the
 * page's `color-scheme` (light-dark) and give way to system colours in forced-colors mode.
 */
export const tokens = css`
  :host {
    --_ib-text: var(--isomer-color-text, light-dark(#2c2e34, #ececef));
    --_ib-muted: var(--isomer-color-muted, light-dark(#55575e, #b9bbc2));
    --_ib-brand: var(--isomer-color-brand, light-dark(#1361f0, #8fb4ff));
    --_ib-border: var(--isomer-color-border, light-dark(#d0d1d5, #55575e));
    --_ib-surface: var(--isomer-color-surface, light-dark(#ffffff, #1c1d21));
    --_ib-surface-subtle: var(--isomer-color-surface-subtle, light-dark(#f4f5f7, #26272c));
    --_ib-focus: var(--isomer-color-focus, light-dark(#0b3d91, #ffd75e));
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

  @media (forced-colors: active) {
    :host {
      --_ib-text: CanvasText;
      --_ib-muted: CanvasText;
      --_ib-brand: LinkText;
      --_ib-border: CanvasText;
      --_ib-surface: Canvas;
      --_ib-surface-subtle: Canvas;
      --_ib-focus: Highlight;
    }
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
