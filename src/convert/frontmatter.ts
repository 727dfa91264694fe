/** An Isomer Markdown file split into its YAML frontmatter (unparsed) and its HTML body. */
export interface SplitSource {
  /** The YAML between the `---` fences, or null when the file has none. */
  frontmatter: string | null;
  body: string;
}

const fence = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `---\nyaml\n---\nbody`; a file without a closed fence is all body. */
export function splitFrontmatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '');
  const match = text.match(fence);
  return match ? { frontmatter: match[1] ?? '', body: text.slice(match[0].length) } : { frontmatter: null, body: text };
}
