import { parseEmbedUrl, type UrlProblem } from '../shared/url.js';

/** A post on a supported network, read from its permalink (or, for Facebook, its plugin URL). */
export interface SocialPost {
  provider: 'Instagram' | 'Facebook';
  /** The address the provider's own embed page loads from, built through `URL`. */
  embed: string;
  /** A video (Facebook's video plugin: 16:9) rather than a post (a tall card). */
  video: boolean;
}

/** Why a URL is not a post we can embed (explained by `embedProblems` in shared/url). */
export type SocialUrlProblem = UrlProblem | 'not-https' | 'unknown-host' | 'invalid-id';

export type SocialUrlResult = { ok: true; post: SocialPost } | { ok: false; reason: SocialUrlProblem };

// The hosts a `src` may name, as preflight.css matches them to reserve the button's room.
const instagramHost = /^www\.instagram\.com$/;
const facebookSrcHost = /^www\.facebook\.com$/;
// `/p/ID/`, `/reel/ID/`, `/tv/ID/`, also under the author's name (`/govtechsg/p/ID/`).
const instagramPath = /^\/(?:[\w.]{1,30}\/)?(?:p|reel|tv)\/([\w-]{5,40})\/?$/;
// The hosts of the permalink a Facebook plugin shows.
const facebookHost = /^((www|m|web)\.)?facebook\.com$/;
const plugin = /^\/plugins\/(video|post)\.php$/;
// Facebook's video addresses: `/NAME/videos/ID/`, `/watch/?v=ID`, `/reel/ID`.
const facebookVideo = /\/videos\/|^\/watch\/?$|^\/reel\//;
// The plugin parameters an author may keep: whether the post's text shows, and the size it was cut for.
const pluginParams = ['show_text', 'width', 'height', 't'];

const fail = (reason: SocialUrlProblem): SocialUrlResult => ({ ok: false, reason });

/**
 * Reads an Instagram permalink (`https://www.instagram.com/p/ID/`, `/reel/ID/`, `/tv/ID/`) or a
 * Facebook post or video, as its permalink or its plugin URL (`/plugins/post.php?href=…`), and
 * builds the provider's embed URL: `https://www.instagram.com/p/ID/embed`, or Facebook's plugin
 * with the permalink as `href` (and only the author's `show_text`, `width`, `height`, `t`).
 * https only, on `www.instagram.com` and `www.facebook.com` only. Runs in Node as well as in browsers.
 */
export function parseSocialUrl(value: string | null | undefined): SocialUrlResult {
  const url = parseEmbedUrl(value);
  if (typeof url === 'string') return fail(url);
  if (url.protocol !== 'https:') return fail('not-https');
  if (instagramHost.test(url.hostname)) {
    const id = instagramPath.exec(url.pathname)?.[1];
    if (!id) return fail('invalid-id');
    const embed = new URL(`https://www.instagram.com/p/${id}/embed`);
    return { ok: true, post: { provider: 'Instagram', embed: embed.href, video: false } };
  }
  if (!facebookSrcHost.test(url.hostname)) return fail('unknown-host');
  const kind = plugin.exec(url.pathname)?.[1];
  const permalink = kind ? parseEmbedUrl(url.searchParams.get('href')) : url;
  if (typeof permalink === 'string' || !facebookHost.test(permalink.hostname) || permalink.pathname === '/')
    return fail('invalid-id');
  const video = kind ? kind === 'video' : facebookVideo.test(permalink.pathname);
  const embed = new URL(`https://www.facebook.com/plugins/${video ? 'video' : 'post'}.php`);
  embed.searchParams.set('href', permalink.href);
  for (const name of pluginParams) {
    const param = kind ? url.searchParams.get(name) : null;
    if (param && /^[\w.]{1,10}$/.test(param)) embed.searchParams.set(name, param);
  }
  return { ok: true, post: { provider: 'Facebook', embed: embed.href, video } };
}

/** The permalink a Facebook plugin URL shows (its `href`), or the URL itself: what a reader's link should open. */
export function postLink(src: string): string {
  const url = parseEmbedUrl(src);
  if (typeof url === 'string' || !plugin.test(url.pathname)) return src;
  const href = parseEmbedUrl(url.searchParams.get('href'));
  return typeof href === 'string' ? src : href.href;
}
