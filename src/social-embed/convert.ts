import { quote, type Context } from '../convert/context.js';
import { embedCandidate, embedTitle, fallbackText, ownWords, replaceEmbed, uniqueName } from '../convert/embed.js';
import { normalizeSpace } from '../convert/tree.js';
import { newTabRel } from '../shared/url.js';
import { parseSocialUrl, postLink } from './social-url.js';

/** Instagram's embed script, which `<social-embed>` replaces: `//www.instagram.com/embed.js`. */
const instagramScript = /^\s*(?:https?:)?\/\/(?:www\.)?instagram\.com\/embed\.js(?:[?#]|\s*$)/i;

/**
 * Instagram's `blockquote.instagram-media` (in its `div.instagram-wrapper` or bare, with the
 * `<script src="//www.instagram.com/embed.js">` after it), and a Facebook post or video plugin
 * iframe, → `<social-embed src label>`, whose card is the author's words: Instagram's paragraphs
 * and links (its inline styles and drawn placeholders dropped, its links and caption text kept) or,
 * for Facebook, a link to the post named as the embed rules name frames. The provider's script goes
 * (reported); an Instagram embed without a permalink on www.instagram.com stays as it is.
 */
export function convertSocialEmbed<N>(node: N, context: Context<N>): N | null | undefined {
  const candidate = embedCandidate(node, context);
  if (candidate?.embed.kind === 'social') {
    const { iframe, src } = candidate;
    const { nodes, tree } = context;
    const title = embedTitle(candidate, { key: 'embeddedFrom', params: { host: 'www.facebook.com' } }, context);
    const extra = fallbackText(iframe, context);
    const link = nodes.create('a', { href: postLink(src) }, [tree.createText(title)]);
    const card = nodes.create('p', {}, extra ? [link, tree.createText(` ${extra}`)] : [link]);
    const id = tree.attr(iframe, 'id') ?? undefined;
    return replaceEmbed(candidate, nodes.create('social-embed', { id, src, label: title }, [card]), title, context);
  }
  const found = instagramEmbed(node, context);
  return found && convertInstagram(found, context);
}

interface InstagramEmbed<N> {
  /** What the element replaces: the wrapper, or the blockquote. */
  node: N;
  blockquote: N;
  script: N | null;
}

const isInstagramScript = <N>(node: N | null, { nodes, tree }: Context<N>) =>
  node !== null && nodes.isElement(node, 'script') && instagramScript.test(tree.attr(node, 'src') ?? '');

/** `div.instagram-wrapper` holding the blockquote (and its script) alone, or the bare blockquote and the script after it. */
function instagramEmbed<N>(node: N, context: Context<N>): InstagramEmbed<N> | undefined {
  const { nodes, tree } = context;
  const isQuote = (element: N) => nodes.isElement(element, 'blockquote') && nodes.hasClass(element, 'instagram-media');
  if (isQuote(node)) {
    const next = nodes.nextSignificant(node);
    return { node, blockquote: node, script: isInstagramScript(next, context) ? next : null };
  }
  if (!nodes.isElement(node, 'div') || !nodes.hasClass(node, 'instagram-wrapper')) return undefined;
  const [blockquote, script, ...rest] = tree.children(node).filter((child) => !nodes.isBlank(child));
  if (!blockquote || !isQuote(blockquote) || rest.length > 0) return undefined;
  if (script && !isInstagramScript(script, context)) return undefined;
  return { node, blockquote, script: script ?? null };
}

function convertInstagram<N>({ node, blockquote, script }: InstagramEmbed<N>, context: Context<N>): N | null {
  const { nodes, tree } = context;
  const permalink =
    tree.attr(blockquote, 'data-instgrm-permalink') ??
    tree.attr(nodes.find(blockquote, (element) => nodes.isElement(element, 'a')) ?? blockquote, 'href') ??
    '';
  const post = parseSocialUrl(permalink);
  if (!post.ok) {
    context.warn(
      'instagram',
      `The Instagram embed ${quote(permalink, 100)} was kept as it is (it loads from instagram.com): its permalink is not a post on www.instagram.com.`,
    );
    context.block({ kind: 'social-embed', action: 'kept', message: `Instagram embed ${quote(permalink, 100)}` });
    return null;
  }
  const card = cardOf(blockquote, context);
  const own = card.length ? normalizeSpace(nodes.textContent(card[card.length - 1])) : '';
  const words = ownWords(context, 'embeddedFrom', { host: 'www.instagram.com' });
  if (!own)
    card.push(
      nodes.create('p', {}, [nodes.create('a', { href: permalink, lang: words.lang }, [tree.createText(words.text)])]),
    );
  const label = uniqueName(own || words.text, context);
  const id = tree.attr(blockquote, 'id') ?? undefined;
  const element = nodes.create('social-embed', { id, src: permalink, label }, card);
  nodes.replace(node, element);
  if (script) {
    tree.remove(script);
    context.warn(
      'provider-script',
      `Instagram's script <script src="${tree.attr(script, 'src')}"> was removed: <social-embed> loads ${quote(label)} only when the reader asks.`,
    );
  }
  context.block({
    kind: 'social-embed',
    action: 'converted',
    element: 'social-embed',
    message: `${quote(label)} ${permalink}`,
  });
  return element;
}

/**
 * The card: one paragraph for each of the blockquote's paragraphs, links outside them (Instagram's
 * "View this post on Instagram") and loose text, in order; only text, links and times are kept.
 */
function cardOf<N>(blockquote: N, context: Context<N>): N[] {
  const { nodes, tree } = context;
  const card: N[] = [];
  const walk = (parent: N) => {
    for (const child of tree.children(parent)) {
      const text = tree.text(child);
      if (text !== null) {
        if (normalizeSpace(text)) card.push(nodes.create('p', {}, [tree.createText(normalizeSpace(text))]));
      } else if (nodes.isElement(child, 'p')) {
        if (normalizeSpace(nodes.textContent(child))) card.push(nodes.create('p', {}, phrasing(child, context)));
      } else if (nodes.isElement(child, 'a')) {
        if (normalizeSpace(nodes.textContent(child))) card.push(nodes.create('p', {}, [inline(child, context)]));
      } else if (tree.tagName(child) !== null) walk(child);
    }
  };
  walk(blockquote);
  return card;
}

/** A paragraph's content: its text, and its links and times (their text only); blank lines at its edges go. */
function phrasing<N>(paragraph: N, context: Context<N>): N[] {
  const { tree, nodes } = context;
  const children = [...tree.children(paragraph)];
  while (nodes.isBlank(children[0])) children.shift();
  while (nodes.isBlank(children[children.length - 1])) children.pop();
  const parts: N[] = [];
  for (const child of children) {
    const tag = tree.tagName(child);
    if (tag === 'a' || tag === 'time') parts.push(inline(child, context));
    else if (tag !== null || tree.text(child) !== null) parts.push(tree.createText(nodes.textContent(child)));
  }
  return parts;
}

/** A link (its `href`, `target` and a safe `rel`) or a time (its `datetime`), with its text alone. */
function inline<N>(element: N, { nodes, tree }: Context<N>): N {
  const attr = (name: string) => tree.attr(element, name) ?? undefined;
  const text = tree.createText(normalizeSpace(nodes.textContent(element)));
  if (tree.tagName(element) === 'time') return nodes.create('time', { datetime: attr('datetime') }, [text]);
  const target = attr('target');
  return nodes.create('a', { href: attr('href'), target, rel: newTabRel(attr('rel'), target) }, [text]);
}
