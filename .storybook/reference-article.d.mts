import type { Plugin } from 'vite';

/** Serves `virtual:reference-article`: the reference article converted at build time. */
export function referenceArticle(): Plugin;
