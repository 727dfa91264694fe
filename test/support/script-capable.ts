// What can run script in markup, read from the tree a page builds (not from the string): the
// hostile-content tests compare it before and after conversion.

const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'cite',
  'background',
  'xlink:href',
]);
const scriptElements = new Set(['script', 'base', 'object', 'embed']);

/** The script-capable parts of one element: `<script>`, `img[onerror]`, `a[href=javascript:]`… */
function partsOf(element: Element): string[] {
  const name = element.localName;
  const parts: string[] = [];
  if (scriptElements.has(name)) parts.push(`<${name}>`);
  if (name === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '')) parts.push('<meta refresh>');
  if ((name === 'animate' || name === 'set') && /href/i.test(element.getAttribute('attributeName') ?? ''))
    parts.push(`<${name} href>`);
  for (const { name: attribute, value } of Array.from(element.attributes)) {
    const scheme = /^(javascript|data|vbscript):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1];
    if (/^on/i.test(attribute) || attribute === 'srcdoc') parts.push(`${name}[${attribute}]`);
    // A data: image in an <img> is only pixels: browsers run no script from it there.
    else if (name === 'img' && attribute === 'src' && /^data:image\//i.test(value.trim())) continue;
    else if (scheme && urlAttributes.has(attribute)) parts.push(`${name}[${attribute}=${scheme.toLowerCase()}:]`);
  }
  return parts;
}

/**
 * The script-capable parts of `markup` as parsed in an inert `<template>` (nothing loads or runs), or
 * of a live tree; template contents included. Sorted, to compare as multisets.
 */
export function scriptCapable(markup: string | Node): string[] {
  let root: Node = markup as Node;
  if (typeof markup === 'string') {
    const template = document.createElement('template');
    template.innerHTML = markup;
    root = template.content;
  }
  const parts: string[] = [];
  for (const roots = [root]; roots.length > 0;) {
    // A template parses with scripting off, so a noscript's content is markup there; in a page, where
    // scripts run, it is text. Either way nothing in it runs.
    const walker = document.createTreeWalker(roots.pop()!, NodeFilter.SHOW_ELEMENT, (node) =>
      (node as Element).localName === 'noscript' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      parts.push(...partsOf(node as Element));
      if (node instanceof HTMLTemplateElement) roots.push(node.content);
    }
  }
  return parts.sort();
}

/** What `after` has that `before` does not (as multisets): script-capable markup made live. */
export function madeLive(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((part) => {
    const index = left.indexOf(part);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}
