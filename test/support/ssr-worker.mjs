// Server-renders markup in a worker thread, with the CLI's renderer (src/cli/render-ssr.ts), which loads
// Lit SSR and its DOM shim: they stay out of the Web Test Runner process. The renderer is loaded from
// the sources, bundled by esbuild as the browser's are transformed: hydration needs the very same
// templates on both sides.
import { parentPort } from 'node:worker_threads';
import { loadSource } from '../../scripts/load-source.mjs';

const { renderSsr } = await loadSource('cli/render-ssr.ts');

// The renderer warns about bad input as it renders; the browser warns again as it hydrates, where
// the tests listen.
console.warn = () => {};

parentPort.on('message', async ({ id, markup, lang }) => {
  try {
    parentPort.postMessage({ id, ...(await renderSsr(markup, { lang })) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
