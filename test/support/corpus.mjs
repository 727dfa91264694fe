// The real Isomer pages the converter is tested on: test/fixtures/corpus (copied byte for byte from
// their agencies' public repositories; SOURCES.tsv names each one's origin), or wherever
// ISOMER_CORPUS points for a larger corpus.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = resolve(
  process.env.ISOMER_CORPUS ?? fileURLToPath(new URL('../fixtures/corpus', import.meta.url)),
);

/** The reference article: a real GovTech TechNews page with every block of the seed set. */
export const seedPath = fileURLToPath(new URL('../fixtures/corpus/seed-smart-nation-2.md', import.meta.url));

/** Every page of the corpus (`.md`), as paths relative to `corpusDir`, sorted. */
export function corpusPages() {
  return readdirSync(corpusDir, { recursive: true })
    .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
    .sort();
}

export const corpusPath = (page) => join(corpusDir, page);
