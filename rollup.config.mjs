import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import minifyLiterals from 'rollup-plugin-html-literals';

// Start from an empty dist/, so files of removed modules are never published.
rmSync('dist', { recursive: true, force: true });

/** A block folder's tests, stories and examples: they stay in the repository. */
const notShipped = /\.(test|stories)\.ts$|(^|\/)examples\.ts$/;

/**
 * Every TypeScript module under src/ that ships: the npm build keeps one output module per source
 * module. The script-tag entries (src/script-tag*.ts) only make the CDN files.
 */
const modules = readdirSync('src', { recursive: true })
  .filter(
    (file) =>
      file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('script-tag') && !notShipped.test(file),
  )
  .map((file) => `src/${file}`);

/**
 * Copies plain stylesheets next to the JavaScript of a build: as written for npm, minified (by
 * esbuild, as scripts/size.mjs measures them) for the CDN, where every page load pays for them.
 */
const copyStylesheets = (names, { minify = false } = {}) => ({
  name: 'copy-stylesheets',
  async generateBundle() {
    for (const name of names) {
      const text = await readFile(`src/${name}`, 'utf8');
      const source = minify ? (await transform(text, { loader: 'css', minify: true })).code : text;
      this.emitFile({ type: 'asset', fileName: name, source });
    }
  },
});

const stylesheets = ['preflight.css', 'prose.css'];

/** Collapses the white space of Lit's html`` and css`` templates in our own modules. */
const minifyTemplates = () => minifyLiterals({ include: ['src/**/*.ts'], failOnError: true });

/** Bundles Lit in, minifies, and copies the minified stylesheets: a CDN file's plugins. */
const cdnPlugins = () => [
  // package.json's sideEffects describes dist/ for apps; read here it would mark our entries
  // side-effect free, and the upgrade file would skip the main file that registers the elements.
  nodeResolve({ ignoreSideEffectsForRoot: true }),
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, declarationMap: false }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
  copyStylesheets(stylesheets, { minify: true }),
];

/** Fails the build if rollup splits out a shared chunk: a page must load the main file alone. */
const entryChunksOnly = () => ({
  name: 'entry-chunks-only',
  generateBundle(_, bundle) {
    const extra = Object.values(bundle).filter((output) => output.type === 'chunk' && !output.isEntry);
    if (extra.length > 0) this.error(`Unexpected shared chunks: ${extra.map((chunk) => chunk.fileName).join(', ')}`);
  },
});

export default [
  // npm: ES modules, types and source maps (no declaration maps: they would point into src/, which is
  // not shipped); lit stays a bare import so apps keep one copy, and React (for the wrappers) is the
  // app's own.
  {
    input: modules,
    external: [
      /^lit(\/|$)/,
      /^@lit\//,
      /^@lit-labs\//,
      /^tslib$/,
      /^react$/,
      /^parse5$/,
      /^yaml$/,
      /^markdown-it$/,
      /^node:/,
    ],
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: false }),
      minifyTemplates(),
      copyStylesheets(stylesheets),
    ],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // Script tag: the main file, one self-contained, minified file with Lit inlined that registers
  // every element, and its upgrading companion, which converts legacy Isomer markup on the page
  // (loaded only by pages that ask for it, so the converter stays out of the main file). One build,
  // so the companion imports Lit and the elements from the main file instead of repeating them.
  {
    input: { 'isomer-blocks': 'src/script-tag.ts', 'isomer-blocks-upgrade': 'src/script-tag-upgrade.ts' },
    plugins: [...cdnPlugins(), entryChunksOnly()],
    // The main file may export internals the upgrade file imports, rather than becoming a facade
    // over a shared chunk (a second request on every page).
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  },
  // The hydrating twin for server-rendered pages: its own build, so that Lit's hydration support
  // loads first and the main file never imports a chunk shared with it.
  {
    input: 'src/script-tag-ssr.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/isomer-blocks-ssr.js', format: 'es', sourcemap: true },
  },
];
