// Pure helpers of <article-toc>: heading ids, heading levels and the nested outline. The converter
// gives headings their ids with the same `headingId`, so a page has the same ids converted or not.

/**
 * A URL-fragment id for a heading's text: letters and digits of every script (with their combining
 * marks, which Tamil needs) are kept and lower-cased; every other run of characters becomes one
 * hyphen. Text with nothing to keep (emoji, punctuation) gives `section`. Compatibility characters
 * fold first (NFKC): full-width `ＦＡＱ` gives `faq`, `CO₂` gives `co2`, the ligature in `Oﬃce`
 * gives `office`, as a reader would type them.
 *
 * @example slugify('3 key goals of Smart Nation 2.0') === '3-key-goals-of-smart-nation-2-0'
 * @example slugify('智慧国 2.0 的三大目标') === '智慧国-2-0-的三大目标'
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Whether a script could name `slug` (made by {@link slugify}) as a global variable: the browser
 * makes every element id a property of `window`, so an id with no hyphen that does not start with a
 * digit (`config`, `ga`, `智慧国`) would shadow a script's `window.config || {}` (issue 19, L4).
 */
export function isScriptName(slug: string): boolean {
  return !slug.includes('-') && !/^\p{N}/u.test(slug);
}

/**
 * The id of a heading with `text` when `taken` holds the ids already on the page: its
 * {@link slugify} slug, with `-section` after a slug that a script could name as a global
 * ({@link isScriptName}): `<h2>Config</h2>` gets `config-section`, never `config`, which would make
 * `window.config` the heading. Pure, so the converter (in Node) and `<article-toc>` (in the
 * browser) give a page the same ids. Only ids that neither the author nor the Markdown path wrote:
 * an id on the heading is kept as it is, and Markdown headings keep kramdown's ids (`kramdownId`).
 *
 * @example headingId('Config', new Set()) === 'config-section'
 * @example headingId('Smart Nation 2.0', new Set()) === 'smart-nation-2-0'
 */
export function headingId(text: string, taken: Set<string>): string {
  const slug = slugify(text);
  return uniqueId(isScriptName(slug) ? `${slug}-section` : slug, taken);
}

/** The heading levels named by `levels` (`"2-3"`, `"2"`, `"1-6"`), or null when it is not a valid range. */
export function parseLevels(levels: string): number[] | null {
  const match = /^([1-6])(?:-([1-6]))?$/.exec(levels.replace(/\s/g, ''));
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? from);
  return from <= to ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : null;
}

/** One heading of the outline and the headings nested below it. */
export interface OutlineEntry<T> {
  item: T;
  children: OutlineEntry<T>[];
}

/**
 * Nests headings (in document order) by level: each heading goes below the nearest earlier heading
 * of a higher rank (a smaller level); a heading with none goes at the top. Skipped levels
 * (h2 → h4) nest one step, so the list never has empty items.
 */
export function nestByLevel<T>(headings: { level: number; item: T }[]): OutlineEntry<T>[] {
  const top: OutlineEntry<T>[] = [];
  // open[level]: the latest heading of each level that can still take children.
  const open: OutlineEntry<T>[] = [];
  for (const { level, item } of headings) {
    const entry = { item, children: [] };
    (open.slice(0, level).findLast(Boolean)?.children ?? top).push(entry);
    open.length = level;
    open[level] = entry;
  }
  return top;
}
