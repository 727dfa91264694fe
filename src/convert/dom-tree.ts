import type { Tree } from './tree.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const foreignPrefix: Partial<Record<string, string>> = {
  'http://www.w3.org/2000/svg': 'svg:',
  'http://www.w3.org/1998/Math/MathML': 'math:',
};

/**
 * An image of a live page that has loaded (or failed). Firefox loads it again when its `loading`
 * changes, running its handlers again, and lazy loading is moot for it.
 */
const loaded = (element: Element) =>
  element instanceof HTMLImageElement && element.complete && !!element.ownerDocument.defaultView;

/** `Tree` over the live DOM: what `upgrade()` uses. It moves the page's own nodes. */
export const domTree: Tree<Node> = {
  tagName(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const element = node as Element;
    if (element.namespaceURI === HTML_NS) return element.localName;
    return (foreignPrefix[element.namespaceURI ?? ''] ?? '?:') + element.localName;
  },
  isComment: (node) => node.nodeType === Node.COMMENT_NODE,
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  attr: (node, name) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).getAttribute(name) : null),
  attributes: (node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? Array.from((node as Element).attributes, (attr): [string, string] => [attr.name, attr.value])
      : [],
  setAttr: (node, name, value) => (node as Element).setAttribute(name, value),
  setAttributes(node, attributes) {
    const element = node as Element;
    const names = new Set(attributes.map(([name]) => name));
    for (const name of element.getAttributeNames()) if (!names.has(name)) element.removeAttribute(name);
    for (const [name, value] of attributes)
      if (element.getAttribute(name) !== value && !(name === 'loading' && loaded(element)))
        element.setAttribute(name, value);
  },
  children: (node) => Array.from(node.childNodes),
  siblings: (node) => Array.from(node.childNodes),
  parent: (node) => node.parentNode,
  createElement: (tag) => document.createElement(tag),
  createText: (value) => document.createTextNode(value),
  index: (node) => (node.parentNode ? Array.prototype.indexOf.call(node.parentNode.childNodes, node) : -1),
  insertBefore: (parent, child, ref) => parent.insertBefore(child, ref),
  remove: (node) => node.parentNode?.removeChild(node),
  replace(node, replacement) {
    node.parentNode!.insertBefore(replacement, node);
    node.parentNode!.removeChild(node);
  },
};
