import { quote, type Context, type Heading } from '../convert/context.js';
import { normalizeSpace } from '../convert/tree.js';
import { headingId as newHeadingId } from './outline.js';

const matchKey = (text: string) => normalizeSpace(text).toLowerCase();

/**
 * A list whose items repeat the page's headings (Isomer's leading `ul.tight` of section titles)
 * → `<article-toc>` holding the same list, each matching item now a link to its heading (headings
 * get an id when they lack one). It takes two or more items, at least half of them matching, and
 * no links in the list; items without a heading stay as text and are reported.
 */
export function convertArticleToc<N>(list: N, context: Context<N>): N | null | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(list, 'ul') && !nodes.isElement(list, 'ol')) return undefined;
  const items = tree.children(list).filter((child) => !nodes.isBlank(child));
  if (items.length < 2 || !items.every((item) => nodes.isElement(item, 'li'))) return undefined;
  if (nodes.find(list, (element) => ['a', 'ul', 'ol'].includes(tree.tagName(element)!))) return undefined;
  const available = context.headings.filter((heading) => heading.level >= 2);
  const matches = items.map((item) => {
    const key = matchKey(nodes.textContent(item));
    const index = available.findIndex((heading) => matchKey(heading.text) === key);
    return index < 0 ? undefined : available.splice(index, 1)[0];
  });
  const matched = matches.filter((heading): heading is Heading<N> => heading !== undefined);
  if (matched.length < 2 || matched.length * 2 < items.length) return undefined;

  items.forEach((item, index) => {
    const heading = matches[index];
    if (heading) wrapItem(item, nodes.create('a', { href: `#${headingId(heading, context)}` }), context);
    else {
      context.warn(
        'unmatched-toc-item',
        `The contents item ${quote(nodes.textContent(item))} matches no heading; it stays as text.`,
      );
      wrapItem(item, nodes.create('span', {}), context);
    }
  });
  const levels = matched.map((heading) => heading.level);
  const replacement = nodes.create('article-toc', { levels: `${Math.min(...levels)}-${Math.max(...levels)}` });
  nodes.replace(list, replacement);
  tree.insertBefore(replacement, list, null);
  context.block({
    kind: 'article-toc',
    action: 'converted',
    element: 'article-toc',
    message: `${matched.length} of ${items.length} items link to headings`,
  });
  return replacement;
}

function headingId<N>(heading: Heading<N>, context: Context<N>): string {
  const existing = context.tree.attr(heading.node, 'id');
  if (existing) return existing;
  const id = newHeadingId(heading.text, context.ids);
  context.tree.setAttr(heading.node, 'id', id);
  return id;
}

/**
 * Moves the item's content (unwrapping a lone paragraph, as Tiptap writes it) into `wrapper`: a link,
 * or a span for an item without a heading, which takes the same box as a link in the list.
 */
function wrapItem<N>(item: N, wrapper: N, { nodes, tree }: Context<N>): void {
  const significant = tree.children(item).filter((child) => !nodes.isBlank(child));
  const content = significant.length === 1 && nodes.isElement(significant[0], 'p') ? significant[0] : item;
  nodes.moveChildren(content, wrapper);
  if (content !== item) nodes.replace(content, wrapper);
  else tree.insertBefore(item, wrapper, null);
}
