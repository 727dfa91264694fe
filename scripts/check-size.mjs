// Fails when a built file or an element grows past its gzip budget. Run after `npm run build`.
import { elementCosts, fileBudgets, fileSize } from './size.mjs';

let failed = false;
const row = (name, size, budget) => {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(32)} ${String(size).padStart(6)} B gzip  (budget ${budget} B)`);
};

for (const { file, budget, minify } of fileBudgets)
  row(`${file}${minify ? ' (minified)' : ''}`, (await fileSize(file, { minify })).gzip, budget);
const { costs } = await elementCosts();
for (const { label, gzip, budget } of costs) row(`${label} over Lit + shared`, gzip, budget);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
