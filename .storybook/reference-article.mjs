// A Vite plugin of two virtual modules, both converted by the converter when Storybook builds —
// never hand-copied:
// - `virtual:reference-article`: the reference article (test/fixtures/corpus, the real page as published);
// - `virtual:every-block`: one of each block in the four languages (stories/every-block/legacy.mjs).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { loadSource } from '../scripts/load-source.mjs';
import { seedPath as seed } from '../test/support/corpus.mjs';

const legacy = new URL('../stories/every-block/legacy.mjs', import.meta.url);

/** Each virtual module: the files it is made from, and its source. */
const modules = {
  'virtual:reference-article': {
    files: [seed],
    async source() {
      const { convert, splitFrontmatter } = await loadSource('convert/index.ts');
      const { frontmatter, body } = splitFrontmatter(await readFile(seed, 'utf8'));
      // As `isomer-blocks convert --page` does: the title is the h1, the article's sections start at h2.
      const { html, report } = convert(body, { headingBase: 2 });
      const { title, description, date } = parse(frontmatter ?? '') ?? {};
      return `export const title = ${JSON.stringify(String(title ?? ''))};
export const description = ${JSON.stringify(String(description ?? ''))};
export const date = ${JSON.stringify(String(date ?? ''))};
export const html = ${JSON.stringify(html)};
export const report = ${JSON.stringify(report)};`;
    },
  },
  'virtual:every-block': {
    files: [legacy.pathname],
    async source() {
      const { convert } = await loadSource('convert/index.ts');
      // Imported anew each time, so that `npm start` shows an edit of it.
      const { convertedArticles } = await import(`${legacy}?${Date.now()}`);
      const articles = convertedArticles(convert);
      return `export const articles = ${JSON.stringify(articles)};`;
    },
  },
};

export function referenceArticle() {
  return {
    name: 'isomer-blocks-converted-articles',
    resolveId: (source) => (source in modules ? `\0${source}` : undefined),
    async load(resolved) {
      const module = resolved.startsWith('\0') ? modules[resolved.slice(1)] : undefined;
      if (!module) return undefined;
      for (const file of module.files) this.addWatchFile(file);
      return module.source();
    },
  };
}
