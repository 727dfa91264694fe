import { parseHttpUrl } from '../shared/url.js';

/** What an iframe's `src` is, for the embed rule. */
export type EmbedClass =
  | { kind: 'video'; provider: 'YouTube' | 'Vimeo'; id: string; start?: number; watchUrl: string }
  | { kind: 'iframe'; host: string }
  | { kind: 'unknown'; reason: string };

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const youtubeId = /^[\w-]{11}$/;
const vimeoId = /^\d{1,12}$/;

/**
 * Hosts `<iframe-embed>` accepts: a host (and its subdomains) and optionally a path prefix.
 * Kept in step with the element's own allow-list (src/iframe-embed/hosts.ts after the merge).
 */
const iframeHosts: { host: string; path?: string }[] = [
  { host: 'form.gov.sg' },
  { host: 'www.google.com', path: '/maps/embed' },
  { host: 'maps.google.com', path: '/maps' },
  { host: 'docs.google.com' },
  { host: 'data.gov.sg' },
  { host: 'checkfirst.gov.sg' },
  { host: 'panopto.com' },
];

const isHostOrSubdomain = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);

/** Seconds from a `start` or `t` parameter (`90`, `90s`, `1m30s`); undefined when absent or invalid. */
function startSeconds(params: URLSearchParams): number | undefined {
  const value = params.get('start') ?? params.get('t');
  const match = value?.match(/^(?:(\d+)h)?(?:(\d+)m)?(\d+)s?$/);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3]);
}

/**
 * Classifies an iframe URL: a YouTube or Vimeo player (→ `<video-embed>`), an allow-listed host
 * (→ `<iframe-embed>`), or anything else (left alone). A broken query such as YouTube's
 * `?si=…?enablejsapi=1` does not matter: the video id is in the path.
 * (To be replaced by the shared parsers of src/video-embed and src/iframe-embed after the merge.)
 */
export function classifyEmbed(src: string): EmbedClass {
  // No page base, so the result is the same everywhere; protocol-relative URLs (`//www.youtube…`) are https.
  const url = parseHttpUrl(src.trim().startsWith('//') ? `https:${src.trim()}` : src, null);
  if (!url) return { kind: 'unknown', reason: 'not an http(s) URL' };
  const host = url.hostname;
  const segments = url.pathname.split('/').filter(Boolean);
  if (youtubeHosts.has(host) && segments[0] === 'embed') {
    const id = segments[1] ?? '';
    if (!youtubeId.test(id)) return { kind: 'unknown', reason: 'not a YouTube video id' };
    return { kind: 'video', provider: 'YouTube', id, start: startSeconds(url.searchParams), watchUrl: `https://www.youtube.com/watch?v=${id}` };
  }
  if (host === 'player.vimeo.com' && segments[0] === 'video') {
    const id = segments[1] ?? '';
    if (!vimeoId.test(id)) return { kind: 'unknown', reason: 'not a Vimeo video id' };
    return { kind: 'video', provider: 'Vimeo', id, start: startSeconds(url.searchParams), watchUrl: `https://vimeo.com/${id}` };
  }
  const allowed = iframeHosts.some((entry) => isHostOrSubdomain(host, entry.host) && (!entry.path || url.pathname.startsWith(entry.path)));
  return allowed ? { kind: 'iframe', host } : { kind: 'unknown', reason: `${host} is not on the allow-list` };
}
