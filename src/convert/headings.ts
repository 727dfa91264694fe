import { parseLevels } from '../article-toc/outline.js';
import { headingLevel } from './context.js';
import type { BlockEntry } from './report.js';
import type { Nodes } from './tree.js';

/** Keeps a level within 1–6. */
const clamp = (level: number) => Math.max(1, Math.min(6, level));

/**
 * A pass before the rules: shifts every heading by the same amount so that the article's highest
 * heading is `base`. On a page whose title is the h1, an article written with h3 sections (as
 * Isomer's editor writes them) gets h2 sections instead of skipping a level. Differences between
 * levels stay as the author made them; levels are kept within 1–6. The levels blocks carry shift
 * with them: `<goal-card heading-level>` (after the first heading: one before it is headed below
 * the page's title) and `<article-toc levels>` (a page converted before, then shifted). Converting again changes nothing. Returns the report entry, or null when nothing moved.
 */
export function shiftHeadingLevels<N>(nodes: Nodes<N>, root: N, base: number): BlockEntry | null {
  const { tree } = nodes;
  const level = (heading: N) => headingLevel(tree.tagName(heading));
  const elements = [...nodes.descendants(root)];
  const headings = elements.filter((element) => level(element) > 0);
  if (headings.length === 0) return null;
  const shift = base - Math.min(...headings.map(level));
  if (shift === 0) return null;
  for (const heading of headings) {
    nodes.replace(
      heading,
      nodes.create(
        `h${clamp(level(heading) + shift)}`,
        Object.fromEntries(tree.attributes(heading)),
        tree.children(heading),
      ),
    );
  }
  let blocks = 0;
  let afterHeading = false;
  for (const element of elements) {
    const tag = tree.tagName(element);
    afterHeading ||= level(element) > 0;
    // A card before any heading is headed below the page's title, not below a section: it stays.
    const cardLevel = tag === 'goal-card' && afterHeading ? tree.attr(element, 'heading-level') : null;
    if (cardLevel !== null && /^\s*[1-6]\s*$/.test(cardLevel)) {
      tree.setAttr(element, 'heading-level', String(clamp(Number(cardLevel) + shift)));
      blocks++;
    }
    const written = tag === 'article-toc' ? (tree.attr(element, 'levels') ?? '') : '';
    const levels = parseLevels(written);
    if (levels) {
      // Written as it was: one level stays one level, a range (even `3-3`) stays a range.
      const [from, to] = [clamp(levels[0] + shift), clamp(levels.at(-1)! + shift)];
      tree.setAttr(element, 'levels', written.includes('-') ? `${from}-${to}` : String(from));
      blocks++;
    }
  }
  const moved = blocks ? ` (and the levels of ${blocks} block${blocks === 1 ? '' : 's'})` : '';
  const message = `${headings.length} headings shifted by ${shift}${moved}, the highest now h${base}`;
  return { kind: 'headings', action: 'converted', message };
}
