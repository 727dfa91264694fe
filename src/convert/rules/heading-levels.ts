import type { Context } from '../context.js';

const headingTag = /^h[1-6]$/;

/**
 * Shifts every heading by the same amount so that the article's highest heading is `base`: on a
 * page whose title is the h1, an article written with h3 sections (as Isomer's editor writes them)
 * gets h2 sections instead of skipping a level. Differences between levels stay as the author made
 * them; levels are kept within 1–6. Converting again changes nothing.
 */
export function shiftHeadingLevels<N>(root: N, base: number, context: Context<N>): void {
  const { nodes, tree } = context;
  const headings = [...nodes.descendants(root)].filter((element) => headingTag.test(tree.tagName(element)!));
  if (headings.length === 0) return;
  const level = (heading: N) => Number(tree.tagName(heading)![1]);
  const shift = base - Math.min(...headings.map(level));
  if (shift === 0) return;
  for (const heading of headings) {
    const shifted = Math.max(1, Math.min(6, level(heading) + shift));
    nodes.replace(heading, nodes.create(`h${shifted}`, Object.fromEntries(tree.attributes(heading)), tree.children(heading)));
  }
  context.block({ kind: 'headings', action: 'converted', message: `${headings.length} headings shifted by ${shift}, the highest now h${base}` });
}
