import { Context, type ConvertOptions } from './context.js';
import { quote } from './context.js';
import { shiftHeadingLevels } from './headings.js';
import { markdownLeftovers } from './leftovers.js';
import type { ConversionReport } from './report.js';
import { rules } from './rules.js';
import { Nodes, type Tree } from './tree.js';

/**
 * Applies every block's rule (src/blocks.ts, in its order) to the tree under `root`, in document
 * order, and reports what it did. With `headingBase`, headings shift first. Markdown left as text
 * is reported, unless the body was just rendered from Markdown (`fromMarkdown`).
 */
export function applyRules<N>(
  tree: Tree<N>,
  root: N,
  options: ConvertOptions = {},
  fromMarkdown = false,
): ConversionReport {
  const leftovers = fromMarkdown ? [] : markdownLeftovers(new Nodes(tree), root);
  const shifted = options.headingBase ? shiftHeadingLevels(new Nodes(tree), root, options.headingBase) : null;
  const context = new Context(tree, options, root);
  if (leftovers.length > 0) {
    const pieces = `${leftovers.length} piece${leftovers.length === 1 ? '' : 's'}`;
    context.warn(
      'markdown-leftover',
      `${pieces} of Markdown left as text in an HTML body, e.g. ${quote(leftovers[0])}; kept as written (fix them in the source, or mark the page variant: markdown).`,
    );
  }
  if (shifted) context.block(shifted);
  const visit = (parent: N) => {
    for (const child of tree.children(parent)) {
      // An earlier rule may have moved this node (a quote's attribution): it was handled there.
      if (tree.parent(child) !== parent || tree.tagName(child) === null) continue;
      const next = applyFirstRule(child, context);
      if (next !== null) visit(next);
    }
  };
  visit(root);
  return context.report;
}

function applyFirstRule<N>(element: N, context: Context<N>): N | null {
  context.lastHeading = context.heading(element) ?? context.lastHeading;
  for (const rule of Object.values(rules)) {
    const result = rule(element, context);
    if (result !== undefined) return result;
  }
  return element;
}
