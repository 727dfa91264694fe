import { quote, type Context } from '../convert/context.js';
import { embedCandidate, embedTitle, fallbackText, replaceEmbed } from '../convert/embed.js';

/**
 * An iframe of an allow-listed host (FormSG, Google Maps, data.gov.sg …) in `div.iframe-wrapper` or
 * bare → `<iframe-embed label>` with a fallback link (and the iframe's own fallback text and `id`). Its
 * name is found as a video's is (src/convert/embed.ts). Any other iframe (videos were taken by the video rule
 * before) is kept exactly as it was and reported.
 */
export function convertIframeEmbed<N>(node: N, context: Context<N>): N | null | undefined {
  const candidate = embedCandidate(node, context);
  if (!candidate || candidate.embed.kind === 'video') return undefined;
  const { embed, iframe, src } = candidate;
  if (embed.kind === 'unknown') {
    context.warn(
      embed.code ?? 'unknown-host',
      `The iframe ${src ? quote(src, 100) : 'without src'} was kept as it is: ${embed.reason}.`,
    );
    context.block({ kind: 'iframe-embed', action: 'kept', message: `iframe ${quote(src, 100)}` });
    return null;
  }
  const { nodes, tree } = context;
  const title = embedTitle(candidate, { key: 'embeddedFrom', params: { host: embed.host } }, context);
  const link = nodes.create('a', { href: src }, [tree.createText(title)]);
  const extra = fallbackText(iframe, context);
  const children = extra ? [link, tree.createText(` ${extra}`)] : [link];
  const id = tree.attr(iframe, 'id') ?? undefined;
  const replacement = nodes.create(
    'iframe-embed',
    { id, src, label: title, height: iframeHeight(iframe, context) },
    children,
  );
  return replaceEmbed(candidate, replacement, title, context);
}

/** A pixel height from the iframe's `height` attribute or inline style, if it gives one. */
function iframeHeight<N>(iframe: N, { tree }: Context<N>): string | undefined {
  const attribute = tree.attr(iframe, 'height')?.trim().replace(/px$/, '');
  if (attribute && /^\d+$/.test(attribute)) return attribute;
  return (tree.attr(iframe, 'style') ?? '').match(/(?:^|;)\s*height\s*:\s*(\d+)px/i)?.[1];
}
