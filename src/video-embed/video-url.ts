import { parseEmbedUrl, type UrlProblem } from '../shared/url.js';

/** A video on a supported provider, read from any of the URLs that provider hands out. */
export interface Video {
  provider: 'youtube' | 'vimeo';
  /** YouTube: 11 characters of `[A-Za-z0-9_-]`; Vimeo: digits. */
  id: string;
  /** Where to start, in whole seconds. */
  start?: number;
  /** YouTube playlist the video plays in. */
  list?: string;
  /** Vimeo's key of an unlisted video. */
  hash?: string;
  /** A YouTube Short (portrait, 9:16). */
  shorts?: boolean;
}

/** Why a URL is not a video we can play (explained by `embedProblems` in shared/url). */
export type VideoUrlProblem = UrlProblem | 'unknown-host' | 'invalid-id';

export type VideoUrlResult = { ok: true; video: Video } | { ok: false; reason: VideoUrlProblem };

// Whole host names: youtube.com, www., m., youtube-nocookie.com, www., youtu.be; vimeo.com, www., player.
const youtubeHost = /^((www|m)\.)?youtube\.com$|^(www\.)?youtube-nocookie\.com$|^youtu\.be$/;
const vimeoHost = /^((www|player)\.)?vimeo\.com$/;

// 11 characters, except the names of YouTube's playlist and channel-live players (not supported).
const youtubeId = /^(?!videoseries|live_stream)[\w-]{11}$/;
const playlistId = /^[\w-]{2,64}$/;
const vimeoId = /^\d{1,12}$/;
const vimeoHash = /^[\da-f]{6,20}$/;

/**
 * Reads a start time: whole seconds (`90`, `90s`) or hours, minutes and seconds (`1h2m3s`, `2m`).
 * Anything else gives `undefined`.
 */
export function parseStart(value: string | null | undefined): number | undefined {
  const parts = /^(?:(\d{1,3})h)?(?:(\d{1,5})m)?(?:(\d{1,6})s?)?$/.exec(value?.trim() || '-');
  if (!parts) return undefined;
  const [hours, minutes, seconds] = parts.slice(1).map((part) => Number(part ?? 0));
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * Reads a YouTube or Vimeo URL in any common form (watch, youtu.be, embed, nocookie, Shorts, live,
 * mobile; vimeo.com, channels and the player, with the hash of unlisted videos) into a
 * {@link Video}, with its start time and playlist. Tracking parameters (`si`, `feature`…) are
 * dropped. Hosts are compared whole against an allow-list and ids validated; anything else gives a
 * reason instead. Free of DOM globals: runs in Node too.
 */
export function parseVideoUrl(src: string | null | undefined): VideoUrlResult {
  const url = parseEmbedUrl(src);
  if (typeof url === 'string') return { ok: false, reason: url };
  const host = url.hostname;
  // Query and fragment together; pasted URLs often carry a second `?` (`…?si=x?t=3`), read as `&`.
  const params = new URLSearchParams(`${url.search.slice(1)}&${url.hash.slice(1)}`.replaceAll('?', '&'));
  const segments = url.pathname.split('/').slice(1);
  const [first, second] = segments;
  const start = parseStart(params.get('t') ?? params.get('start')) || undefined;
  let video: Video | undefined;
  if (youtubeHost.test(host)) {
    const id =
      host === 'youtu.be'
        ? first
        : first === 'watch'
          ? params.get('v')
          : /^(embed|shorts|live|v)$/.test(first)
            ? second
            : '';
    const list = params.get('list') ?? '';
    if (youtubeId.test(id ?? ''))
      video = {
        provider: 'youtube',
        id: id!,
        start,
        list: playlistId.test(list) ? list : undefined,
        shorts: first === 'shorts',
      };
  } else if (vimeoHost.test(host)) {
    // vimeo.com/ID[/HASH], player.vimeo.com/video/ID?h=HASH or vimeo.com/channels/NAME/ID; not the
    // numbers of showcases, events or albums (vimeo.com/showcase/ID), which are no video.
    const index = first === 'channels' ? 2 : first === 'video' ? 1 : 0;
    const hash = params.get('h') ?? segments[index + 1] ?? '';
    if (vimeoId.test(segments[index] ?? ''))
      video = { provider: 'vimeo', id: segments[index], start, hash: vimeoHash.test(hash) ? hash : undefined };
  } else {
    return { ok: false, reason: 'unknown-host' };
  }
  return video ? { ok: true, video } : { ok: false, reason: 'invalid-id' };
}

/** A query string of the parameters that have a value. */
const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));

/** The player to load on activation: youtube-nocookie with autoplay, or Vimeo with do-not-track. */
export function embedUrl({ provider, id, start, list, hash }: Video): string {
  return provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${id}?${query({ autoplay: 1, start, list })}`
    : `https://player.vimeo.com/video/${id}?${query({ autoplay: 1, dnt: 1, h: hash })}${start ? `#t=${start}s` : ''}`;
}

/** The video's page on its provider's site: the fallback link. */
export function watchUrl({ provider, id, start, list, hash }: Video): string {
  return provider === 'youtube'
    ? `https://www.youtube.com/watch?${query({ v: id, t: start, list })}`
    : `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`;
}

/** The one cookieless thumbnail YouTube serves for every video (480×360); Vimeo has none without an API call. */
export function thumbnailUrl(video: Video): string | undefined {
  return video.provider === 'youtube' ? `https://i.ytimg.com/vi/${video.id}/hqdefault.jpg` : undefined;
}

/** The provider's name as readers know it. */
export const providerName = (video: Video) => (video.provider === 'youtube' ? 'YouTube' : 'Vimeo');
