import { ArticleToc } from './article-toc.js';

ArticleToc.define('article-toc');

export { ArticleToc };
