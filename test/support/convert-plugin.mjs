/**
 * Web Test Runner plugin for the converter's browser tests:
 * - serves the corpus read-only: `/corpus/index.json` lists the pages, `/corpus/<page>` is one;
 * - the `convert-in-node` command `{ html, options }` runs `convert()` in Node on the same input
 *   (from src/, see scripts/load-source.mjs), so a test can compare Node and browser output;
 * - the `convert-cli` command `{ html, options }` runs the built CLI (`isomer-blocks convert -`, with
 *   `options` such as `--ssr` or `--page`) on it as standard input and returns what it printed.
 */
import { readFile } from 'node:fs/promises';
import { loadSource } from '../../scripts/load-source.mjs';
import { corpusPages, corpusPath } from './corpus.mjs';

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
      if (command === 'convert-cli') return convertWithCli(payload.html, payload.options);
      if (command !== 'convert-in-node') return undefined;
      const { convert } = await loadSource('convert/index.ts');
      return convert(payload.html, payload.options);
    },
  };
}

async function convertWithCli(html, options = []) {
  const { main } = await import('../../dist/cli/main.js');
  let stdout = '';
  const status = await main(['convert', '-', ...options], {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: () => {} },
    readStdin: async () => html,
  });
  return { status, stdout };
}
