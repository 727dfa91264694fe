import { defaultTreeAdapter as adapter, type DefaultTreeAdapterTypes as T } from 'parse5';
import { parseHttpUrl } from '../shared/url.js';
import { quote } from './context.js';
import { childNodesOf, descendantsOf, parse5Tree } from './parse5-tree.js';
import type { ConversionWarning, PassedThrough, ScriptCapableKind } from './report.js';

/** Attributes that hold an address a browser may navigate to, load or run. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'background']);

/** Elements that run script, change the whole page, or load a plugin. */
const elementKinds: Partial<Record<string, ScriptCapableKind>> = {
  script: 'script',
  base: 'base',
  object: 'plugin',
  embed: 'plugin',
  applet: 'plugin',
  iframe: 'frame',
  frame: 'frame',
};

/** How each kind reads in the report: one, many. */
const kindNames: Record<ScriptCapableKind, [string, string]> = {
  script: ['script', 'scripts'],
  handler: ['event handler', 'event handlers'],
  url: ['javascript: or data: address', 'javascript: or data: addresses'],
  frame: ['frame from an unknown host', 'frames from unknown hosts'],
  plugin: ['plugin (object or embed)', 'plugins (object or embed)'],
  base: ['<base>', '<base> elements'],
  refresh: ['<meta http-equiv="refresh">', 'refresh metas'],
  animation: ['SVG animation of an address', 'SVG animations of an address'],
};

/** `javascript:`, `vbscript:` or `data:` (as a browser reads it, control characters and spaces left out), or null. */
function scriptScheme(value: string): string | null {
  return /^(javascript|vbscript|data):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1].toLowerCase() ?? null;
}

/** A `data:` image is only pixels in an `<img>`: no script runs from it there. */
const isDataImage = (element: T.Element, name: string, value: string) =>
  element.tagName === 'img' && name === 'src' && /^data:image\//i.test(value.trim());

/** What in `element`'s attributes can run script: `[attribute, kind]`. */
function scriptCapableAttributes(element: T.Element): [T.Element['attrs'][number], ScriptCapableKind][] {
  const found: [T.Element['attrs'][number], ScriptCapableKind][] = [];
  for (const attribute of element.attrs) {
    const { name, value } = attribute;
    if (/^on/i.test(name)) found.push([attribute, 'handler']);
    else if (name === 'srcdoc') found.push([attribute, 'frame']);
    else if (urlAttributes.has(name) && scriptScheme(value) && !isDataImage(element, name, value))
      found.push([attribute, 'url']);
  }
  return found;
}

/** What the element itself is, when it can run script or load what the converter does not know. */
function elementKind(element: T.Element): ScriptCapableKind | null {
  const { tagName } = element;
  if (tagName === 'meta')
    return /refresh/i.test(element.attrs.find((attr) => attr.name === 'http-equiv')?.value ?? '') ? 'refresh' : null;
  if (tagName === 'animate' || tagName === 'set') {
    const target = element.attrs.find((attr) => attr.name === 'attributeName')?.value ?? '';
    return /href/i.test(target) ? 'animation' : null;
  }
  return elementKinds[tagName] ?? null;
}

/** Every element under `root` (template contents included), in document order. */
function* elementsUnder(root: T.ParentNode): Generator<T.Element> {
  for (const node of descendantsOf(root)) if (adapter.isElementNode(node)) yield node;
}

/** How many of each kind of script-capable markup `root` holds (what the converter passes through). */
export function countScriptCapable(root: T.ParentNode): PassedThrough {
  const counts: PassedThrough = {};
  const add = (kind: ScriptCapableKind) => (counts[kind] = (counts[kind] ?? 0) + 1);
  for (const element of elementsUnder(root)) {
    const kind = elementKind(element);
    if (kind) add(kind);
    for (const [, attributeKind] of scriptCapableAttributes(element)) add(attributeKind);
  }
  return counts;
}

/** "2 scripts, 1 event handler". */
export function describeCounts(counts: PassedThrough): string {
  return Object.entries(counts)
    .map(([kind, count]) => `${count} ${kindNames[kind as ScriptCapableKind][count === 1 ? 0 : 1]}`)
    .join(', ');
}

/** A frame the converter did not turn into an embed, as the link a reader can follow instead (or its text). */
function frameFallback(frame: T.Element): T.ChildNode {
  const attr = (name: string) => frame.attrs.find((attribute) => attribute.name === name)?.value ?? '';
  const url = parseHttpUrl(attr('src'), null);
  const text = attr('title').trim() || (url?.hostname ?? '');
  const textNode = adapter.createTextNode(text);
  if (!url) return textNode;
  const link = adapter.createElement('a', frame.namespaceURI, [{ name: 'href', value: url.href }]);
  adapter.appendChild(link, textNode);
  return link;
}

/** Puts `replacement` (or, with none, `element`'s children, so that fallback content stays) in `element`'s place. */
function replaceElement(element: T.Element, replacement: T.ChildNode[]): void {
  for (const node of replacement) parse5Tree.insertBefore(element.parentNode!, node, element);
  parse5Tree.remove(element);
}

/** An element named for a report: `<img src="…">`. */
function named(element: T.Element): string {
  const address = element.attrs.find((attr) => attr.name === 'src' || attr.name === 'href')?.value;
  return `<${element.tagName}${address ? ` ${quote(address, 50)}` : ''}>`;
}

/**
 * `safe: true`: takes out of `root` everything that can run script — `<script>`, event handlers,
 * `javascript:`/`vbscript:`/`data:` addresses (a `data:` image in an `<img>` stays), `srcdoc`,
 * `<base>`, refresh metas, plugins (`<object>`/`<embed>`, their fallback content kept), SVG
 * animations of an address — and replaces each frame that is still a raw `<iframe>` (an unknown
 * host) with a link to it. Each removal is one warning.
 */
export function removeScriptCapable(root: T.ParentNode, warnings: ConversionWarning[]): void {
  const removed = (message: string) => warnings.push({ code: 'removed-unsafe', message });
  for (const element of [...elementsUnder(root)]) {
    if (!element.parentNode) continue;
    const name = named(element);
    for (const [attribute, kind] of scriptCapableAttributes(element)) {
      element.attrs = element.attrs.filter((attr) => attr !== attribute);
      const what =
        kind === 'url'
          ? `${scriptScheme(attribute.value)}: address`
          : kind === 'handler'
            ? 'event handler'
            : 'attribute';
      removed(`Removed the ${what} ${attribute.name} of ${name}.`);
    }
    const kind = elementKind(element);
    if (!kind) continue;
    const fallback = kind === 'frame' ? [frameFallback(element)] : kind === 'plugin' ? [...childNodesOf(element)] : [];
    removed(
      kind === 'frame'
        ? `Replaced ${name} with a link to it: safe mode keeps no frame from a host the converter does not know.`
        : `Removed ${name}${kind === 'plugin' ? ', keeping its fallback content' : ''}.`,
    );
    replaceElement(element, fallback);
  }
}
