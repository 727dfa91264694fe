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
   * What becomes of the other blockquotes, which real pages use as notes, questions or sub-headings:
   * they stay blockquotes (`keep`, the default: a quotation is never mislabelled), or become
   * `<isomer-callout>` (`callout`) unless they have a `class` (an embed such as Instagram's) or a
   * `cite` (a quotation). Attributed quotes become `<pull-quote>` first either way.
   */
  blockquotes?: 'keep' | 'callout';
  /**
   * The level the article's highest headings should have, e.g. `2` when the page puts the title in
   * an h1 (what `isomer-blocks convert --page` does). Every heading shifts by the same amount, and
   * so does every level a block carries: `<goal-card heading-level>` and `<article-toc levels>`
   * (cards and contents lists converted earlier, e.g. by a first `convert` without it, move with
   * their headings). The shift is taken from the headings alone, so converting in one step or two
   * gives the same levels. Default: headings are kept as written.
   */
  headingBase?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * What the input is written in (a document, doctype or `<html>` first, is always HTML):
   * - `html` (the default): Tiptap's or any HTML. Markdown syntax left as text in it (`**bold**`,
   *   `![](…)`, `## …`) is kept as written and reported (`markdown-leftover`).
   * - `markdown`: an Isomer page with `variant: markdown`, which Isomer rendered with kramdown: it is
   *   rendered to HTML first (HTML in it passes through; headings get kramdown's ids), unless it has
   *   no text outside HTML elements (then it is HTML already, e.g. converted before).
   * - `auto`: the same, for a page without a variant.
   * `formatOfVariant(frontmatter.variant)` gives the right one for an Isomer page.
   */
  format?: 'html' | 'markdown' | 'auto';
  /**
   * The page's language (BCP 47), for the converter's own words (fallback links, names it makes up):
   * English, Chinese, Malay or Tamil; other languages get English marked `lang="en"`. Default: the
   * document's `<html lang>`, else English.
   */
  lang?: string;
  /**
   * `convert()` only, for content you do not trust: removes everything in the article that can run
   * script (`<script>`, event handlers, `javascript:`/`data:` addresses, `srcdoc`, `<base>`,
   * refresh metas, `<object>`/`<embed>`) and replaces frames from unknown hosts with links, each
   * reported as a `removed-unsafe` warning. A document's `<head>` (the site's own) is kept. By
   * default such markup is passed through as written and counted in `report.passedThrough`.
   */
  safe?: boolean;
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
  /** What this pass found and did (a new one for each pass of `applyRulesTo`). */
  report: ConversionReport = { blocks: [], warnings: [] };
  /** Every heading under the root, in document order, then those of content added later (for the table of contents). */
  readonly headings: Heading<N>[] = [];
  /** Every id under the root (new ids must not collide). */
  readonly ids = new Set<string>();
  /** The names of the page's embeds, those converted before included (a new one must differ). */
  readonly embedNames = new Set<string>();
  /** For each embed name, the number its next repeat tries first ("… (2)"). */
  readonly nextEmbedNumber = new Map<string, number>();
  /** The last heading passed in document order (for card heading levels and embed titles). */
  lastHeading: Heading<N> | null = null;

  constructor(
    readonly tree: Tree<N>,
    readonly options: ConvertOptions,
    root: N,
  ) {
    this.nodes = new Nodes(tree);
    for (const element of this.nodes.descendants(root)) this.learn(element);
  }

  /**
   * Takes in an element's id, its name if it is an embed, and itself if it is a heading; warns about
   * a site setting (`<meta name="isomer-blocks:…">`) in the content, which the elements ignore.
   */
  learn(element: N): void {
    const { tree } = this;
    const id = tree.attr(element, 'id');
    if (id) this.ids.add(id);
    const tag = tree.tagName(element);
    // An embed's name is its label, or the deprecated title that earlier conversions wrote.
    const name =
      tag === 'video-embed' || tag === 'iframe-embed' || tag === 'social-embed'
        ? (tree.attr(element, 'label') ?? tree.attr(element, 'title'))
        : null;
    if (name) this.embedNames.add(normalizeSpace(name));
    const setting = tag === 'meta' ? tree.attr(element, 'name') : null;
    if (setting && /^isomer-blocks:/i.test(setting)) {
      this.warn(
        'site-setting-in-content',
        `<meta name="${setting}"> in the content is ignored (kept as written): site settings count in <head> only.`,
      );
    }
    const heading = this.heading(element);
    if (heading) this.headings.push(heading);
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
