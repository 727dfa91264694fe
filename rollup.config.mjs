import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Every TypeScript module under src/: the npm build keeps one output module per source module. */
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => `src/${file}`);

/** Copies plain stylesheets next to the JavaScript of a build. */
const copyStylesheets = (names) => ({
  name: 'copy-stylesheets',
  async generateBundle() {
    for (const name of names) {
      this.emitFile({ type: 'asset', fileName: name, source: await readFile(`src/${name}`, 'utf8') });
    }
  },
});

const stylesheets = ['preflight.css'];

/** Drops comments and needless whitespace from CSS text; spaces that CSS needs (calc, combinators) stay. */
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s/g, ':')
    .trim();

/**
 * Minifies the css`` literals of style modules (*.styles.ts, shared/tokens.ts): neither terser nor
 * the esbuild of apps touch template text, and it is most of an element's bytes. Runs after
 * TypeScript; style modules hold nothing but CSS, so their source maps lose nothing that matters.
 */
const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/(\.styles|[\\/]tokens)\.ts$/.test(id)) return null;
    return { code: code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), map: null };
  },
});

export default [
  // npm: ES modules, types and source maps; lit stays a bare import so apps keep one copy.
  {
    input: modules,
    external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true }),
      minifyCssLiterals(),
      copyStylesheets(stylesheets),
    ],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // Script tag: one self-contained, minified file with Lit inlined that registers every element.
  {
    input: 'src/index.ts',
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, declarationMap: false }),
      minifyCssLiterals(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
      copyStylesheets(stylesheets),
    ],
    output: { file: 'dist/cdn/isomer-blocks.js', format: 'es', sourcemap: true },
  },
];
