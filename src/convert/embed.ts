import { converterText, type ConverterStringKey } from '../shared/converter-strings.js';
import { isEnglishFallback, resolveLanguage } from '../shared/i18n.js';
import { headingLevel, quote, type Context } from './context.js';
import { classifyEmbed, type EmbedClass } from './embed-hosts.js';
import { normalizeSpace } from './tree.js';

/** Wrappers Isomer and its editors put around a lone iframe; they go with it. */
const wrapperClasses = ['iframe-wrapper', 'bp-youtube'];

/**
 * The legacy responsive wrapper (`position:relative; padding-bottom:56.25%; height:0`): a box of
 * the video's aspect ratio that the embed element draws itself. Around a converted embed it would
 * leave its padding as blank space, so it goes with the iframe.
 */
const responsiveWrapper = /(?:^|;)\s*padding-bottom\s*:\s*\d+(?:\.\d+)?%/i;

/** The names YouTube's and Vimeo's share snippets give every iframe: they name nothing. */
const genericTitles = /^(?:youtube video player|vimeo video player|youtube video|video)$/i;

/** An iframe the embed rules look at: the node it replaces (wrapper or iframe), the iframe, what its src is. */
export interface EmbedCandidate<N> {
  node: N;
  iframe: N;
  src: string;
  embed: EmbedClass;
}

function isWrapper<N>(node: N, { nodes, tree }: Context<N>): boolean {
  if (!nodes.isElement(node, 'div')) return false;
  return (
    wrapperClasses.some((name) => nodes.hasClass(node, name)) || responsiveWrapper.test(tree.attr(node, 'style') ?? '')
  );
}

/**
 * `div.iframe-wrapper > iframe` (or `div.bp-youtube`, or the responsive padding-bottom wrapper, or
 * several of them nested, or a bare iframe), classified by the elements' own parsers; undefined
 * for any other node, and for an iframe inside a link (kept as it is). Shared by the video and iframe rules.
 */
export function embedCandidate<N>(node: N, context: Context<N>): EmbedCandidate<N> | undefined {
  const { nodes, tree } = context;
  let iframe = node;
  while (isWrapper(iframe, context)) {
    const significant = tree.children(iframe).filter((child) => !nodes.isBlank(child));
    if (significant.length !== 1) return undefined;
    iframe = significant[0];
  }
  if (!nodes.isElement(iframe, 'iframe') || insideLink(node, context)) return undefined;
  const src = tree.attr(iframe, 'src') ?? '';
  const restriction = authorRestriction((name) => tree.attr(iframe, name));
  const embed: EmbedClass = restriction
    ? { kind: 'unknown', code: 'restricted-frame', reason: `its ${restriction} forbids what the embed element allows` }
    : classifyEmbed(src);
  return { node, iframe, src, embed };
}

/** Referrer policies that send less than the embed elements' `strict-origin-when-cross-origin`. */
const stricterReferrers = new Set(['no-referrer', 'same-origin', 'strict-origin', 'origin']);

/**
 * What an author's iframe forbids that `<video-embed>` and `<iframe-embed>` would allow: a
 * `sandbox`, a feature turned off (`allow="camera 'none'"`), a stricter referrer policy; or null.
 * Such an iframe is kept as the author wrote it (the review's L1: converted, it was more capable).
 */
export function authorRestriction(attr: (name: string) => string | null): string | null {
  const sandbox = attr('sandbox');
  if (sandbox !== null) return `sandbox="${sandbox}"`;
  const allow = attr('allow');
  if (allow && /'none'/i.test(allow)) return `allow="${allow}"`;
  const referrer = attr('referrerpolicy')?.trim().toLowerCase();
  if (referrer && stricterReferrers.has(referrer)) return `referrerpolicy="${referrer}"`;
  return null;
}

/** Whether `node` is inside a link, where an embed's fallback link would nest (and not parse back). */
function insideLink<N>(node: N, { nodes, tree }: Context<N>): boolean {
  for (let parent = tree.parent(node); parent !== null; parent = tree.parent(parent))
    if (nodes.isElement(parent, 'a')) return true;
  return false;
}

/** The converter's own words, in the page's language: the text and the `lang` to mark it with (English in another language's page). */
export function ownWords<N>(
  context: Context<N>,
  key: ConverterStringKey,
  params: Record<string, string>,
): { text: string; lang?: string } {
  const pageLang = context.options.lang ?? 'en';
  return {
    text: converterText(resolveLanguage(pageLang), key, params),
    lang: isEnglishFallback(pageLang) ? 'en' : undefined,
  };
}

/**
 * The embed's name: its own `title` (unless it is a share snippet's generic one), else the author's
 * label right before it (a bold paragraph or line, or the `<summary>` of the `<details>` it is in),
 * else the nearest preceding heading, else `fallback` (the converter's words, in the page's
 * language). Never a name another embed of the page has: a repeated one gets its position, "… (2)".
 */
