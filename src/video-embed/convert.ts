import type { Context } from '../convert/context.js';
import { embedCandidate, embedTitle, fallbackText, ownWords, replaceEmbed } from '../convert/embed.js';

/**
 * A YouTube or Vimeo player in `div.iframe-wrapper` (or `div.bp-youtube`, or the legacy
 * padding-bottom responsive wrapper, or bare) → `<video-embed label>` with a "Watch … on YouTube"
 * fallback link in the page's language. The iframe's `src` is kept whole (with its player
 * parameters: start, `rel`, `controls`, captions language), and so are its `id` and its fallback
 * text. Without a `title` the author's label before it, else the nearest preceding heading, names
 * it (reported); no two embeds of a page get the same name.
 */
export function convertVideoEmbed<N>(node: N, context: Context<N>): N | null | undefined {
  const candidate = embedCandidate(node, context);
  if (candidate?.embed.kind !== 'video') return undefined;
  const { embed, iframe, src } = candidate;
  const { nodes, tree } = context;
  const title = embedTitle(candidate, { key: 'providerVideo', params: { provider: embed.provider } }, context);
  const words = ownWords(context, 'watchOn', { title, provider: embed.provider });
  const link = nodes.create('a', { href: embed.watchUrl, lang: words.lang }, [tree.createText(words.text)]);
  const extra = fallbackText(iframe, context);
  const children = extra ? [link, tree.createText(` ${extra}`)] : [link];
  const id = tree.attr(iframe, 'id') ?? undefined;
  const replacement = nodes.create('video-embed', { id, src, label: title, start: embed.start?.toString() }, children);
  return replaceEmbed(candidate, replacement, title, context);
}
