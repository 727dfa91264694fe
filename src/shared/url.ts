/**
 * Parses `value` as an absolute URL, or one relative to `base` (the page by default; `null` for
 * none), and returns it only when it is http(s). Everything else (`javascript:`, `data:`, malformed
 * input) gives `null`.
 */
export function parseHttpUrl(
  value: string | null | undefined,
  base: string | null = globalThis.location?.href ?? null,
): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The schemes a reader can follow from an author's link: the web, e-mail and the telephone. */
export const linkSchemes: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Parses `value` as a link an author wrote (`href`, `cite`), absolute or relative to `base`, and
 * returns it only when its scheme is one of {@link linkSchemes}: `javascript:`, `data:`,
 * `vbscript:`, `file:` and malformed input give `null`.
 */
export function parseLinkUrl(
  value: string | null | undefined,
  base: string | null = globalThis.location?.href ?? null,
): URL | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return linkSchemes.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Targets that stay in this page's own browsing contexts; any other (`_blank`, `_new`, a name) opens one. */
const ownContexts = new Set(['', '_self', '_parent', '_top']);

/**
 * The `rel` of a link with `target`: the author's tokens, plus `noopener` when it opens another
 * window or tab, `_blank` or named (the new page cannot reach back into this one; browsers imply
 * it for `_blank` only). `undefined` when there is nothing to write.
 */
export function newTabRel(rel: string | null | undefined, target: string | null | undefined): string | undefined {
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  const opens = target != null && !ownContexts.has(target.trim().toLowerCase());
  if (opens && !tokens.some((token) => token.toLowerCase() === 'noopener')) tokens.push('noopener');
  return tokens.length > 0 ? tokens.join(' ') : undefined;
}

/** Why {@link parseEmbedUrl} refused a URL. */
export type UrlProblem = 'empty' | 'too-long' | 'malformed' | 'not-http';

/** Why an embed was refused: {@link UrlProblem}s and the embeds' own checks. */
export type EmbedProblem = UrlProblem | 'not-https' | 'unknown-host' | 'invalid-id' | 'missing-title';

/** What each {@link EmbedProblem} means, for warnings (see shared/messages.ts). */
export const embedProblems: Record<EmbedProblem, string> = {
  empty: 'is empty',
  'too-long': 'is longer than 2048 characters',
  malformed: 'has spaces, backslashes, non-ASCII characters, a user name or a port',
  'not-http': 'is not an http(s) URL',
  'not-https': 'is not https',
  'unknown-host': 'is not on an allowed host',
  'invalid-id': 'has no valid video id',
  'missing-title': 'has no label',
};

/**
 * Parses the URL of something a page will embed, more strictly than browsers do, so that no other
 * parser (a server, a CMS, a proxy) can read it as another host: printable ASCII only, no
 * backslashes, no user name, password or port, at most 2048 characters, http(s) only.
 * Protocol-relative URLs (`//host/…`) are taken as https; path-relative ones resolve to a host no
 * allow-list holds. Runs in Node as well as in browsers.
 */
export function parseEmbedUrl(value: string | null | undefined): URL | UrlProblem {
  const text = (value ?? '').trim();
  if (!text) return 'empty';
  if (text.length > 2048) return 'too-long';
  if (/[^\x21-\x7e]|\\/.test(text)) return 'malformed';
  const url = parseHttpUrl(text, 'https://relative.invalid/');
  if (!url) return 'not-http';
  return url.username || url.password || url.port ? 'malformed' : url;
}
