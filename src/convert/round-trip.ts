import { childNodesOf, descendantsOf } from './parse5-tree.js';
import { defaultTreeAdapter as adapter, html, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { quote } from './context.js';
import { pushReversed } from './tree.js';
import type { ConversionWarning } from './report.js';

// Mutation XSS: some trees (foreign content in odd places, nested forms) serialize to text that
// parses into a different tree, where text that was inert (inside a `<style>`) becomes markup. The
// converter writes only what parses back to the tree it built: anything else is written as its text.

/** Elements whose first line feed the parser drops, so the serializer must write one more. */
const dropsLeadingNewline = new Set(['pre', 'textarea', 'listing']);

/** Elements around which a tree may change when parsed again: where to cut. */
const isFragile = (node: T.Node) =>
  adapter.isElementNode(node) && (node.namespaceURI !== html.NS.HTML || node.tagName === 'form');

const parentOf = (node: T.Node): T.ParentNode | null => ('parentNode' in node ? node.parentNode : null);

/** Whether two nodes are the same as a parser builds them: name, namespace and attributes, text, or comment. */
function same(a: T.Node, b: T.Node): boolean {
  if (a.nodeName !== b.nodeName) return false;
  if (adapter.isElementNode(a)) {
    const other = b as T.Element;
    return (
      a.namespaceURI === other.namespaceURI &&
      a.attrs.length === other.attrs.length &&
      a.attrs.every(
        ({ name, value, namespace }, i) =>
          name === other.attrs[i].name && value === other.attrs[i].value && namespace === other.attrs[i].namespace,
      )
    );
  }
  if (adapter.isTextNode(a)) return a.value === (b as T.TextNode).value;
  if (adapter.isCommentNode(a)) return a.data === (b as T.CommentNode).data;
  return true;
}

/**
 * The first node of `ours`, in document order, that `theirs` (the same content parsed again) does
 * not have as it is; null when the trees are equal. Iterative: input depth sets no stack depth.
 */
export function firstDifference(ours: T.Node, theirs: T.Node): T.Node | null {
  // Two stacks side by side, not a pair per node: a 10 MB page has millions of nodes.
  const left = [ours];
  const right = [theirs];
  while (left.length > 0) {
    const a = left.pop()!;
    const b = right.pop()!;
    if (!same(a, b)) return a;
    const [ca, cb] = [childNodesOf(a), childNodesOf(b)];
    if (ca.length !== cb.length) {
      const i = ca.findIndex((child, index) => !cb[index] || !same(child, cb[index]));
      return ca[i === -1 ? ca.length - 1 : i] ?? a;
    }
    pushReversed(left, ca);
    pushReversed(right, cb);
  }
  return null;
}

/** Merges adjacent text nodes and drops empty ones, as a parser would build them. */
export function normalizeText(root: T.Node): void {
  for (const parents = [root]; parents.length > 0;) {
    const children = childNodesOf(parents.pop()!);
    // Rebuilt in one pass: a splice per dropped node would make a wide list quadratic.
    let kept = 0;
    for (const child of children) {
      const previous = children[kept - 1];
      if (!adapter.isTextNode(child)) {
        parents.push(child);
        children[kept++] = child;
      } else if (child.value === '') continue;
      else if (kept > 0 && adapter.isTextNode(previous)) previous.value += child.value;
      else children[kept++] = child;
    }
    children.length = kept;
  }
}

/** The text of `node` and its descendants, in document order. */
function textOf(node: T.Node): string {
  let text = adapter.isTextNode(node) ? node.value : '';
  for (const next of descendantsOf(node)) if (adapter.isTextNode(next)) text += next.value;
  return text;
}

/**
 * What to write as text around `node`: its outermost fragile ancestor, else the converted block it
 * is in, else its top-level node.
 */
function unitAround(node: T.Node, root: T.Node): T.Node {
  let top = node;
  let fragile: T.Node | null = null;
  let block: T.Node | null = null;
  for (let current: T.Node | null = node; current && current !== root; current = parentOf(current)) {
    if (isFragile(current)) fragile = current;
    // A custom element is not "special" to the parser, as the element it replaced may have been (a
    // blockquote stops a stray <li> from closing the list item around it): the block alone goes.
    block ??= adapter.isElementNode(current) && current.tagName.includes('-') ? current : null;
    top = current;
  }
  return fragile ?? block ?? top;
}

/** Replaces `node` (or, for the root, all its content) with its text. */
function writeAsText(node: T.Node, root: T.Node): void {
  const text = adapter.createTextNode(textOf(node));
  if (node === root) {
    const children = childNodesOf(root);
    children.splice(0, children.length, text);
    text.parentNode = root as T.ParentNode;
    return;
  }
  const parent = parentOf(node)!;
  const siblings = childNodesOf(parent);
  siblings.splice(siblings.indexOf(node as T.ChildNode), 1, text);
  text.parentNode = parent;
}

/**
 * The tree as HTML. A carriage return can only come from a character reference (the parser turns
 * raw ones into line feeds), so it is written back as one: otherwise it would come back as a line feed.
 */
export const writeHtml = (root: T.ParentNode): string =>
  withoutPlaintextEnd(root, serialize(root)).replace(/\r/g, '&#13;');

/**
 * `<plaintext>` turns the rest of the input into its text, so it is always last, and the end tags
 * serialized after its text (its own and its ancestors') would come back as text. They are dropped.
 */
function withoutPlaintextEnd(fragment: T.ParentNode, html: string): string {
  let depth = 0;
  for (let node: T.Node | undefined = fragment; node && 'childNodes' in node; node = node.childNodes.at(-1)) {
    if (adapter.isElementNode(node)) depth++;
    if (adapter.isElementNode(node) && node.tagName === 'plaintext')
      return html.replace(new RegExp(`(?:</[^>]+>){${depth}}$`), '');
  }
  return html;
}

/** Writes `root` with `write`, one more line feed first in the elements whose first the parser drops. */
export function writeKeepingNewlines(root: T.Node, write: () => string): string {
  const added: T.TextNode[] = [];
  for (const node of descendantsOf(root)) {
    const first = childNodesOf(node)[0];
    if (adapter.isElementNode(node) && dropsLeadingNewline.has(node.tagName) && first && adapter.isTextNode(first)) {
      if (first.value.startsWith('\n')) added.push(first);
    }
  }
  for (const text of added) text.value = `\n${text.value}`;
  try {
    return write();
  } finally {
    for (const text of added) text.value = text.value.slice(1);
  }
}

/**
 * Serializes `root` with `write` so that `parse` (the parser a browser uses, in the same context)
 * builds the same tree again. Where it would not, the smallest fragile subtree around the first
 * difference (an SVG or MathML element, a form, else the block) is written as its text, with a
 * warning: what was inert in the tree stays inert in the page. `root` is normalized already
 * ({@link normalizeText}), as `convert()` leaves it for its checks.
 */
export function writeAsParsed(
  root: T.Node,
  write: () => string,
  parse: (html: string) => T.Node,
  warnings: ConversionWarning[],
): string {
  for (let round = 0; ; round++) {
    const written = writeKeepingNewlines(root, write);
    const different = firstDifference(root, parse(written));
    if (!different) return written;
    // A bound on the rounds, in case a cut does not settle it: then the whole content is text.
    const unit = round < 100 ? unitAround(different, root) : root;
    warnings.push({
      code: 'unstable-markup',
      message: `Markup that a browser would parse into a different tree (a mutation-XSS shape) was written as its text: ${quote(textOf(unit))}.`,
    });
    writeAsText(unit, root);
    normalizeText(root);
  }
}
