import markdownItFactory, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';
import { defaultTreeAdapter as adapter, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * What a body is written in: `html` (Tiptap, or a plain HTML file), `markdown` (rendered first, as
 * Isomer rendered `variant: markdown` pages with kramdown), or `auto`: Markdown when it reads as
 * Markdown (text outside any element), else HTML — what Isomer did with a page that has no variant.
 */
export type SourceFormat = 'html' | 'markdown' | 'auto';

/** The format a page's frontmatter `variant` asks for: `markdown`, no variant (`auto`), anything else (`html`). */
export function formatOfVariant(variant: unknown): SourceFormat {
  if (variant === undefined || variant === null || variant === '') return 'auto';
  return String(variant).trim().toLowerCase() === 'markdown' ? 'markdown' : 'html';
}

/**
 * A heading id as Jekyll's kramdown (GFM input, `auto_ids`) made them, so that links into an Isomer
 * page keep working: lower case; every character that is not a letter, mark, digit, `_`, `-` or a
 * space is dropped; spaces become hyphens; a repeated id gets `-1`, `-2`… Unlike `slugify` of
 * <article-toc>, "Smart Nation 2.0" gives `smart-nation-20`, as kramdown did. Nor does `headingId`'s
 * `-section` for ids a script could name as a global apply: `## Config` keeps `config`, the id the
 * published page has always had, which links into it name.
 */
export function kramdownId(text: string, used: Map<string, number>): string {
  const base =
    text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '')
      .replace(/[ \t]/g, '-') || 'section';
  const count = used.get(base) ?? 0;
  used.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}

let renderer: MarkdownIt | undefined;

/** markdown-it as kramdown renders an Isomer page: raw HTML passes through, headings get ids, no typographer. */
function markdownIt(): MarkdownIt {
  if (renderer) return renderer;
  renderer = markdownItFactory({ html: true, linkify: false, typographer: false, breaks: false });
  renderer.core.ruler.push('kramdown_ids', (state: StateCore) => {
    const used = new Map<string, number>();
    state.tokens.forEach((token: Token, index: number) => {
      if (token.type !== 'heading_open' || token.attrGet('id') !== null) return;
      const inline = state.tokens[index + 1];
      const text = (inline?.children ?? [])
        .filter((child: Token) => child.type === 'text' || child.type === 'code_inline')
        .map((child: Token) => child.content)
        .join('');
      token.attrSet('id', kramdownId(text, used));
    });
  });
  return renderer;
}

/** Renders a Markdown body to HTML (CommonMark via markdown-it; HTML in it passes through). */
export function renderMarkdown(markdown: string): string {
  return markdownIt().render(markdown);
}

/** True when a parsed HTML fragment has text outside any element: Markdown, not Tiptap's HTML. */
export function readsAsMarkdown(fragment: T.ParentNode): boolean {
  return fragment.childNodes.some((node) => adapter.isTextNode(node) && /\S/.test(node.value));
}
