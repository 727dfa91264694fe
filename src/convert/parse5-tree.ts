import { defaultTreeAdapter as adapter, html, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Tree } from './tree.js';

type Node = T.Node;

const foreignPrefix: Partial<Record<string, string>> = { [html.NS.SVG]: 'svg:', [html.NS.MATHML]: 'math:' };

/** A node's children, an HTML `<template>`'s content included: the array itself, not a copy. */
export const childNodesOf = (node: Node): T.ChildNode[] => {
  if ('content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};

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
  insertBefore(parent, child, ref) {
    adapter.detachNode(child as T.ChildNode);
    if (ref) adapter.insertBefore(parent as T.ParentNode, child as T.ChildNode, ref as T.ChildNode);
    else adapter.appendChild(parent as T.ParentNode, child as T.ChildNode);
  },
  remove: (node) => adapter.detachNode(node as T.ChildNode),
};