export function embedTitle<N>(
  candidate: EmbedCandidate<N>,
  fallback: { key: ConverterStringKey; params: Record<string, string> },
  context: Context<N>,
): string {
  const { iframe, src } = candidate;
  const own = normalizeSpace(context.tree.attr(iframe, 'title') ?? '');
  let name: string;
  if (own && !genericTitles.test(own)) {
    name = own;
  } else {
    const label = nearbyLabel(candidate.node, context);
    const heading = context.lastHeading?.text;
    const untitled = own ? `has only the generic title ${quote(own)}` : 'has no title';
    if (label) {
      context.warn(
        'inferred-title',
        `The iframe ${src} ${untitled}; it was named after the label before it: ${quote(label)}.`,
      );
      name = label;
    } else if (heading) {
      context.warn(
        'inferred-title',
        `The iframe ${src} ${untitled}; it was named after the heading before it: ${quote(heading)}.`,
      );
      name = heading;
    } else {
      name = ownWords(context, fallback.key, fallback.params).text;
      context.warn(
        'missing-title',
        `The iframe ${src} ${untitled} and no heading before it; it was named ${quote(name)}.`,
      );
    }
  }
  return uniqueName(name, context);
}

/** `name`, or `name (2)`, `name (3)`… whichever no embed of the page has yet; the result is taken. */
export function uniqueName<N>(name: string, context: Context<N>): string {
  // Counting on from the last number this name took keeps a page of many like-named embeds linear.
  let n = context.nextEmbedNumber.get(name) ?? 2;
  let unique = name;
  while (context.embedNames.has(unique)) unique = `${name} (${n++})`;
  context.nextEmbedNumber.set(name, n);
  context.embedNames.add(unique);
  return unique;
}

/** Tags that end the search for a label: whatever is before them labels something else. */
const boundaries = new Set([
  'iframe',
  'video-embed',
  'iframe-embed',
  'social-embed',
  'table',
  'ul',
  'ol',
  'img',
  'figure',
  'blockquote',
  'details',
  'hr',
]);
/** How many significant siblings before the embed are looked at. */
const labelReach = 3;
/** Longer than this, a bold line is a paragraph, not a label. */
const labelMax = 120;

/**
 * The author's label right before `node`: a bold line among the few siblings before it (a text
 * paragraph between them is fine: it describes the entry the label names), or the `<summary>` of
 * the `<details>` it sits in. Looks up through its ancestors, stopping at a heading or another embed.
 */
function nearbyLabel<N>(node: N, context: Context<N>): string | null {
  const { nodes, tree } = context;
  for (let current: N | null = node, depth = 0; current && depth < 4; current = tree.parent(current), depth++) {
    const parent = tree.parent(current);
    if (!parent) return null;
    const siblings = tree.siblings(parent);
    let reach = 0;
    for (let i = tree.index(current) - 1; i >= 0 && reach < labelReach; i--) {
      const sibling = siblings[i];
      if (
        nodes.isBlank(sibling) ||
        nodes.isElement(sibling, 'br') ||
        (nodes.isElement(sibling, 'p') && nodes.isEmpty(sibling))
      )
        continue;
      const tag = tree.tagName(sibling);
      if (tag === 'summary') return normalizeSpace(nodes.textContent(sibling)) || null;
      if (headingLevel(tag) || (tag && (boundaries.has(tag) || isWrapper(sibling, context)))) return null;
      const label = boldLabel(sibling, context);
      if (label) return label;
      reach++;
    }
    if (nodes.isElement(parent, 'details')) return null;
  }
  return null;
}

/** The text of a node that is all bold (`<p><strong>…</strong></p>`, `<b>…</b>`, or a `**…**` line nobody rendered), if short. */
function boldLabel<N>(node: N, context: Context<N>): string | null {
  const { nodes, tree } = context;
  const own = tree.text(node);
  if (own !== null) {
    const match = /^\s*\*\*([^*]+)\*\*\s*$/.exec(own);
    return match && match[1].trim().length <= labelMax ? normalizeSpace(match[1]) : null;
  }
  const text = normalizeSpace(nodes.textContent(node));
  if (!text || text.length > labelMax) return null;
  const allBold = (element: N, bold: boolean): boolean =>
    tree.children(element).every((child) => {
      if (tree.text(child) !== null) return bold || nodes.isBlank(child);
      if (tree.isComment(child) || nodes.isElement(child, 'br')) return true;
      const tag = tree.tagName(child);
      return tag !== null && allBold(child, bold || tag === 'strong' || tag === 'b');
    });
  const tag = tree.tagName(node);
  return tag !== null &&
    ['p', 'div', 'strong', 'b', 'span'].includes(tag) &&
    allBold(node, tag === 'strong' || tag === 'b')
    ? text
    : null;
}

/** Puts `replacement` where the candidate was and reports it. */
export function replaceEmbed<N>(candidate: EmbedCandidate<N>, replacement: N, title: string, context: Context<N>): N {
  context.nodes.replace(candidate.node, replacement);
  const element = context.tree.tagName(replacement) as 'video-embed' | 'iframe-embed' | 'social-embed';
  context.block({ kind: element, action: 'converted', element, message: `${quote(title)} ${candidate.src}` });
  return replacement;
}

/** The iframe's own fallback text (`<iframe>Loading…</iframe>`), which the embed keeps after its link. */
export function fallbackText<N>(iframe: N, { nodes }: Context<N>): string {
  return normalizeSpace(nodes.textContent(iframe));
}
