import type { BlockEntry, ConversionReport, WarningCode } from './report.js';
import { Nodes, normalizeSpace, type Tree } from './tree.js';

/** Options of `convert()` and `upgrade()`. */
export interface ConvertOptions {
  /**
   * Which blockquotes become `<pull-quote>`: only those followed by an attribution paragraph
   * ("- Name …", the default), or every non-empty blockquote (`all`). Real pages mostly use bare
   * blockquotes as callouts or sub-headings, which the prose stylesheet styles as they are.
   */
  pullQuotes?: 'attributed' | 'all';
  /**
   * The level the article's highest headings should have, e.g. `2` when the page puts the title in
   * an h1 (what `isomer-blocks convert --page` does). Every heading shifts by the same amount.
   * Default: headings are kept as written.
   */
  headingBase?: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface Heading<N> {
  node: N;
  level: number;
  text: string;
}

/** The level of a heading tag (`h3` → 3), or 0 for any other tag. */
export const headingLevel = (tag: string | null) => (tag && /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0);

/**
 * A block's converter rule (`src/<tag>/convert.ts`) looks at one element: `undefined` = not its
 * block (try the next rule, then look inside); `null` = its block, kept as it is (do not look
 * inside); a node = what replaced the block (look inside that).
 */
export type Rule = <N>(node: N, context: Context<N>) => N | null | undefined;

/** State shared by the rules during one pass: the tree, the report, the headings and ids seen. */
export class Context<N> {
  readonly nodes: Nodes<N>;
  readonly report: ConversionReport = { blocks: [], warnings: [] };
  /** Every heading under the root, in document order (for the table of contents). */
  readonly headings: Heading<N>[] = [];
  /** Every id under the root (new ids must not collide). */
  readonly ids = new Set<string>();
  /** The last heading passed in document order (for card heading levels and embed titles). */
  lastHeading: Heading<N> | null = null;

  constructor(
    readonly tree: Tree<N>,
    readonly options: ConvertOptions,
    root: N,
  ) {
    this.nodes = new Nodes(tree);
    for (const element of this.nodes.descendants(root)) {
      const id = tree.attr(element, 'id');
      if (id) this.ids.add(id);
      const heading = this.heading(element);
      if (heading) this.headings.push(heading);
    }
  }

  /** The element as a heading, or null when it is not one (or is empty). */
  heading(node: N): Heading<N> | null {
    const level = headingLevel(this.tree.tagName(node));
    const text = level ? normalizeSpace(this.nodes.textContent(node)) : '';
    return text ? { node, level, text } : null;
  }

  block(entry: BlockEntry): void {
    this.report.blocks.push(entry);
  }

  warn(code: WarningCode, message: string): void {
    this.report.warnings.push({ code, message });
  }
}

/** Quotes a piece of content for a report message, shortened. */
export function quote(text: string, max = 60): string {
  const clean = normalizeSpace(text);
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}
