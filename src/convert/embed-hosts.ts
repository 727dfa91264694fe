import { parseIframeUrl } from '../iframe-embed/hosts.js';
import { parseSocialUrl, type SocialPost } from '../social-embed/social-url.js';
import { embedProblems } from '../shared/url.js';
import { parseVideoUrl, providerName, watchUrl } from '../video-embed/video-url.js';

/** What an iframe's `src` is, for the embed rule. */
export type EmbedClass =
  | { kind: 'video'; provider: ReturnType<typeof providerName>; start?: number; watchUrl: string }
  | { kind: 'social'; provider: SocialPost['provider'] }
  | { kind: 'iframe'; host: string }
  | { kind: 'unknown'; reason: string; code?: 'restricted-frame' };

/**
 * Classifies an iframe URL with the elements' own parsers and allow-lists, so that the converter
 * makes an element only where the element will embed: a YouTube or Vimeo player (→ `<video-embed>`),
 * a Facebook post or video plugin (→ `<social-embed>`), an allow-listed https host (→ `<iframe-embed>`), or anything else (left alone, with the reason).
 */
export function classifyEmbed(src: string): EmbedClass {
  const video = parseVideoUrl(src);
  if (video.ok)
    return {
      kind: 'video',
      provider: providerName(video.video),
      start: video.video.start,
      watchUrl: watchUrl(video.video),
    };
  const social = video.reason === 'unknown-host' ? parseSocialUrl(src) : video;
  if (social.ok) return { kind: 'social', provider: social.post.provider };
  const frame = video.reason === 'unknown-host' ? parseIframeUrl(src) : video;
  return frame.ok
    ? { kind: 'iframe', host: frame.url.hostname }
    : { kind: 'unknown', reason: `its URL ${embedProblems[frame.reason]}` };
}
