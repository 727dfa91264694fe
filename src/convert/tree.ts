/**
 * The few tree operations the conversion rules need. The rules are written once against this
 * interface and run on two trees: parse5's (for `convert()` on a string, in Node and in the
 * browser) and the live DOM (for `upgrade()` on a page, which moves the author's nodes instead of
 * re-creating them, so listeners and already-run scripts are left alone).
 */
export interface Tree<N> {
  /**
   * Lower-case tag name of an element (`svg:…` / `math:…` for foreign elements, so that no rule
   * mistakes an SVG `<a>` for a link), or null for any other node.
   */
  tagName(node: N): string | null;
  isComment(node: N): boolean;
  /** The text of a text node, or null for any other node. */
  text(node: N): string | null;
  attr(node: N, name: string): string | null;
  /** Every attribute of an element as `[name, value]`, in source order. */
  attributes(node: N): [string, string][];
  setAttr(node: N, name: string, value: string): void;
  /**
   * Gives an element exactly these attributes: in this order on a tree that can reorder them
   * (parse5's); the live DOM leaves alone those whose value stays, so that a moved image does not
   * load (and run its handlers) again.
   */
  setAttributes(node: N, attributes: [string, string][]): void;
  /** A snapshot of the child nodes (safe to iterate while moving them). */
  children(node: N): N[];
  parent(node: N): N | null;
  createElement(tag: string): N;
  createText(value: string): N;
  /** The children of `parent` as they are, not a copy: to read, never to change. */
  siblings(parent: N): readonly N[];
  /** Where `node` is in its parent's `siblings` (-1 without a parent). */
  index(node: N): number;
  /** Moves or inserts `child` before `ref` (at the end when `ref` is null). */
  insertBefore(parent: N, child: N, ref: N | null): void;
  remove(node: N): void;
  /** Puts `replacement` (moved from wherever it is) where `node` is, and takes `node` out. */
  replace(node: N, replacement: N): void;
}

/**
 * Pushes `items` onto `stack` last first, so that they pop in order. A loop, not `push(...items)`:
 * an element with 100,000 children would overflow the stack as the arguments of one call.
 */
export function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
}

/** Tree helpers shared by the rules. */
export class Nodes<N> {
  constructor(readonly tree: Tree<N>) {}

  isElement(node: N, tag?: string): boolean {
    const name = this.tree.tagName(node);
    return name !== null && (tag === undefined || name === tag);
  }

  hasClass(node: N, name: string): boolean {
    return this.classes(node).includes(name);
  }

  classes(node: N): string[] {
    return (this.tree.attr(node, 'class') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean);
  }

  /** Element children only. */
  elements(node: N): N[] {
    return this.tree.children(node).filter((child) => this.isElement(child));
  }

  /** True for a text node of only whitespace (including no-break spaces) and for comments. */
  isBlank(node: N): boolean {
    const text = this.tree.text(node);
    return text !== null ? !/\S/.test(text) : this.tree.isComment(node);
  }

  /** True when every child is blank: an element with nothing to show. */
  isEmpty(node: N): boolean {
    return this.tree.children(node).every((child) => this.isBlank(child));
  }

  /** Every descendant element, in document order. Iterative: input depth sets no stack depth. */
  *descendants(node: N): Generator<N> {
    const pending: N[] = [];
    pushReversed(pending, this.tree.siblings(node));
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (!this.isElement(next)) continue;
      yield next;
      pushReversed(pending, this.tree.siblings(next));
    }
  }

  find(node: N, test: (element: N) => boolean): N | undefined {
    for (const element of this.descendants(node)) if (test(element)) return element;
    return undefined;
  }

  /** The text of `node` and its descendants, leaving out the elements whose tags are in `without`. */
  textContent(node: N, without?: ReadonlySet<string>): string {
    let text = '';
    for (const pending = [node]; pending.length > 0;) {
      const next = pending.pop()!;
      const own = this.tree.text(next);
      if (own !== null) text += own;
      else if (!without?.has(this.tree.tagName(next) ?? '')) pushReversed(pending, this.tree.siblings(next));
    }
    return text;
  }

  /** The next sibling that is not blank text or a comment. */
  nextSignificant(node: N): N | null {
    const parent = this.tree.parent(node);
    if (!parent) return null;
    const siblings = this.tree.siblings(parent);
    for (let i = this.tree.index(node) + 1; i < siblings.length; i++) {
      if (!this.isBlank(siblings[i])) return siblings[i];
    }
    return null;
  }

  /** Creates `<tag>` with attributes (in the given order) and children (moved). */
  create(tag: string, attrs: Record<string, string | undefined> = {}, children: N[] = []): N {
    const element = this.tree.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) this.tree.setAttr(element, name, value);
    for (const child of children) this.tree.insertBefore(element, child, null);
    return element;
  }

  /** Puts `replacement` where `node` was and takes `node` out. */
  replace(node: N, replacement: N): void {
    if (this.tree.parent(node)) this.tree.replace(node, replacement);
  }

  /** Moves every child of `from` to the end of `to`. */
  moveChildren(from: N, to: N): void {
    for (const child of this.tree.children(from)) this.tree.insertBefore(to, child, null);
  }
}

export { normalizeSpace } from '../shared/text.js';
