// Prints what `npm pack` would publish (every file and its size, and the tarball's size) and fails
// when the package ships something users do not need, misses something they do, or its README's
// CDN snippet does not match the built file. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cdnFile, integrityOf, snippetPattern } from './cdn-integrity.mjs';
import { elementsOf, readManifest } from './manifest.mjs';

/**
 * Largest tarball we accept (gzip bytes): seven elements, the converter and CLI, types and maps.
 * Measured 278,788 B once cards kept their links and the contents list its items; 295,397 B with
 * the embeds' player parameters, generated tokens and server rendering in four languages; 317,024 B
 * once the converter wrote only what parses back (mutation XSS), capped depth, and site settings
 * came from <head> (issue 19); 329,306 B with <isomer-table> (issue 13, about 12 KB on the 317 KB:
 * its modules, maps, types, React wrapper and editor data); 342,525 B with safe mode, the linear
 * parser and enumerated attributes read in any case (issue 19); 355,493 B with <isomer-callout> and
 * the file-type hints (issue 13); 378,425 B with <isomer-image> and the map hosts (issue 13);
 * 404,789 B with <social-embed> (issue 13: its element, permalink parser and converter rule, their
 * maps, types, React wrapper and editor data), the fault fixes and the SSR renderer (issue 19).
 * The largest files are the source maps (with their sources, as the package ships no src/) and the
 * manifest and editor data.
 */
const packedBudget = 400 * 1024;

/** What may be published: built code, its types and source maps, styles, and the documents. */
const allowed = [
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
  /^(custom-elements|web-types|vscode\.html-custom-data)\.json$/,
  /^dist\/.+\.(js|d\.ts|js\.map|css)$/,
  /^dist\/cdn\/isomer-blocks\.js\.sri$/,
  /^bin\/isomer-blocks\.mjs$/,
];
/** What must never be: tests, stories, sources and declaration maps into them. */
const forbidden = [/(^|\/)(test|tests|stories|src|coverage|bench)\//, /\.(test|spec|stories)\./, /\.d\.ts\.map$/];

const problems = [];
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((file) => file.path).sort();

for (const file of pack.files.sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`${String(file.size).padStart(8)} B  ${file.path}`);
}
console.log(
  `${pack.files.length} files, ${pack.unpackedSize} B unpacked, tarball ${pack.size} B (${(pack.size / 1024).toFixed(1)} KiB)`,
);

for (const file of files) {
  if (!allowed.some((pattern) => pattern.test(file)) || forbidden.some((pattern) => pattern.test(file))) {
    problems.push(`${file} should not be published`);
  }
}
if (pack.size > packedBudget) problems.push(`the tarball is ${pack.size} B, over its ${packedBudget} B budget`);

// Every export target is published, and every element has its entries.
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (value) =>
  value === null ? [] : typeof value === 'string' ? [value] : Object.values(value).flatMap(targets);
/** A target with `*` as a pattern: every `*` stands for the same folder name. */
const targetPattern = (target) => {
  const [first, ...rest] = target.slice(2).replace(/[.]/g, '\\.').split('*');
  return new RegExp(`^${first}${rest.map((part, i) => (i === 0 ? `([^/]+)${part}` : `\\1${part}`)).join('')}$`);
};
for (const [entry, value] of Object.entries(packageJson.exports)) {
  for (const target of targets(value)) {
    const published = target.includes('*')
      ? files.some((file) => targetPattern(target).test(file))
      : files.includes(target.slice(2));
    if (!published) problems.push(`exports["${entry}"] → ${target} is not in the tarball`);
  }
}
/** The published file a subpath resolves to, as Node resolves `exports` (exact entry, else the longest pattern). */
const resolveSubpath = (subpath) => {
  const exact = packageJson.exports[subpath];
  if (exact === null) return undefined;
  if (exact) return exact.default ?? exact;
  const patterns = Object.keys(packageJson.exports)
    .filter((key) => key.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*') || b.length - a.length);
  for (const key of patterns) {
    const [prefix, suffix] = key.split('*');
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix) || subpath.length < key.length - 1) continue;
    const match = subpath.slice(prefix.length, subpath.length - suffix.length);
    const value = packageJson.exports[key];
    return (value.default ?? value).replaceAll('*', match);
  }
  return undefined;
};
for (const { tagName, modulePath } of elementsOf(readManifest())) {
  const expected = {
    [`./${tagName}`]: `./dist/${tagName}/define.js`,
    [`./${tagName}/class`]: `./${modulePath.replace(/^src/, 'dist').replace(/\.ts$/, '.js')}`,
  };
  for (const [entry, file] of Object.entries(expected)) {
    if (resolveSubpath(entry) !== file || !files.includes(file.slice(2)))
      problems.push(`"isomer-blocks${entry.slice(1)}" does not resolve to ${file} for <${tagName}>`);
  }
  if (!files.includes(`dist/react/${tagName}.js`)) problems.push(`the React wrapper of <${tagName}> is not published`);
}
// The patterns give every element its two entries and nothing more: no other folder of dist/ is a
// subpath through them (`isomer-blocks/convert/class` would be the converter's internals).
const tags = elementsOf(readManifest()).map((element) => element.tagName);
const folders = [...new Set(files.filter((file) => /^dist\/[^/]+\//.test(file)).map((file) => file.split('/')[1]))];
for (const folder of folders.filter((name) => !tags.includes(name))) {
  for (const entry of [`./${folder}`, `./${folder}/class`]) {
    const file = packageJson.exports[entry] === undefined ? resolveSubpath(entry) : undefined;
    if (file && files.includes(file.slice(2)))
      problems.push(`"isomer-blocks${entry.slice(1)}" is a subpath only by the element patterns: ${file}`);
  }
}
if (!files.includes(packageJson['web-types'].slice(2))) problems.push('the web-types file is not published');

// The README's CDN snippet names this version and the built file's hash.
const snippet = readFileSync('README.md', 'utf8').match(snippetPattern)?.[2] ?? '';
const integrity = existsSync(cdnFile) ? integrityOf(cdnFile) : 'missing: run npm run build';
if (!snippet.includes(`isomer-blocks@${packageJson.version}/`))
  problems.push(`the README's CDN snippet does not name version ${packageJson.version}`);
if (!snippet.includes(`integrity="${integrity}"`))
  problems.push(`the README's CDN integrity is not ${integrity}: run npm run build`);
if (!readFileSync('CHANGELOG.md', 'utf8').includes(`## ${packageJson.version}`))
  problems.push(`CHANGELOG.md has no "## ${packageJson.version}" section`);

// `npm publish --dry-run` is clean: no warning about the package (offline, npm also notes that
// nobody is logged in to the registry, which says nothing about the package).
const publish = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
const publishWarnings = `${publish.stdout}\n${publish.stderr}`
  .split('\n')
  .filter((line) => /npm warn/i.test(line) && !/logged in/.test(line));
if (publish.status !== 0) problems.push(`npm publish --dry-run failed: ${publish.stderr}`);
for (const warning of publishWarnings) problems.push(`npm publish --dry-run: ${warning}`);

if (problems.length) {
  for (const problem of problems) console.error(`FAIL ${problem}`);
  process.exit(1);
}
console.log('ok   package contents, exports, CDN integrity, changelog and npm publish --dry-run');
