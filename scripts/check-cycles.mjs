// Fails when the modules of src/ import each other in a circle, type-only imports and re-exports
// included (a type-level cycle still ties a base to its leaves and their declarations together).
// `npm run lint` runs it. Resolves relative specifiers only: packages cannot import us back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = 'src';
const files = readdirSync(root, { recursive: true })
  .map((file) => join(root, file))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));

/** The .ts file a relative specifier (`./x.js`, `../y/z.js`) of `from` names, if any. */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier);
  return [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((file) => existsSync(file));
}

/** Every module `file` imports or re-exports, with `import type` and `export type` too. */
function dependencies(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found = new Set();
  const visit = (node) => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
        ? node.moduleSpecifier
        : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
          ? node.argument.literal
          : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
            ? node.arguments[0]
            : undefined;
    if (specifier && ts.isStringLiteralLike(specifier)) {
      const target = resolve(file, specifier.text);
      if (target) found.add(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

const graph = new Map(files.map((file) => [file, dependencies(file)]));

// Depth-first search; a module met again while still on the path closes a cycle.
const cycles = [];
const state = new Map(); // file → 'open' | 'done'
const path = [];
function walk(file) {
  state.set(file, 'open');
  path.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) walk(next);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of [...graph.keys()].sort()) if (!state.has(file)) walk(file);

if (cycles.length) {
  for (const cycle of cycles) console.error(`cycle: ${cycle.map((file) => relative(root, file)).join(' → ')}`);
  console.error(`${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} in ${root}/.`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules of ${root}/.`);
