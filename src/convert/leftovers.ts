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
