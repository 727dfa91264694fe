import type { Context } from './context.js';

/** Elements allowed inside a `<p>`: a description made only of these can become one. */
const phrasingTags = new Set(
  'a abbr b bdi bdo br cite code data del dfn em i img input ins kbd label mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

/** True for text, comments and phrasing elements whose content is phrasing too. */
export function isPhrasing<N>(node: N, context: Context<N>): boolean {
  const tag = context.tree.tagName(node);
  if (tag === null) return true;
  return phrasingTags.has(tag) && context.tree.children(node).every((child) => isPhrasing(child, context));
}
