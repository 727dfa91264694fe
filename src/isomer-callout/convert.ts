import { headingLevel, quote, type Context } from '../convert/context.js';
import { normalizeSpace } from '../convert/tree.js';

/**
 * With `blockquotes: 'callout'`, a blockquote that the pull-quote rule (before this one) left →
 * `<isomer-callout>` with the same attributes and content; a heading first, before more content,
 * becomes its title (`slot="title"`). An empty blockquote, one with a `class` (an embed) or a
 * `cite` (a quotation) stays as it is.
 */
export function convertIsomerCallout<N>(blockquote: N, context: Context<N>): N | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(blockquote, 'blockquote') || context.options.blockquotes !== 'callout') return undefined;
  const text = nodes.textContent(blockquote);
  const kept = !normalizeSpace(text) ? 'empty' : ['class', 'cite'].find((name) => tree.attr(blockquote, name) !== null);
  if (kept) {
    context.block({ kind: 'isomer-callout', action: 'kept', message: `blockquote ${quote(text)} (${kept})` });
    return undefined;
  }
  const callout = nodes.create('isomer-callout');
  tree.setAttributes(callout, tree.attributes(blockquote));
  const [first, ...rest] = tree.children(blockquote).filter((child) => !nodes.isBlank(child));
  if (rest.length > 0 && headingLevel(tree.tagName(first)) > 1) tree.setAttr(first, 'slot', 'title');
  nodes.moveChildren(blockquote, callout);
  nodes.replace(blockquote, callout);
  context.block({
    kind: 'isomer-callout',
    action: 'converted',
    element: 'isomer-callout',
    message: `note ${quote(text)}`,
  });
  return callout;
}
