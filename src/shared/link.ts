import { isServer } from 'lit';
import { parseHttpUrl } from './url.js';

/**
 * A link written in an element's attribute (`href`, `cite`), checked: http(s) only, relative to the
 * document's base URL. A server has no document, so it checks a relative link against a stand-in
 * and renders it as written: see {@link linkHref}.
 */
export function parseLink(value: string | null | undefined): URL | null {
  return parseHttpUrl(value, isServer ? 'http://server.invalid/' : document.baseURI);
}

/**
 * What to render for a link that {@link parseLink} accepted: the absolute URL in a browser; on a
 * server, the link as written (hydration keeps it, and the browser resolves it the same).
 */
export function linkHref(link: URL, written: string | undefined): string {
  return isServer ? written!.trim() : link.href;
}
