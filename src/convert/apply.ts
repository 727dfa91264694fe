import { Context, quote, type ConvertOptions, type Heading } from './context.js';
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
  return startRules(tree, root, options, fromMarkdown).report;
}

/** `applyRules`, giving its context, which `applyRulesTo` goes on with (its report is the pass's). */
export function startRules<N>(tree: Tree<N>, root: N, options: ConvertOptions = {}, fromMarkdown = false): Context<N> {
  const leftovers = fromMarkdown ? [] : markdownLeftovers(new Nodes(tree), root);
  const shifted = options.headingBase ? shiftHeadingLevels(new Nodes(tree), root, options.headingBase) : null;
  const context = new Context(tree, options, root);
  warnLeftovers(leftovers, context);
  if (shifted) context.block(shifted);
  visit(root, context);
  return context;
}

/**
 * Applies the rules to `added` (each node and what it holds): content added to a tree that
 * `context` converted before. Only those nodes are visited: the context takes in their ids,
 * headings and embed names, and `headingBefore` finds the heading before each in document order,
 * which a card's level and an embed's name follow. Headings in them keep their levels (no
 * `headingBase` shift). Returns this pass's report.
 */
export function applyRulesTo<N>(
  context: Context<N>,
  added: N[],
  headingBefore: (node: N) => Heading<N> | null,
): ConversionReport {
  const { tree, nodes } = context;
  context.report = { blocks: [], warnings: [] };
  for (const node of added) for (const element of [node, ...nodes.descendants(node)]) context.learn(element);
  warnLeftovers(
    added.flatMap((node) => markdownLeftovers(nodes, node)),
    context,
  );
  for (const node of added) {
    // A rule only takes elements (and an earlier one may have moved this one away).
    if (tree.tagName(node) === null || !tree.parent(node)) continue;
    context.lastHeading = headingBefore(node);
    const next = applyFirstRule(node, context);
    if (next !== null) visit(next, context);
  }
  return context.report;
}

function warnLeftovers<N>(leftovers: string[], context: Context<N>): void {
  if (leftovers.length === 0) return;
  const pieces = `${leftovers.length} piece${leftovers.length === 1 ? '' : 's'}`;
  context.warn(
    'markdown-leftover',
    `${pieces} of Markdown left as text in an HTML body, e.g. ${quote(leftovers[0])}; kept as written (fix them in the source, or mark the page variant: markdown).`,
  );
}

/** Applies the first rule that answers to each child of `parent`, and looks inside what it gives. */
function visit<N>(parent: N, context: Context<N>): void {
  const { tree } = context;
  for (const child of tree.children(parent)) {
    // An earlier rule may have moved this node (a quote's attribution): it was handled there.
    if (tree.parent(child) !== parent || tree.tagName(child) === null) continue;
    const next = applyFirstRule(child, context);
    if (next !== null) visit(next, context);
  }
}

function applyFirstRule<N>(element: N, context: Context<N>): N | null {
  context.lastHeading = context.heading(element) ?? context.lastHeading;
  for (const rule of Object.values(rules)) {
    const result = rule(element, context);
    if (result !== undefined) return result;
  }
  return element;
}
