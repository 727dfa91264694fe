import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface FrameOptions {
  /** Maximum width of the column, e.g. `320px`. */
  width?: string;
  /** The `lang` of the column. */
  lang?: string;
  /** The colour scheme of the column; dark also paints a dark page behind it. */
  scheme?: 'light' | 'dark';
  /** The writing direction of the column. */
  dir?: 'ltr' | 'rtl';
}

/** Frames a story in a column of the given width, language and colour scheme. */
export function frame(
  content: TemplateResult,
  { width, lang = 'en', scheme = 'light', dir = 'ltr' }: FrameOptions = {},
) {
  const dark = scheme === 'dark';
  const style = {
    colorScheme: scheme,
    maxInlineSize: width,
    background: dark ? '#121316' : undefined,
    color: dark ? '#ececef' : undefined,
    padding: dark ? '1rem' : undefined,
  };
  return html`<div lang=${lang} dir=${dir} style=${styleMap(style)}>${content}</div>`;
}

/** A block's named example (src/<tag>/examples.ts), markup as the converter writes it, as a story's content. */
export function fromMarkup(markup: string): TemplateResult {
  return html(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);
}
