import { ignored } from '../shared/messages.js';
import { parseEmbedUrl, type UrlProblem } from '../shared/url.js';

/** How a host's frames are sized: `tall` (forms, 62.5rem), `map` (4:3) or `wide` (16:9). */
export type IframeSize = 'tall' | 'map' | 'wide';

/** A host frames may come from. */
export interface IframeHost {
  /**
   * `host[/path]`: the exact host name, or `*.domain` for any subdomain; a path limits it to that
   * path and below, a segment `*` standing for any one segment (`/u/*` matches `/u/0` and `/u/1`).
   */
  pattern: string;
  size: IframeSize;
}

/**
 * Second-level labels under which registries sell names (`gov.sg`, `com.sg`, `co.uk`, `per.sg`):
 * under a two-letter country domain such a pair is a public suffix, shared by many sites.
 */
const registryLabels = /^(ac|com?|edu|gov?|mil|net?|org?|per)$/;

/**
 * Whether a host pattern (lower case) names hosts of one site: a plain host name (no userinfo,
 * port, trailing dot or empty label), and a wildcard within one registrable domain (not `*.com`,
 * `*.` or `*.gov.sg`, which would let any site in).
 *
 * The Public Suffix List would decide the last exactly, but its smallest packaged copy (tldts-icann,
 * without the companies' suffixes) is 30 KB gzipped, thirty times this element's budget, for a
 * setting that is the site's own: this check catches top-level domains and the registry pairs of
 * country domains. It does not know suffixes that companies run for their customers
 * (`*.blogspot.com`, `*.netlify.app`): write such hosts out.
 */
export function isSiteHost(pattern: string): boolean {
  const [, wildcard, host] = /^(\*\.)?([a-z\d-]+(\.[a-z\d-]+)*)(\/\S*)?$/.exec(pattern) ?? [];
  const labels = host?.split('.');
  return (
    !!labels && !(wildcard && (!labels[1] || (!labels[2] && labels[1].length === 2 && registryLabels.test(labels[0]))))
  );
}

/**
 * Reads a site's list of extra hosts, as written in `<meta name="isomer-blocks:iframe-hosts">`:
 * comma-separated `pattern [size]` entries, e.g. `maps.example.gov.sg map, *.example.gov.sg/embed`.
 * The size is `wide` unless it says `tall` or `map`. A pattern that is not one site's
 * (`isSiteHost`) is left out, with a console warning.
 */
export function parseHostList(value: string | null | undefined): IframeHost[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().split(/\s+/))
    .filter(([pattern]) => {
      const ok = isSiteHost(pattern);
      if (pattern && !ok)
        console.warn(`[isomer-blocks] ${ignored('isomer-blocks:iframe-hosts', pattern, "is not one site's host")}`);
      return ok;
    })
    .map(([pattern, size]) => ({ pattern, size: size === 'tall' || size === 'map' ? size : 'wide' }));
}

/**
 * The government and Google hosts Isomer pages embed; the first entry that matches decides. Maps:
 * Google Maps and My Maps (`/maps/d/embed`, `/maps/d/u/N/embed` for a signed-in account's), and
 * OneMap's two embeddable pages on `www.onemap.gov.sg` and any page of `mobile.onemap.gov.sg`.
 */
export const defaultHosts: readonly IframeHost[] = parseHostList(
  'form.gov.sg tall, www.form.gov.sg tall, checkfirst.gov.sg tall, www.checkfirst.gov.sg tall, docs.google.com/forms tall, ' +
    'www.google.com/maps/embed map, www.google.com/maps/d/embed map, www.google.com/maps/d/u/*/embed map, ' +
    'www.onemap.gov.sg/amm/amm.html map, www.onemap.gov.sg/minimap/minimap.html map, mobile.onemap.gov.sg map, ' +
    'docs.google.com, data.gov.sg, *.panopto.com',
);

/** Why a URL may not be framed (explained by `embedProblems` in shared/url). */
export type IframeUrlProblem = UrlProblem | 'not-https' | 'unknown-host';

export type IframeUrlResult = { ok: true; url: URL; host: IframeHost } | { ok: false; reason: IframeUrlProblem };

/** Whether `url` is on the host (and below the path, segment by segment) that `pattern` names. */
export function matchesHost(url: URL, pattern: string): boolean {
  const [host, ...path] = pattern.replace(/\/$/, '').split('/');
  const segments = url.pathname.split('/').slice(1);
  const hostMatches = host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  return hostMatches && path.every((segment, i) => segment === segments[i] || (segment === '*' && !!segments[i]));
}

/**
 * Checks that `src` may be framed: a strict https URL (see `parseEmbedUrl`) on one of `hosts`
 * (the first that matches decides the size). Free of DOM globals: runs in Node too.
 */
export function parseIframeUrl(
  src: string | null | undefined,
  hosts: readonly IframeHost[] = defaultHosts,
): IframeUrlResult {
  const url = parseEmbedUrl(src);
  if (typeof url === 'string') return { ok: false, reason: url };
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  const host = hosts.find(({ pattern }) => matchesHost(url, pattern));
  return host ? { ok: true, url, host } : { ok: false, reason: 'unknown-host' };
}
