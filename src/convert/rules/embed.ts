import { classifyEmbed } from '../embed-hosts.js';
import { quote, type Context } from '../context.js';
import { normalizeSpace } from '../tree.js';

/** Wrappers Isomer and its editors put around a lone iframe; they go with it. */
const wrapperClasses = ['iframe-wrapper', 'bp-youtube'];

/**
 * `div.iframe-wrapper > iframe` (or `div.bp-youtube > iframe`, or a bare iframe): YouTube and Vimeo
 * players → `<video-embed>`, allow-listed hosts → `<iframe-embed>`, each with a fallback link;
 * anything else is kept exactly as it was and reported. Without a `title` the nearest preceding
 * heading names the embed (reported).
 */
export function convertEmbed<N>(node: N, context: Context<N>): N | null | undefined {
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
  const embed = classifyEmbed(src);
  if (embed.kind === 'unknown') {
    context.warn('unknown-host', `The iframe ${src ? quote(src, 100) : 'without src'} was kept as it is: ${embed.reason}.`);
    context.block({ kind: 'embed', action: 'kept', message: `iframe ${quote(src, 100)}` });
    return null;
  }
  const title = embedTitle(iframe, embed.kind === 'video' ? `${embed.provider} video` : `Embedded content from ${embed.host}`, context);
  const replacement =
    embed.kind === 'video'
      ? nodes.create('video-embed', { src, title, start: embed.start?.toString() }, [
          nodes.create('a', { href: embed.watchUrl }, [tree.createText(`Watch “${title}” on ${embed.provider}`)]),
        ])
      : nodes.create('iframe-embed', { src, title, height: iframeHeight(iframe, context) }, [
          nodes.create('a', { href: src }, [tree.createText(title)]),
        ]);
  nodes.replace(node, replacement);
  const element = tree.tagName(replacement)!;
  context.block({ kind: 'embed', action: 'converted', element, message: `${quote(title)} ${src}` });
  return replacement;
}

/** The iframe's own title, else the nearest preceding heading's text, else `fallback`. */
function embedTitle<N>(iframe: N, fallback: string, context: Context<N>): string {
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

/** A pixel height from the iframe's `height` attribute or inline style, if it gives one. */
function iframeHeight<N>(iframe: N, { tree }: Context<N>): string | undefined {
  const attribute = tree.attr(iframe, 'height')?.trim().replace(/px$/, '');
  if (attribute && /^\d+$/.test(attribute)) return attribute;
  return (tree.attr(iframe, 'style') ?? '').match(/(?:^|;)\s*height\s*:\s*(\d+)px/i)?.[1];
}
