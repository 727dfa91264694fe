import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import placeholder from './assets/image-placeholder.svg';

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

/**
 * An article of markup the converter wrote when Storybook was built (the author's content, not user
 * input), its title the h1 in the header. The site's images are not here: placeholders keep their
 * size and alt text. Videos are in strict privacy: a review contacts YouTube only on play.
 */
export function convertedArticle(title: string, markup: string, lang = 'en'): HTMLElement {
  const article = document.createElement('article');
  article.className = 'isomer-prose';
  article.lang = lang;
  article.innerHTML = `<header><h1></h1></header>${markup}`;
  article.querySelector('h1')!.textContent = title;
  for (const image of article.querySelectorAll<HTMLImageElement>('img[src^="/"]')) image.src = placeholder;
  for (const video of article.querySelectorAll('video-embed')) video.setAttribute('privacy', 'strict');
  return article;
}
