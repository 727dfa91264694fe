// `npm run bench`: builds the library, installs the peers of bench/package.json when missing, then
// runs every bench/*.bench.mjs in turn (each prints its own table). Benchmarks are measurements, not
// tests: they print medians and ratios and never fail on a number (budgets are checked by
// scripts/check-size.mjs in `npm test`).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const run = (command, options = {}) => execSync(command, { stdio: 'inherit', ...options });

if (!existsSync('bench/node_modules/.package-lock.json')) {
  console.log('Installing the peers measured by the benchmarks (bench/package.json)…');
  run('npm ci --no-audit --no-fund --silent', { cwd: 'bench' });
}
run('npm run build --silent');

const only = process.argv.slice(2);
for (const file of readdirSync('bench')
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort()) {
  if (only.length && !only.some((name) => file.startsWith(name))) continue;
  console.log(`\n## ${file}\n`);
  run(`node bench/${file}`);
}
