import { parseHttpUrl } from '../shared/url.js';
import { quote, type Context } from '../convert/context.js';
import { normalizeSpace } from '../convert/tree.js';

/** An attribution paragraph starts with a hyphen, en dash or em dash: "- PM Lawrence Wong at …". */
const attributionStart = /^[-–—]/;

/**
 * Blocks in a quote whose converted text is the converter's own words (an embed's "Watch … on
 * YouTube", an untitled card named by its address): left out, the quote's own words are the same
 * before and after they are converted.
 */
const embeds = new Set(['iframe', 'video-embed', 'iframe-embed', 'social-embed', 'isomer-card-grid']);

/**
 * `blockquote` + attribution paragraph (after it, or its own last paragraph after the quote's
 * words) → `<pull-quote>` with the quote in the default slot and the paragraph (links and dash
 * kept) as `slot="attribution"`. Blockquotes without attribution stay as they are unless
 * `pullQuotes: 'all'` (or `blockquotes: 'callout'` makes them callouts: that rule, after this one,
 * reports them). Instagram's `blockquote.instagram-media` is the social-embed rule's, before this one.
 */
export function convertPullQuote<N>(blockquote: N, context: Context<N>): N | null | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(blockquote, 'blockquote')) return undefined;
  const text = nodes.textContent(blockquote, embeds);
  const next = nodes.nextSignificant(blockquote);
  const attribution = next !== null && isAttribution(next, context) ? next : attributionInside(blockquote, context);
  if (!normalizeSpace(text) || (!attribution && context.options.pullQuotes !== 'all')) {
    if (context.options.blockquotes === 'callout') return undefined;
    context.block({ kind: 'pull-quote', action: 'kept', message: `blockquote ${quote(text)} (no attribution)` });
    return undefined;
  }
  const replacement = nodes.create('pull-quote', {
    id: tree.attr(blockquote, 'id') ?? undefined,
    cite: tree.attr(blockquote, 'cite') ?? (attribution ? sourceLink(attribution, context) : undefined),
  });
  nodes.moveChildren(blockquote, replacement);
  if (attribution) {
    tree.setAttr(attribution, 'slot', 'attribution');
    tree.insertBefore(replacement, attribution, null);
  }
  nodes.replace(blockquote, replacement);
  context.block({ kind: 'pull-quote', action: 'converted', element: 'pull-quote', message: `quote ${quote(text)}` });
  return replacement;
}

/** Whether `node` is an attribution paragraph: "- PM Lawrence Wong at …". */
function isAttribution<N>(node: N, { nodes }: Context<N>): boolean {
  return nodes.isElement(node, 'p') && attributionStart.test(normalizeSpace(nodes.textContent(node)));
}

/** The quote's last paragraph when it is an attribution after the quote's own words, else null. */
function attributionInside<N>(blockquote: N, context: Context<N>): N | null {
  const { nodes, tree } = context;
  const children = tree.children(blockquote).filter((child) => !nodes.isBlank(child));
  const last = children.pop();
  const words = children.some((child) => normalizeSpace(nodes.textContent(child, embeds)) !== '');
  return last !== undefined && words && isAttribution(last, context) ? last : null;
}

/** The first http(s) link of the attribution: the quote's source. */
function sourceLink<N>(attribution: N, { nodes, tree }: Context<N>): string | undefined {
  const link = nodes.find(
    attribution,
    (element) => nodes.isElement(element, 'a') && parseHttpUrl(tree.attr(element, 'href'), null) !== null,
  );
  return link ? (tree.attr(link, 'href') ?? undefined) : undefined;
}
