// Registers every element: the script-tag build and the package's main entry.
export * from './pull-quote/define.js';
export * from './video-embed/define.js';
export * from './iframe-embed/define.js';
export { version } from './shared/version.js';
