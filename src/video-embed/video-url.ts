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
  /** The author's player parameters that {@link playerParams} keeps (`rel`, `controls`, captions), as the provider spells them. */
  player?: Readonly<Record<string, string>>;
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

// A BCP 47 tag as captions name their language (`en`, `zh-Hans`, Vimeo's `en-x-autogen`): `LANG` below.
const captions = '[a-zA-Z]{2,3}(?:-[a-zA-Z\\d]{1,8}){0,3}';

/**
 * The player parameters an author may set, by provider, as `name=value` with the values each
 * accepts: whether related videos and controls show, and which captions. Nothing here can change
 * where the player loads from, what it tracks or that it plays on the reader's press; the start
 * time and playlist are read apart.
 */
const playerAllowList: Record<Video['provider'], RegExp> = {
  youtube: new RegExp(`^(?:(?:rel|controls|cc_load_policy)=[01]|cc_lang_pref=${captions})$`),
  vimeo: new RegExp(`^(?:controls=(?:[01]|true|false)|texttrack=${captions})$`),
};

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
 * The author's player parameters among `params` that the provider's allow-list holds, with a value
 * it accepts (the first, when a name repeats); anything else is dropped. `undefined` when none is left.
 */
export function playerParams(
  provider: Video['provider'],
  params: URLSearchParams,
): Readonly<Record<string, string>> | undefined {
  const kept = [...new Set(params.keys())].flatMap((name) => {
    const value = params.get(name)!;
    return playerAllowList[provider].test(`${name}=${value}`) ? [[name, value]] : [];
  });
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * Reads a YouTube or Vimeo URL in any common form (watch, youtu.be, embed, nocookie, Shorts, live,
 * mobile; vimeo.com, channels and the player, with the hash of unlisted videos) into a
 * {@link Video}, with its start time, playlist and the player parameters of {@link playerParams}.
 * Tracking parameters (`si`, `feature`…) and other player parameters are dropped. Hosts are
 * compared whole against an allow-list and ids validated; anything else gives a reason instead.
 * Free of DOM globals: runs in Node too.
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
        player: playerParams('youtube', params),
      };
  } else if (vimeoHost.test(host)) {
    // vimeo.com/ID[/HASH], player.vimeo.com/video/ID?h=HASH or vimeo.com/channels/NAME/ID; not the
    // numbers of showcases, events or albums (vimeo.com/showcase/ID), which are no video.
    const index = first === 'channels' ? 2 : first === 'video' ? 1 : 0;
    const hash = params.get('h') ?? segments[index + 1] ?? '';
    if (vimeoId.test(segments[index] ?? ''))
      video = {
        provider: 'vimeo',
        id: segments[index],
        start,
        hash: vimeoHash.test(hash) ? hash : undefined,
        player: playerParams('vimeo', params),
      };
  } else {
    return { ok: false, reason: 'unknown-host' };
  }
  return video ? { ok: true, video } : { ok: false, reason: 'invalid-id' };
}

/** `base` with the parameters that have a value, through the URL API (never concatenated). */
function withParams(base: string, params: Record<string, string | number | undefined>): string {
  const url = new URL(base);
  url.search = `${new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]))}`;
  return url.href;
}

/**
 * The player to load on activation: youtube-nocookie with autoplay, or Vimeo with do-not-track,
 * with the start time, playlist and the author's player parameters (see {@link playerParams}),
 * which cannot override the ones set here.
 */
export function embedUrl({ provider, id, start, list, hash, player }: Video): string {
  return provider === 'youtube'
    ? withParams(`https://www.youtube-nocookie.com/embed/${id}`, { ...player, autoplay: 1, start, list })
    : withParams(`https://player.vimeo.com/video/${id}${start ? `#t=${start}s` : ''}`, {
        ...player,
        autoplay: 1,
        dnt: 1,
        h: hash,
      });
}

/** The video's page on its provider's site: the fallback link. */
export function watchUrl({ provider, id, start, list, hash }: Video): string {
  return provider === 'youtube'
    ? withParams('https://www.youtube.com/watch', { v: id, t: start, list })
    : `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`;
}

/** The one cookieless thumbnail YouTube serves for every video (480×360); Vimeo has none without an API call. */
export function thumbnailUrl(video: Video): string | undefined {
  return video.provider === 'youtube' ? `https://i.ytimg.com/vi/${video.id}/hqdefault.jpg` : undefined;
}

/** The provider's name as readers know it. */
export const providerName = (video: Video) => (video.provider === 'youtube' ? 'YouTube' : 'Vimeo');
