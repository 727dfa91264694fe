import { Context, type ConvertOptions } from './context.js';
import type { ConversionReport } from './report.js';
import { convertAccordion } from './rules/accordion.js';
import { convertArticleToc } from './rules/article-toc.js';
import { convertCardGrid } from './rules/card-grid.js';
import { convertEmbed } from './rules/embed.js';
import { convertPullQuote } from './rules/pull-quote.js';
import type { Tree } from './tree.js';

/**
 * A rule looks at one element: `undefined` = not its block (try the next rule, then look inside);
 * `null` = its block, kept as it is (do not look inside); a node = what replaced the block (look
 * inside that).
 */
type Rule = <N>(node: N, context: Context<N>) => N | null | undefined;

const rules: Rule[] = [convertAccordion, convertCardGrid, convertEmbed, convertPullQuote, convertArticleToc];

/** Applies every rule to the tree under `root`, in document order, and reports what it did. */
export function applyRules<N>(tree: Tree<N>, root: N, options: ConvertOptions = {}): ConversionReport {
  const context = new Context(tree, options, root);
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
  for (const rule of rules) {
    const result = rule(element, context);
    if (result !== undefined) return result;
  }
  return element;
}
