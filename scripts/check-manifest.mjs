// Fails when a file the build generates — custom-elements.json, and what
// scripts/generate-from-manifest.mjs and scripts/cdn-integrity.mjs write from it — differs from
// the committed one (or is new and not committed). Run after `npm run build`.
import { execFileSync } from 'node:child_process';

const generated = ['custom-elements.json', 'src/types/elements.ts', 'src/react', 'vscode.html-custom-data.json', 'web-types.json', 'README.md'];
const changes = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' }).trim();
if (changes) {
  console.error(`${changes}\nThese generated files are out of date: run \`npm run build\` and commit them.`);
  process.exit(1);
}
console.log('ok   custom-elements.json and the files generated from it match the code');
