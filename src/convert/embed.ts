import { quote, type Context } from './context.js';
import { classifyEmbed, type EmbedClass } from './embed-hosts.js';
import { normalizeSpace } from './tree.js';

/** Wrappers Isomer and its editors put around a lone iframe; they go with it. */
const wrapperClasses = ['iframe-wrapper', 'bp-youtube'];

/** An iframe the embed rules look at: the node it replaces (wrapper or iframe), the iframe, what its src is. */
export interface EmbedCandidate<N> {
  node: N;
  iframe: N;
  src: string;
  embed: EmbedClass;
}

/**
 * `div.iframe-wrapper > iframe` (or `div.bp-youtube > iframe`, or a bare iframe), classified by the
 * elements' own parsers; undefined for any other node. Shared by the video and iframe rules.
 */
export function embedCandidate<N>(node: N, context: Context<N>): EmbedCandidate<N> | undefined {
  const { nodes, tree } = context;
  let iframe: N;
  if (nodes.isElement(node, 'div') && wrapperClasses.some((name) => nodes.hasClass(node, name))) {
    const significant = tree.children(node).filter((child) => !nodes.isBlank(child));
    if (significant.length !== 1 || !nodes.isElement(significant[0], 'iframe')) return undefined;
    iframe = significant[0];
  } else if (nodes.isElement(node, 'iframe')) {
    iframe = node;
  } else {
    return undefined;
  }
  const src = tree.attr(iframe, 'src') ?? '';
  return { node, iframe, src, embed: classifyEmbed(src) };
}

/** The iframe's own title, else the nearest preceding heading's text, else `fallback`. */
export function embedTitle<N>(iframe: N, fallback: string, context: Context<N>): string {
  const own = normalizeSpace(context.tree.attr(iframe, 'title') ?? '');
  if (own) return own;
  const src = context.tree.attr(iframe, 'src');
  const heading = context.lastHeading?.text;
  if (heading) {
    context.warn('inferred-title', `The iframe ${src} has no title; it was named after the heading before it: ${quote(heading)}.`);
    return heading;
  }
  context.warn('missing-title', `The iframe ${src} has no title and no heading before it; it was named ${quote(fallback)}.`);
  return fallback;
}

/** Puts `replacement` where the candidate was and reports it. */
export function replaceEmbed<N>(candidate: EmbedCandidate<N>, replacement: N, title: string, context: Context<N>): N {
  context.nodes.replace(candidate.node, replacement);
  const element = context.tree.tagName(replacement) as 'video-embed' | 'iframe-embed';
  context.block({ kind: element, action: 'converted', element, message: `${quote(title)} ${candidate.src}` });
  return replacement;
}
