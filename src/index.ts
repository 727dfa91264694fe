// Registers every element: the script-tag build and the package's main entry.
export * from './card-grid/define.js';
export * from './goal-card/define.js';
export * from './pull-quote/define.js';
export * from './video-embed/define.js';
export * from './iframe-embed/define.js';
export * from './article-toc/define.js';
export * from './accordion/define.js';
export { version } from './shared/version.js';
export type * from './types/elements.js';
