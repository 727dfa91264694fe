import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the stylesheets of the document (or shadow root) that holds `element`, once: the
 * rules an element needs for its light DOM where `::slotted()` cannot reach (an image in a link,
 * a page's paragraph margins). They are the preflight stylesheet's rules for that light DOM.
 */
export function adoptDocumentStyles(element: Element, styles: CSSResult): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
