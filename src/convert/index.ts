export { convert, documentParts, isDocument, type ConversionResult, type DocumentParts } from './convert.js';
export { formatOfVariant, kramdownId, type SourceFormat } from './markdown.js';
export type { ConvertOptions } from './context.js';
export { classifyEmbed, type EmbedClass } from './embed-hosts.js';
export { splitFrontmatter, type SplitSource } from './frontmatter.js';
export {
  countConverted,
  type BlockEntry,
  type BlockKind,
  type ConversionReport,
  type ConversionWarning,
  type PassedThrough,
  type ScriptCapableKind,
  type WarningCode,
} from './report.js';
export { headingId as slug } from '../article-toc/outline.js';
