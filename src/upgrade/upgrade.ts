import { applyRules } from '../convert/apply.js';
import type { ConvertOptions } from '../convert/context.js';
import { domTree } from '../convert/dom-tree.js';
import type { ConversionReport } from '../convert/report.js';

export type { ConversionReport, ConvertOptions };

/** The language of the content under `root` (its nearest `lang`), for the converter's own words. */
function pageLang(root: Document | ParentNode): string | undefined {
  const element = root instanceof Document ? root.documentElement : root instanceof Element ? root : null;
  return element?.closest('[lang]')?.getAttribute('lang') || undefined;
}

/** The subtree `upgrade()` works on: a document's body, or the node itself. */
const container = (root: Document | ParentNode): Node | null => (root instanceof Document ? root.body : root);

/**
 * Applies the converter's rules to a live page: legacy Isomer card grids, embeds, attributed
 * quotes, the contents list and accordions under `root` become isomer-blocks elements. The
 * author's own nodes are moved, never re-created: links (a clickable card's own link too), images
 * and what they hold stay the same objects, with their listeners and properties, and an image does
 * not load again, so its `onload`/`onerror` do not run again. Only the legacy wrappers
 * (`div.isomer-card`, the grid's `div`, `blockquote`, the accordion's `div`) give way to the new
 * elements, and their own attributes and listeners go with them. An iframe inside a block (in a
 * card, a quote, an accordion) is moved too, and browsers reload a moved iframe. Blocks already
 * upgraded are left alone, so it is safe to call
 * again. Returns what it found and did, like `convert()`. The converter's own words (fallback
 * links, names it gives embeds) are in the language of `root` unless `options.lang` says otherwise;
 * `headingBase` shifts headings and the levels of cards and contents lists, as `convert()` does.
 */
export function upgrade(root: Document | ParentNode = document, options: ConvertOptions = {}): ConversionReport {
  const node = container(root);
  return node
    ? applyRules(domTree, node, { ...options, lang: options.lang ?? pageLang(root) })
    : { blocks: [], warnings: [] };
}

/**
 * Upgrades `root` now and again whenever content is added under it, until the returned function
 * is called. Each pass that converts something dispatches `isomer-blocks-upgrade` (detail: the
 * report) on `root`'s document.
 */
export function observeUpgrades(root: Document | ParentNode = document, options: ConvertOptions = {}): () => void {
  const doc = root instanceof Document ? root : (root.ownerDocument ?? document);
  const run = () => {
    const report = upgrade(root, options);
    if (report.blocks.length > 0) doc.dispatchEvent(new CustomEvent('isomer-blocks-upgrade', { detail: report }));
  };
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || !records.some((record) => record.addedNodes.length > 0)) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      run();
      // What this pass changed is not new content.
      observer.takeRecords();
    });
  });
  run();
  observer.observe(container(root) ?? doc, { childList: true, subtree: true });
  return () => observer.disconnect();
}
