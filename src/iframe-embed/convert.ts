import { quote, type Context } from '../convert/context.js';
import { embedCandidate, embedTitle, fallbackText, replaceEmbed } from '../convert/embed.js';
import { parseHttpUrl } from '../shared/url.js';

/**
 * An iframe of an allow-listed host (FormSG, Google Maps, OneMap, data.gov.sg …) in `div.iframe-wrapper` or
 * bare → `<iframe-embed label>` with a fallback link (and the iframe's own fallback text and `id`). Its
 * name is found as a video's is (src/convert/embed.ts). Any other iframe (videos and Facebook posts were taken by
 * their rules before) is kept exactly as it was and reported, and so is a `<video>` or `<audio>` that plays from
 * another site.
 */
export function convertIframeEmbed<N>(node: N, context: Context<N>): N | null | undefined {
  if (context.nodes.isElement(node, 'video') || context.nodes.isElement(node, 'audio'))
    return reportMedia(node, context);
  const candidate = embedCandidate(node, context);
  if (!candidate || candidate.embed.kind === 'video' || candidate.embed.kind === 'social') return undefined;
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

/** The host relative addresses resolve against: no address names it, so only an absolute one is another site's. */
const ownHost = 'own-site.invalid';

/** Whether a media `src` plays from another site: an absolute (or `//host/…`) http(s) address. */
export function isThirdPartySource(src: string | null): src is string {
  const url = parseHttpUrl(src, `https://${ownHost}/`);
  return !!url && url.hostname !== ownHost;
}

/**
 * A `<video>` or `<audio>` whose `src`, or a `<source src>` in it, is another site's: kept as it is
 * (like an unknown iframe), with a warning for each such address. One of the site's own plays as written.
 */
function reportMedia<N>(media: N, context: Context<N>): null | undefined {
  const { nodes, tree } = context;
  const sources = [media, ...tree.children(media).filter((child) => nodes.isElement(child, 'source'))]
    .map((element) => tree.attr(element, 'src'))
    .filter(isThirdPartySource);
  if (sources.length === 0) return undefined;
  const tag = tree.tagName(media)!;
  for (const src of sources)
    context.warn(
      'unknown-host',
      `The <${tag}> source ${quote(src, 100)} was kept as it is: it plays from another site.`,
    );
  context.block({ kind: 'iframe-embed', action: 'kept', message: `<${tag}> ${quote(sources[0], 100)}` });
  return null;
}
