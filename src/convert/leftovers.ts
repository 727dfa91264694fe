import type { Nodes } from './tree.js';

/** Markdown syntax as it shows in text when nobody rendered it. */
const leftoverPatterns = [
  /\*\*[^*\s][^*]*\*\*/,
  /!\[[^\]]*\]\([^)\s]+\)/,
  /(?<!!)\[[^\]]+\]\((?:https?:|mailto:|\/|#)[^)\s]*\)/,
  /(?:^|\n)[ \t]*#{1,6}[ \t]+\S/,
];
/** Elements whose text is code or not text at all. */
const notProse = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'iframe', 'template']);

/**
 * The text runs under `root` that look like Markdown nobody rendered (`**bold**`, `![](…)`,
 * `[text](url)`, `## …`): what a Tiptap body holds when Markdown was pasted into it. Works on both
 * trees (convert() and upgrade() report them alike).
 */
export function markdownLeftovers<N>(nodes: Nodes<N>, root: N): string[] {
  const { tree } = nodes;
  const found: string[] = [];
  const visit = (parent: N) => {
    for (const node of tree.children(parent)) {
      const text = tree.text(node);
      if (text !== null) {
        for (const pattern of leftoverPatterns) {
          const match = pattern.exec(text);
          if (match) found.push(match[0].trim());
        }
      } else if (nodes.isElement(node) && !notProse.has(tree.tagName(node)!)) {
        visit(node);
      }
    }
  };
  visit(root);
  return found;
}

/** A digit or a Latin or Tamil letter: scripts that put spaces between words (Chinese does not). */
const spacedWordCharacter = /[0-9A-Za-z\u00c0-\u024f\u0b80-\u0bff]/;

/**
 * New-tab links glued to the next word (`optimal ways</a>to improve`): prose.css adds its
 * "(opens in a new tab)" hint after the link, so the sentence then reads "ways (opens in a new
 * tab)to improve". Returns each, as "link text|next word". An authoring hint of the converter's
 * (not of the in-page upgrade, which need not carry it).
 */
export function gluedNewTabLinks<N>(nodes: Nodes<N>, root: N): string[] {
  const { tree } = nodes;
  const found: string[] = [];
  for (const link of nodes.descendants(root)) {
    if (!nodes.isElement(link, 'a') || tree.attr(link, 'target') !== '_blank') continue;
    const after = tree.text(tree.siblings(tree.parent(link)!)[tree.index(link) + 1] ?? link) ?? '';
    const text = nodes.textContent(link);
    if (spacedWordCharacter.test(text.at(-1) ?? '') && spacedWordCharacter.test(after[0] ?? ''))
      found.push(`${text}|${after.split(/\s/)[0]}`);
  }
  return found;
}
