// The real Isomer pages the converter is tested on: ../shared/corpus beside the repository (as
// here and in CI), or wherever ISOMER_CORPUS points. Read at test time, never copied.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const corpusDir = resolve(process.env.ISOMER_CORPUS ?? new URL('../../../shared/corpus', import.meta.url).pathname);

/** Every page of the corpus (`.md`), as paths relative to `corpusDir`, sorted. */
export function corpusPages() {
  return readdirSync(corpusDir, { recursive: true })
    .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
    .sort();
}

export const corpusPath = (page) => join(corpusDir, page);
