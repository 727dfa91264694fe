/**
 * A site-wide setting: the `content` of `<meta name="isomer-blocks:NAME">` (the name in any case)
 * that is a child of `document.head`, or null when there is none. Only the site's template writes
 * `<head>`; a meta anywhere else (the article body, which the converter passes through as written, or
 * inside SVG) is content, and content must not change what the site allows.
 */
export function siteSetting(name: string, doc: Document = document): string | null {
  return doc.head?.querySelector(`:scope>meta[name="isomer-blocks:${name}"i]`)?.getAttribute('content') ?? null;
}
