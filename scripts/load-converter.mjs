// Loads src/convert in Node straight from its TypeScript (bundled once with esbuild), for tools that
// run before or without `npm run build`: Storybook's build-time reference article and the test
// runner's Node-side conversion.
import { build } from 'esbuild';

let converter;

/** `{ convert, splitFrontmatter, … }` from src/convert/index.ts. */
export function loadConverter() {
  converter ??= build({
    entryPoints: [new URL('../src/convert/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  }).then((result) => import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`));
  return converter;
}
