import { defaultTreeAdapter as adapter, html, type DefaultTreeAdapterTypes as T } from 'parse5';
import { pushReversed, type Tree } from './tree.js';

type Node = T.Node;

const foreignPrefix: Partial<Record<string, string>> = { [html.NS.SVG]: 'svg:', [html.NS.MATHML]: 'math:' };

/** A node's children, an HTML `<template>`'s content included: the array itself, not a copy. */
export const childNodesOf = (node: Node): T.ChildNode[] => {
  if ('content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};

/** Every node under `root`, template contents included, in document order. Iterative. */
export function* descendantsOf(root: Node): Generator<Node> {
  const pending: Node[] = [];
  pushReversed(pending, childNodesOf(root));
  while (pending.length > 0) {
    const node = pending.pop()!;
    yield node;
    pushReversed(pending, childNodesOf(node));
  }
}

/** `Tree` over parse5's default tree: what `convert()` uses on strings, in Node and in browsers. */
export const parse5Tree: Tree<Node> = {
  tagName(node) {
    if (!adapter.isElementNode(node)) return null;
    return (foreignPrefix[node.namespaceURI] ?? '') + node.tagName;
  },
  isComment: (node) => adapter.isCommentNode(node),
  text: (node) => (adapter.isTextNode(node) ? node.value : null),
  attr(node, name) {
    if (!adapter.isElementNode(node)) return null;
    return node.attrs.find((attr) => attr.name === name)?.value ?? null;
  },
  attributes: (node) =>
    adapter.isElementNode(node) ? node.attrs.map((attr): [string, string] => [attr.name, attr.value]) : [],
  setAttr(node, name, value) {
    const element = node as T.Element;
    const existing = element.attrs.find((attr) => attr.name === name);
    if (existing) existing.value = value;
    else element.attrs.push({ name, value });
  },
  setAttributes(node, attributes) {
    (node as T.Element).attrs = attributes.map(([name, value]) => ({ name, value }));
  },
  children: (node) => ('childNodes' in node ? [...node.childNodes] : []),
  siblings: (node) => ('childNodes' in node ? node.childNodes : []),
  parent: (node) => ('parentNode' in node ? node.parentNode : null),
  createElement: (tag) => adapter.createElement(tag, html.NS.HTML, []),
  createText: (value) => adapter.createTextNode(value),
  index: (node) => {
    const parent = (node as T.ChildNode).parentNode;
    return parent ? indexIn(parent.childNodes, node as T.ChildNode) : -1;
  },
  insertBefore(parent, child, ref) {
    detach(child as T.ChildNode);
    const children = (parent as T.ParentNode).childNodes;
    const at = ref ? indexIn(children, ref as T.ChildNode) : children.length;
    // The slot a node just left, right before `ref`, takes this one without moving the rest.
    if (at > 0 && isVacated(children[at - 1])) children[at - 1] = child as T.ChildNode;
    else children.splice(at, 0, child as T.ChildNode);
    (child as T.ChildNode).parentNode = parent as T.ParentNode;
  },
  remove: (node) => detach(node as T.ChildNode),
  replace(node, replacement) {
    const old = node as T.ChildNode;
    const parent = old.parentNode!;
    detach(replacement as T.ChildNode);
    parent.childNodes[indexIn(parent.childNodes, old)] = replacement as T.ChildNode;
    (replacement as T.ChildNode).parentNode = parent;
    old.parentNode = null;
  },
};

/**
 * Rules walk the tree in document order, so the node asked for in a list of children is nearly
 * always beside the last one found there: looking there first keeps a page of 100,000 siblings
 * linear. Only a hint, per list.
 */
const lastFound = new WeakMap<T.ChildNode[], number>();

/** Where `child` is in `children`. */
function indexIn(children: T.ChildNode[], child: T.ChildNode): number {
  const last = lastFound.get(children) ?? 0;
  let found = -1;
  for (let step = 0; step < 4 && found === -1; step++) {
    if (children[last + step] === child) found = last + step;
    else if (children[last - step] === child) found = last - step;
  }
  if (found === -1) found = children.indexOf(child);
  lastFound.set(children, found);
  return found;
}

/**
 * The empty text nodes that moved and removed nodes leave behind: taking a node out of a list of
 * 100,000 siblings would move all that follow it. The writer drops them (round-trip.ts), and every
 * rule reads them as the blank text they are.
 */
const vacated = new WeakSet<T.Node>();
const isVacated = (node: T.Node | undefined) => node !== undefined && vacated.has(node);

/** Takes `child` out of its parent, leaving a vacated slot. */
function detach(child: T.ChildNode): void {
  const parent = child.parentNode;
  if (!parent) return;
  const slot = adapter.createTextNode('');
  vacated.add(slot);
  slot.parentNode = parent;
  parent.childNodes[indexIn(parent.childNodes, child)] = slot;
  child.parentNode = null;
}
