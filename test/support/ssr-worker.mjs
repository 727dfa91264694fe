// Server-renders markup in a worker thread, with the CLI's renderer (src/cli/ssr.ts), which loads
// Lit SSR and its DOM shim: they stay out of the Web Test Runner process. The sources are bundled by
// esbuild, as the browser's are transformed: hydration needs the very same templates on both sides.
import { mkdirSync, rmSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { build } from 'esbuild';

// Inside the repository, so that the bundle's bare imports (lit, parse5) resolve; one per process.
const outfile = new URL(`../../node_modules/.cache/isomer-blocks-ssr/ssr-${process.pid}.mjs`, import.meta.url);
mkdirSync(new URL('.', outfile), { recursive: true });
await build({
  entryPoints: [new URL('../../src/cli/ssr.ts', import.meta.url).pathname],
  outfile: outfile.pathname,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname,
  logLevel: 'error',
});
const { renderSsr } = await import(outfile);
rmSync(outfile);

// The renderer warns about bad input as it renders; the browser warns again as it hydrates, where
// the tests listen.
console.warn = () => {};

parentPort.on('message', async ({ id, markup }) => {
  try {
    parentPort.postMessage({ id, ...(await renderSsr(markup)) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
