import { defaultTreeAdapter, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyRules } from './apply.js';
import { capDepth, tooDeep } from './depth.js';
import { quote, type ConvertOptions } from './context.js';
import { gluedNewTabLinks } from './leftovers.js';
import { readsAsMarkdown, renderMarkdown } from './markdown.js';
import { countScriptCapable, describeCounts, removeScriptCapable } from './safe.js';
import { parse5Tree } from './parse5-tree.js';
import { parseBody, parseDocument } from './parser.js';
import { Nodes } from './tree.js';
import { normalizeText, writeAsParsed, writeHtml } from './round-trip.js';
import type { ConversionReport } from './report.js';

export interface ConversionResult {
  /** The converted HTML, serialized the way browsers serialize `innerHTML` (a whole document for a document). */
  html: string;
  report: ConversionReport;
}

/** A doctype or an `<html>` start tag before any content (comments and white space aside): a whole document. */
const documentStart = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype[\s>]|html[\s>\/])/i;

/** True when `html` is a whole document (doctype or `<html>` first), which `convert()` writes back as one. */
export const isDocument = (html: string): boolean => documentStart.test(html);

/**
 * Converts legacy Isomer HTML into isomer-blocks markup: card grids, YouTube/Vimeo and
 * allow-listed iframes, attributed blockquotes, the contents list and accordions. Everything else
 * passes through unchanged. A whole document (doctype or `<html>` first) is parsed as a document,
 * its body converted, and written back as a document (doctype, `<html lang>`, head and body kept).
 * A Markdown body (`format: 'markdown'`, or `'auto'` when it reads as Markdown) is rendered to HTML
 * first. Pure and deterministic: parsed with parse5 (the WHATWG algorithm browsers use), so Node and
 * browsers give the same output; converting the output again changes nothing. Never throws on any
 * string.
 */
export function convert(html: string, options: ConvertOptions = {}): ConversionResult {
  const input = String(html ?? '');
  if (isDocument(input)) {
    const parts = documentParts(input);
    if (!parts) return convertDocument(input, options);
    const body = convert(parts.body, { ...options, format: 'html', lang: options.lang ?? parts.lang });
    return { html: parts.before + body.html + parts.after, report: body.report };
  }
  let fragment = parseBody(input);
  const format = options.format ?? 'html';
  const markdown = format !== 'html' && readsAsMarkdown(fragment);
  if (markdown) fragment = parseBody(renderMarkdown(input));
  const capped = capDepth(fragment);
  const report = applyRules(parse5Tree, fragment, options, markdown);
  if (markdown) {
    report.blocks.unshift({
      kind: 'markdown-body',
      action: 'converted',
      message: 'the Markdown body was rendered to HTML (HTML in it passed through, headings got kramdown ids)',
    });
  }
  return { html: finish(fragment, fragment, capped, report, options, parseBody), report };
}

/**
 * The last steps for a converted tree (`root`, whose article is `body`): the warning about its
 * depth (`capped`); in safe mode, the script-capable markup taken out of the article, else counted
 * as passed through; the warning about new-tab links glued to the next word ("ways</a>to", where
 * the prose hint would sit between the two); then the HTML that `reparse` builds back into the same tree.
 */
function finish(
  root: T.ParentNode,
  body: T.ParentNode | undefined,
  capped: boolean,
  report: ConversionReport,
  options: ConvertOptions,
  reparse: (html: string) => T.Node,
): string {
  if (capped) report.warnings.unshift({ ...tooDeep });
  if (body && options.safe) removeScriptCapable(body, report.warnings);
  // The rules leave empty text where they moved nodes out (parse5-tree.ts): the checks read the tree as written.
  normalizeText(root);
  const passed = body ? countScriptCapable(body) : {};
  if (Object.keys(passed).length > 0) {
    report.passedThrough = passed;
    report.warnings.push({
      code: 'passed-through',
      message: `Passed through as written: ${describeCounts(passed)}. Convert content you do not trust in safe mode (--safe).`,
    });
  }
  const glued = body ? gluedNewTabLinks(new Nodes(parse5Tree), body) : [];
  if (glued.length > 0) {
    const links = `${glued.length} link${glued.length === 1 ? '' : 's'} to a new tab`;
    report.warnings.push({
      code: 'glued-link',
      message: `${links} glued to the next word, e.g. ${quote(glued[0])}: the "(opens in a new tab)" hint then reads between the two; add a space in the source.`,
    });
  }
  return writeAsParsed(root, () => writeHtml(root), reparse, report.warnings);
}

/** A document cut around its body's content: everything outside it is written back byte for byte. */
export interface DocumentParts {
  /** From the start to the end of the `<body>` start tag. */
  before: string;
  /** The body's content, as written. */
  body: string;
  /** From the `</body>` end tag to the end. */
  after: string;
  /** `<html lang>`. */
  lang?: string;
}

/**
 * Cuts a document (doctype or `<html>` first) around its body's content, or null when it has no
 * `<body>` and `</body>` of its own (then `convert()` writes the whole document as parse5 does,
 * which has both: converting that again cuts it).
 */
export function documentParts(html: string): DocumentParts | null {
  if (!isDocument(html)) return null;
  const document = parseDocument(html, { sourceCodeLocationInfo: true });
  const root = document.childNodes.find(
    (node): node is T.Element => defaultTreeAdapter.isElementNode(node) && node.tagName === 'html',
  );
  const body = root?.childNodes.find(
    (node): node is T.Element => defaultTreeAdapter.isElementNode(node) && node.tagName === 'body',
  );
  const start = body?.sourceCodeLocation?.startTag;
  const end = body?.sourceCodeLocation?.endTag;
  if (!start || !end || end.startOffset < start.endOffset) return null;
  return {
    before: html.slice(0, start.endOffset),
    body: html.slice(start.endOffset, end.startOffset),
    after: html.slice(end.startOffset),
    lang: root?.attrs.find((attr) => attr.name === 'lang')?.value,
  };
}

/** A whole document: its body is converted, in the language of `<html lang>` unless `options.lang` says otherwise. */
function convertDocument(input: string, options: ConvertOptions): ConversionResult {
  const document = parseDocument(input);
  const capped = capDepth(document);
  const root = document.childNodes.find(
    (node): node is T.Element => defaultTreeAdapter.isElementNode(node) && node.tagName === 'html',
  );
  const body = root?.childNodes.find(
    (node): node is T.Element => defaultTreeAdapter.isElementNode(node) && node.tagName === 'body',
  );
  const lang = options.lang ?? root?.attrs.find((attr) => attr.name === 'lang')?.value;
  const report = body ? applyRules(parse5Tree, body, { ...options, lang }) : { blocks: [], warnings: [] };
  return { html: finish(document, body, capped, report, options, (written) => parseDocument(written)), report };
}
