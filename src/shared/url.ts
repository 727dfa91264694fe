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
