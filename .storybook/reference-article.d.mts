import type { Plugin } from 'vite';

/** Serves `virtual:reference-article` and `virtual:every-block`: articles converted at build time. */
export function referenceArticle(): Plugin;
