import { applyRules, applyRulesTo, startRules } from '../convert/apply.js';
import type { Context, ConvertOptions, Heading } from '../convert/context.js';
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
 * report) on `root`'s document. A later pass looks at the added content only, so that its cost
 * follows what was added, not the page: each added subtree is upgraded by itself (a quote's
 * attribution added after its quote does not join it), its cards headed below the heading before
 * it, and `headingBase` does not shift it.
 */
export function observeUpgrades(root: Document | ParentNode = document, options: ConvertOptions = {}): () => void {
  const doc = root instanceof Document ? root : (root.ownerDocument ?? document);
  const dispatch = (report: ConversionReport) => {
    if (report.blocks.length > 0) doc.dispatchEvent(new CustomEvent('isomer-blocks-upgrade', { detail: report }));
  };
  let context: Context<Node> | null = null;
  const added = new Set<Node>();
  const run = () => {
    const scope = container(root);
    if (!scope) return;
    if (!context) {
      context = startRules(domTree, scope, { ...options, lang: options.lang ?? pageLang(root) });
      dispatch(context.report);
    } else {
      const { headings } = context;
      dispatch(applyRulesTo(context, outermost(added, scope), (node) => headingBefore(node, headings, scope)));
    }
  };
  const collect = (records: MutationRecord[]) => {
    for (const record of records) for (const node of record.addedNodes) added.add(node);
  };
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    collect(records);
    if (scheduled || added.size === 0) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      // Content added since, by other code, belongs to this pass; what the pass changes does not.
      collect(observer.takeRecords());
      run();
      added.clear();
      observer.takeRecords();
    });
  });
  run();
  observer.observe(container(root) ?? doc, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** The added nodes still under `scope` that no other of them holds, in the order they came. */
function outermost(added: Set<Node>, scope: Node): Node[] {
  return [...added].filter((node) => {
    if (node === scope || !scope.contains(node)) return false;
    for (let parent = node.parentNode; parent && parent !== scope; parent = parent.parentNode)
      if (added.has(parent)) return false;
    return true;
  });
}

/** The last of `headings` still under `scope` that comes before `node` (or holds it). */
function headingBefore(node: Node, headings: Heading<Node>[], scope: Node): Heading<Node> | null {
  let last: Heading<Node> | null = null;
  for (const heading of headings) {
    const element = heading.node;
    if (!scope.contains(element) || !(element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING))
      continue;
    if (!last || last.node.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) last = heading;
  }
  return last;
}
