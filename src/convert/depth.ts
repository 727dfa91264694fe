import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { ConversionWarning } from './report.js';
import { childNodesOf } from './parse5-tree.js';
import { pushReversed } from './tree.js';

/**
 * The deepest nesting the converter keeps. Chromium's parser stops nesting at 512 elements, and
 * every walk over the tree (the rules, the serializer) then stays far from the stack's limit.
 */
export const maxDepth = 512;

/** The warning for content that {@link capDepth} lifted. */
export const tooDeep: ConversionWarning = {
  code: 'too-deep',
  message: `Content nested deeper than ${maxDepth} elements was lifted to that depth, as browsers do; nothing was removed.`,
};

/**
 * Lifts everything nested deeper than {@link maxDepth} into its ancestor at that depth, in document
 * order (elements keep their attributes and lose only their nesting), as a browser's parser does.
 * Returns whether anything was lifted. Iterative: the input's depth sets no stack depth.
 */
export function capDepth(root: T.Node): boolean {
  let capped = false;
  // Nodes and their depths side by side, not a pair per node: a 10 MB page has millions of nodes.
  const pending: T.Node[] = [root];
  const depths = [0];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const depth = depths.pop()!;
    const children = childNodesOf(node);
    if (depth < maxDepth) {
      for (const child of children) {
        pending.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    if (!children.some((child) => childNodesOf(child).length > 0)) continue;
    capped = true;
    const flat: T.ChildNode[] = [];
    for (const stack = children.splice(0).reverse(); stack.length > 0;) {
      const next = stack.pop()!;
      flat.push(next);
      pushReversed(stack, childNodesOf(next).splice(0));
    }
    for (const child of flat) {
      child.parentNode = node as T.ParentNode;
      children.push(child);
    }
  }
  return capped;
}
