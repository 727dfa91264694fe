// Fails when a file the build generates — what scripts/generate-from-registry.mjs writes from
// src/blocks.ts, custom-elements.json, and what scripts/generate-from-manifest.mjs, cdn-integrity.mjs
// and csp.mjs write from them — differs from the committed one (or is new and not committed). Run
// after `npm run build`.
import { execFileSync } from 'node:child_process';

const generated = [
  'custom-elements.json',
  'src/types/elements.ts',
  'src/react',
  'vscode.html-custom-data.json',
  'web-types.json',
  'README.md',
  // scripts/generate-from-registry.mjs, from src/blocks.ts
  'src/index.ts',
  'src/convert/rules.ts',
  'src/preflight.css',
  'src/prose.css',
  'src/shared/host-palette.ts',
];
const changes = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' }).trim();
if (changes) {
  console.error(`${changes}\nThese generated files are out of date: run \`npm run build\` and commit them.`);
  process.exit(1);
}
console.log('ok   the registry, custom-elements.json and the files generated from them match the code');
