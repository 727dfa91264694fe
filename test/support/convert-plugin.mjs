/**
 * Web Test Runner plugin for the converter's browser tests:
 * - serves the corpus read-only: `/corpus/index.json` lists the pages, `/corpus/<page>` is one;
 * - the `convert-in-node` command `{ html, options }` runs `convert()` in Node on the same input
 *   (bundled from src/ with esbuild on first use), so a test can compare Node and browser output.
 */
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { corpusPages, corpusPath } from './corpus.mjs';

let nodeConvert;

async function loadNodeConvert() {
  const result = await build({
    entryPoints: [new URL('../../src/convert/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const source = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${source}`);
}

export function convertPlugin() {
  return {
    name: 'isomer-blocks-convert',
    async serve(context) {
      if (context.path === '/corpus/index.json') return { body: JSON.stringify(corpusPages()), type: 'json' };
      if (context.path.startsWith('/corpus/')) {
        const page = decodeURIComponent(context.path.slice('/corpus/'.length));
        if (!corpusPages().includes(page)) return undefined;
        return { body: await readFile(corpusPath(page), 'utf8'), type: 'text' };
      }
      return undefined;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'convert-in-node') return undefined;
      nodeConvert ??= await loadNodeConvert();
      return nodeConvert.convert(payload.html, payload.options);
    },
  };
}
