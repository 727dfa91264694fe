import { defaultTreeAdapter, html as htmlNames, parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyRules } from './apply.js';
import type { ConvertOptions } from './context.js';
import { parse5Tree } from './parse5-tree.js';
import type { ConversionReport } from './report.js';

export interface ConversionResult {
  /** The converted HTML, serialized the way browsers serialize `innerHTML`. */
  html: string;
  report: ConversionReport;
}

/** Content is parsed as the children of `<body>`, as Isomer's CMS writes it. */
const bodyContext = defaultTreeAdapter.createElement('body', htmlNames.NS.HTML, []);

/**
 * Converts legacy Isomer HTML into isomer-blocks markup: card grids, YouTube/Vimeo and
 * allow-listed iframes, attributed blockquotes, the contents list and accordions. Everything else
 * passes through unchanged. Pure and deterministic: parsed with parse5 (the WHATWG algorithm
 * browsers use), so Node and browsers give the same output; converting the output again changes
 * nothing. Never throws on any string.
 */
export function convert(html: string, options: ConvertOptions = {}): ConversionResult {
  const fragment = parseFragment(bodyContext, String(html ?? ''), {});
  const report = applyRules(parse5Tree, fragment, options);
  // A carriage return can only come from a character reference (the parser turns raw ones into line
  // feeds), so it is written back as one: otherwise it would come back as a line feed.
  return { html: withoutPlaintextEnd(fragment, serialize(fragment)).replace(/\r/g, '&#13;'), report };
}

/**
 * `<plaintext>` turns the rest of the input into its text, so it is always last, and the end tags
 * serialized after its text (its own and its ancestors') would come back as text. They are dropped.
 */
function withoutPlaintextEnd(fragment: T.ParentNode, html: string): string {
  let depth = 0;
  for (let node: T.Node | undefined = fragment; node && 'childNodes' in node; node = node.childNodes.at(-1)) {
    if (defaultTreeAdapter.isElementNode(node)) depth++;
    if (defaultTreeAdapter.isElementNode(node) && node.tagName === 'plaintext') return html.replace(new RegExp(`(?:</[^>]+>){${depth}}$`), '');
  }
  return html;
}
