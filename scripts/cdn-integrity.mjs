// Writes the Subresource Integrity hash of the CDN file to dist/cdn/isomer-blocks.js.sri and keeps
// the README's versioned <script integrity> snippet equal to it and to package.json's version.
// Run by `npm run build` after rollup; scripts/check-package.mjs fails when the README lags.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isMain } from './is-main.mjs';

export const cdnFile = 'dist/cdn/isomer-blocks.js';

/** `sha384-…` of a file, as the `integrity` attribute wants it. */
export const integrityOf = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** The README's script-tag snippet for a version and hash. */
export const cdnSnippet = (version, integrity) =>
  [
    `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/isomer-blocks@${version}/dist/cdn/preflight.css" />`,
    `<script type="module" src="https://cdn.jsdelivr.net/npm/isomer-blocks@${version}/dist/cdn/isomer-blocks.js"`,
    `        integrity="${integrity}" crossorigin="anonymous"></script>`,
  ].join('\n');

/** The README text between the cdn-snippet markers. */
export const snippetPattern = /(<!-- cdn-snippet -->\n```html\n)([\s\S]*?)(\n```\n<!-- \/cdn-snippet -->)/;

if (isMain(import.meta.url)) {
  const integrity = integrityOf(cdnFile);
  writeFileSync(`${cdnFile}.sri`, `${integrity}\n`);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  if (!snippetPattern.test(readme)) throw new Error('README.md lacks the <!-- cdn-snippet --> block.');
  const updated = readme.replace(
    snippetPattern,
    (_, open, __, close) => `${open}${cdnSnippet(version, integrity)}${close}`,
  );
  if (updated !== readme) writeFileSync('README.md', updated);
}
