import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface FrameOptions {
  /** Maximum width of the column, e.g. `320px`. */
  width?: string;
  /** The `lang` of the column. */
  lang?: string;
  /** The colour scheme of the column; dark also paints a dark page behind it. */
  scheme?: 'light' | 'dark';
}

/** Frames a story in a column of the given width, language and colour scheme. */
export function frame(content: TemplateResult, { width, lang = 'en', scheme = 'light' }: FrameOptions = {}) {
  const dark = scheme === 'dark';
  const style = {
    colorScheme: scheme,
    maxInlineSize: width,
    background: dark ? '#121316' : undefined,
    color: dark ? '#ececef' : undefined,
    padding: dark ? '1rem' : undefined,
  };
  return html`<div lang=${lang} style=${styleMap(style)}>${content}</div>`;
}
