import { quote, type Context } from '../convert/context.js';
import { altAdvice } from '../shared/messages.js';
import { parseLinkUrl } from '../shared/url.js';
import { altProblem } from './alt.js';

/** Where an image is part of something else, not a block of the article: it stays as it is. */
const inside = new Set(['a', 'button', 'figure', 'picture', 'table', 'goal-card', 'isomer-card-grid', 'pull-quote']);

/** What may stand before the page's first image for it to be its largest one on load (LCP). */
const beforeTop = /^(?:h[1-6]|p|br)$/;

/**
 * An article's image → `<isomer-image>` holding the same `<img>` (and its link), from the three
 * forms Isomer writes: `div.isomer-image-wrapper > img`, the linked `a.isomer-image-wrapper[href] > img`,
 * and a paragraph holding nothing but an image (or a link holding nothing but one) and line breaks.
 *
 * Every attribute of the image is kept but Isomer's invalid `height="auto"` (and a `width` that
 * is no number, when its `style` sets the width), and it gets `loading="lazy" decoding="async"`
 * unless it says how to load. The page's first image is its `priority` image instead
 * (`fetchpriority="high"`, loaded at once) when nothing but headings, empty paragraphs and line
 * breaks comes before it, on the page and in what holds it: it is then at the top of the page,
 * where the largest image of the first screen (the LCP candidate) is.
 *
 * An image in a table, a card, a quote or a link with text is part of that block and stays as it
 * is (one in a table is reported as kept). A link that is not http(s), `mailto:` or `tel:` is
 * left out, with a warning, and the image kept. A missing or meaningless `alt` is warned about
 * and kept as written. Isomer writes no caption (the paragraph after an image is body text), so
 * none is made up.
 */
export function convertIsomerImage<N>(node: N, context: Context<N>): N | null | undefined {
  const { nodes, tree } = context;
  const content = imageContent(node, context);
  if (!content) return undefined;
  const [image, link] = content;
  const alt = tree.attr(image, 'alt');
  const holder = holderOf(node, context);
  if (holder) {
    if (holder === 'table')
      context.block({ kind: 'isomer-image', action: 'kept', message: `image ${quote(alt ?? '')} in a table` });
    return undefined;
  }
  const priority = atTop(node, context);
  const replacement = nodes.create('isomer-image', {
    id: tree.attr(node, 'id') ?? undefined,
    priority: priority ? '' : undefined,
  });
  tree.setAttributes(image, imageAttributes(tree.attributes(image), priority));
  nodes.replace(node, replacement);
  tree.insertBefore(replacement, keptLink(link, image, context) ?? image, null);
  const problem = altProblem(alt);
  if (problem) context.warn(problem, `The image ${tree.attr(image, 'src') ?? ''} ${altAdvice(alt)}`);
  context.block({
    kind: 'isomer-image',
    action: 'converted',
    element: 'isomer-image',
    message: `${link ? 'linked image' : 'image'} ${quote(alt ?? '')}${priority ? ' (priority)' : ''}`,
  });
  return replacement;
}

/** The image of an Isomer image block, and the link around it (`null` for none), or null when `node` is none. */
function imageContent<N>(node: N, context: Context<N>): [N, N | null] | null {
  const { nodes, tree } = context;
  const tag = tree.tagName(node);
  const wrapper = (tag === 'div' || tag === 'a') && nodes.hasClass(node, 'isomer-image-wrapper');
  if (!wrapper && tag !== 'p') return null;
  const image = only(node, context, tag === 'p');
  if (!image) return null;
  if (tree.tagName(image) === 'img') return [image, tag === 'a' ? node : null];
  const inner = tag === 'p' && tree.tagName(image) === 'a' ? only(image, context, false) : null;
  return inner && tree.tagName(inner) === 'img' ? [inner, image] : null;
}

/** The one element child of `node` when it has no text (line breaks allowed with `breaks`), else null. */
function only<N>(node: N, { nodes, tree }: Context<N>, breaks: boolean): N | null {
  const children = tree
    .children(node)
    .filter((child) => !nodes.isBlank(child) && !(breaks && tree.tagName(child) === 'br'));
  return children.length === 1 && nodes.isElement(children[0]) ? children[0] : null;
}

/** The tag of the table, card, quote or link that holds `node` (the image is part of it), or null. */
function holderOf<N>(node: N, { nodes, tree }: Context<N>): string | null {
  for (let parent = tree.parent(node), tag; parent && (tag = tree.tagName(parent)); parent = tree.parent(parent)) {
    if (inside.has(tag) || nodes.classes(parent).some((name) => name.startsWith('isomer-card'))) return tag;
  }
  return null;
}

/** Whether only headings, empty paragraphs and line breaks come before `node` on the page (see convertIsomerImage). */
function atTop<N>(node: N, { nodes, tree }: Context<N>): boolean {
  for (let at = node, parent = tree.parent(at); parent; at = parent, parent = tree.parent(at)) {
    const siblings = tree.siblings(parent);
    const before = siblings.slice(0, siblings.indexOf(at));
    const clear = before.every(
      (sibling) =>
        nodes.isBlank(sibling) ||
        (beforeTop.test(tree.tagName(sibling) ?? '') && (tree.tagName(sibling)![0] === 'h' || nodes.isEmpty(sibling))),
    );
    if (!clear) return false;
    const tag = tree.tagName(parent);
    if (!tag || tag === 'body') return true;
  }
  return true;
}

/** The image's attributes as converted (see convertIsomerImage). */
function imageAttributes(attributes: [string, string][], priority: boolean): [string, string][] {
  const styled = attributes.some(([name, value]) => name === 'style' && /(?:^|;)\s*width\s*:/i.test(value));
  const kept = attributes.filter(
    ([name, value]) => !((name === 'height' || (name === 'width' && styled)) && !/^\s*\d+\s*$/.test(value)),
  );
  const has = (name: string) => kept.some(([own]) => own === name);
  const planned: [string, string][] = priority
    ? [['fetchpriority', 'high']]
    : [
        ['loading', 'lazy'],
        ['decoding', 'async'],
      ];
  return [...kept, ...(has('loading') ? [] : planned.filter(([name]) => !has(name)))];
}

/**
 * The link to keep around the image: Isomer's own, without its layout class; null when there is
 * none, or when its address is not one a reader may follow (warned about: the image stays).
 */
function keptLink<N>(link: N | null, image: N, context: Context<N>): N | null {
  const { nodes, tree } = context;
  if (!link) return null;
  const href = tree.attr(link, 'href');
  if (href === null) return null;
  if (!parseLinkUrl(href, 'https://relative.invalid/')) {
    context.warn(
      'unsafe-url',
      `The link of image ${quote(tree.attr(image, 'alt') ?? '')} is not http(s), mailto: or tel:, so it was left out.`,
    );
    return null;
  }
  const classes = nodes.classes(link).filter((name) => name !== 'isomer-image-wrapper');
  tree.setAttributes(
    link,
    tree
      .attributes(link)
      .flatMap(([name, value]): [string, string][] =>
        name !== 'class' ? [[name, value]] : classes.length ? [[name, classes.join(' ')]] : [],
      ),
  );
  return link;
}
