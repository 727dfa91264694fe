import type { BlockTag } from '../blocks.js';

/**
 * What a report entry is about: a block (by its tag), the headings the converter shifted, or the
 * Markdown body it rendered to HTML before the rules ran.
 */
export type BlockKind = BlockTag | 'headings' | 'markdown-body';

/** One legacy block found in the input and what was done with it. */
export interface BlockEntry {
  kind: BlockKind;
  /** `converted` into `element`, or `kept` exactly as it was. */
  action: 'converted' | 'kept';
  /** The element it became (when converted). */
  element?: string;
  message: string;
}

/** Something an author should look at; the conversion still went ahead safely. */
export type WarningCode =
  | 'missing-alt'
  | 'generic-alt'
  | 'alt-repeats-title'
  | 'inferred-title'
  | 'missing-title'
  | 'unknown-host'
  | 'restricted-frame'
  | 'instagram'
  | 'provider-script'
  | 'unexpected-content'
  | 'empty-grid'
  | 'unmatched-toc-item'
  | 'markdown-leftover'
  | 'glued-link'
  | 'unsafe-url'
  | 'unstable-markup'
  | 'too-deep'
  | 'site-setting-in-content'
  | 'passed-through'
  | 'removed-unsafe';

export interface ConversionWarning {
  code: WarningCode;
  message: string;
}

/**
 * Markup that can run script or frame another site: `<script>`, an event handler (`onerror`), a
 * `javascript:`/`data:` address, a frame from an unknown host (or `srcdoc`), a plugin
 * (`<object>`, `<embed>`), `<base>`, a refresh meta, an SVG animation of an address.
 */
export type ScriptCapableKind = 'script' | 'handler' | 'url' | 'frame' | 'plugin' | 'base' | 'refresh' | 'animation';

/** How many of each kind the output holds, as the author wrote them. */
export type PassedThrough = Partial<Record<ScriptCapableKind, number>>;

/** What `convert()` and `upgrade()` found and did, in document order. */
export interface ConversionReport {
  blocks: BlockEntry[];
  warnings: ConversionWarning[];
  /**
   * `convert()` only: the script-capable markup of the article that was passed through as written
   * (present when there is any). The converter is lossless by default; `safe: true` removes it.
   */
  passedThrough?: PassedThrough;
}

/** How many blocks became each element, e.g. `{ 'goal-card': 3, 'pull-quote': 1 }`. */
export function countConverted(report: ConversionReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of report.blocks) {
    if (block.element) counts[block.element] = (counts[block.element] ?? 0) + 1;
  }
  return counts;
}
