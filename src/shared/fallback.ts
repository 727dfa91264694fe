import { html } from 'lit';
import { parseHttpUrl } from './url.js';

/**
 * The safe stand-in for an embed that may not load: a link to `src` when it is http(s), otherwise
 * text alone, so that no `javascript:` or `data:` URL ever becomes clickable. The text is `label`
 * (the embed's name), else the element's light-DOM text, else `src` itself: never blank.
 */
export function fallbackLink(element: HTMLElement & { src?: string }, label: string) {
  const href = parseHttpUrl(element.src)?.href;
  const text = label || element.textContent?.trim() || element.src;
  return html`<p part="fallback">${href ? html`<a href=${href}>${text}</a>` : text}</p>`;
}
