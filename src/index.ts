// Registers every element: the script-tag build and the package's main entry.
export * from './pull-quote/define.js';
export * from './article-toc/define.js';
export * from './accordion/define.js';
export { version } from './shared/version.js';
