import type { Context } from '../convert/context.js';
import { embedCandidate, embedTitle, replaceEmbed } from '../convert/embed.js';

/**
 * A YouTube or Vimeo player in `div.iframe-wrapper` (or `div.bp-youtube`, or bare) → `<video-embed>`
 * with a "Watch … on YouTube" fallback link. Without a `title` the nearest preceding heading names
 * it (reported).
 */
export function convertVideoEmbed<N>(node: N, context: Context<N>): N | null | undefined {
  const candidate = embedCandidate(node, context);
  if (candidate?.embed.kind !== 'video') return undefined;
  const { embed, iframe, src } = candidate;
  const { nodes, tree } = context;
  const title = embedTitle(iframe, `${embed.provider} video`, context);
  const link = nodes.create('a', { href: embed.watchUrl }, [tree.createText(`Watch “${title}” on ${embed.provider}`)]);
  const replacement = nodes.create('video-embed', { src, title, start: embed.start?.toString() }, [link]);
  return replaceEmbed(candidate, replacement, title, context);
}
