import { headingLevel } from './context.js';
import type { BlockEntry } from './report.js';
import type { Nodes } from './tree.js';

/**
 * A pass before the rules: shifts every heading by the same amount so that the article's highest
 * heading is `base`. On a page whose title is the h1, an article written with h3 sections (as
 * Isomer's editor writes them) gets h2 sections instead of skipping a level. Differences between
 * levels stay as the author made them; levels are kept within 1–6. Converting again changes
 * nothing. Returns the report entry, or null when nothing moved.
 */
export function shiftHeadingLevels<N>(nodes: Nodes<N>, root: N, base: number): BlockEntry | null {
  const { tree } = nodes;
  const level = (heading: N) => headingLevel(tree.tagName(heading));
  const headings = [...nodes.descendants(root)].filter((element) => level(element) > 0);
  if (headings.length === 0) return null;
  const shift = base - Math.min(...headings.map(level));
  if (shift === 0) return null;
  for (const heading of headings) {
    const shifted = Math.max(1, Math.min(6, level(heading) + shift));
    nodes.replace(heading, nodes.create(`h${shifted}`, Object.fromEntries(tree.attributes(heading)), tree.children(heading)));
  }
  const message = `${headings.length} headings shifted by ${shift}, the highest now h${base}`;
  return { kind: 'headings', action: 'converted', message };
}
