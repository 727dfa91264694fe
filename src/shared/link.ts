import { isServer } from 'lit';
import { parseHttpUrl, parseLinkUrl } from './url.js';

/** The base a link is resolved against: the document's, or on a server (no document) a stand-in. */
const base = () => (isServer ? 'http://server.invalid/' : document.baseURI);

/**
 * A source address written in an element's attribute (`cite`), checked: http(s) only, relative to
 * the document's base URL. A server has no document, so it checks a relative link against a
 * stand-in and renders it as written: see {@link linkHref}.
 */
export function parseLink(value: string | null | undefined): URL | null {
  return parseHttpUrl(value, base());
}

/**
 * A link the reader follows (`href`), checked like {@link parseLink} but also taking `mailto:` and
 * `tel:` (see {@link parseLinkUrl}): `javascript:`, `data:` and the like give `null`.
 */
export function parseFollowedLink(value: string | null | undefined): URL | null {
  return parseLinkUrl(value, base());
}

/**
 * What to render for a link that {@link parseLink} accepted: the absolute URL in a browser; on a
 * server, the link as written (hydration keeps it, and the browser resolves it the same).
 */
export function linkHref(link: URL, written: string | undefined): string {
  return isServer ? written!.trim() : link.href;
}
