// Loads a module of src/ in Node straight from its TypeScript, bundled once per process with esbuild
// (as the test runner transforms it for the browser), for tools that run before or without
// `npm run build`: Storybook's build-time reference article, and the test runner's Node-side
// conversion and server rendering.
import { mkdirSync, rmSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const loaded = new Map();

/** The exports of `src/<path>`, e.g. `loadSource('convert/index.ts')`. */
export function loadSource(path) {
  if (!loaded.has(path)) loaded.set(path, bundleAndImport(path));
  return loaded.get(path);
}

async function bundleAndImport(path) {
  // Inside the repository, so that the bundle's imports of packages (lit, parse5) resolve.
  const outfile = new URL(
    `../node_modules/.cache/isomer-blocks/${path.replace(/\W/g, '-')}-${process.pid}-${threadId}.mjs`,
    import.meta.url,
  );
  mkdirSync(new URL('.', outfile), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL(`../src/${path}`, import.meta.url))],
    outfile: fileURLToPath(outfile),
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'error',
  });
  try {
    return await import(outfile.href);
  } finally {
    rmSync(outfile);
  }
}
