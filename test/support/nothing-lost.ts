// The converter's invariant, checked the way a browser sees the page: everything an author wrote
// in the input (text, link targets, images with their alt text, embed URLs) is in the output.
import { defaultTreeAdapter as adapter, html as names, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { blocks } from '../../src/blocks.js';
import { parseLinkUrl } from '../../src/shared/url.js';

const body = adapter.createElement('body', names.NS.HTML, []);

/** Elements whose `src` is embedded content: iframes and the blocks that embed (src/blocks.ts). */
const embedTags = new Set([
  'iframe',
  ...Object.entries(blocks).flatMap(([tag, block]) => ('embeds' in block ? [tag] : [])),
]);

export interface Content {
  /** Whitespace-normalized text runs (an iframe's raw text is never shown, so it is left out). */
  texts: string[];
  /**
   * The `href` of every real link, `<a href>` (an `href` on a custom element is no link), that a
   * reader can follow (http(s), relative, `mailto:`, `tel:`): a `javascript:` card link is refused
   * by the converter on purpose, with a warning.
   */
  hrefs: string[];
  /** `src|alt` of every image (`alt` missing = `src|∅`). */
  images: string[];
  /** The src of every iframe and embedding block. */
  embeds: string[];
}

const attr = (node: T.Element, name: string) => node.attrs.find((a) => a.name === name)?.value ?? null;

function walk(node: T.ParentNode, content: Content) {
  for (const child of node.childNodes) {
    if (adapter.isTextNode(child)) {
      const text = child.value.replace(/\s+/g, ' ').trim();
      if (text && !(node as T.Element).tagName?.match(/^iframe$/)) content.texts.push(text);
    } else if (adapter.isElementNode(child)) {
      const href = attr(child, 'href');
      if (href !== null && child.tagName === 'a' && parseLinkUrl(href, 'https://relative.invalid/'))
        content.hrefs.push(href);
      if (child.tagName === 'img') content.images.push(`${attr(child, 'src')}|${attr(child, 'alt') ?? '∅'}`);
      if (embedTags.has(child.tagName) && attr(child, 'src') !== null) content.embeds.push(attr(child, 'src')!);
      walk(child.tagName === 'template' ? adapter.getTemplateContent(child as T.Template) : child, content);
    }
  }
}

/** What an author wrote in `html`, parsed as browsers parse it. */
export function contentOf(html: string): Content {
  const content: Content = { texts: [], hrefs: [], images: [], embeds: [] };
  walk(parseFragment(body, html, {}), content);
  return content;
}

/** Everything in `input` missing from `output` (empty when nothing was lost). */
export function lostContent(input: string, output: string): string[] {
  const before = contentOf(input);
  const after = contentOf(output);
  const runs = new Set(after.texts);
  let allText: string | undefined;
  // Most runs come through whole; only the rest are looked for inside the output's whole text.
  const kept = (text: string) => runs.has(text) || (allText ??= ` ${after.texts.join(' ')} `).includes(text);
  const missing = (kind: string, list: string[], have: string[]) =>
    list.filter((item) => !new Set(have).has(item)).map((item) => `${kind}: ${item}`);
  return [
    ...before.texts.filter((text) => !kept(text)).map((text) => `text: ${text}`),
    ...missing('href', before.hrefs, after.hrefs),
    ...missing('image', before.images, after.images),
    ...missing('embed', before.embeds, after.embeds),
  ];
}
