// A Vite plugin: `virtual:reference-article` is the reference article (test/fixtures/corpus, the real
// page as published) converted by the converter when Storybook builds — never hand-copied.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { loadSource } from '../scripts/load-source.mjs';
import { seedPath as seed } from '../test/support/corpus.mjs';

const id = 'virtual:reference-article';

export function referenceArticle() {
  return {
    name: 'isomer-blocks-reference-article',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(seed);
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
  };
}
