// Runs the end-to-end tests once per engine (ENGINES, as for the unit suite: all three by default),
// one file at a time: first how that engine's harness makes the checks (engines.mjs), then the
// results; at the end, each engine's counts and time. Exits non-zero if any engine failed.
import { spawn } from 'node:child_process';
import { selectedEngines } from '../support/browsers.mjs';
import { harnessNotes } from './engines.mjs';

const files = process.argv.slice(2);
const results = [];
for (const engine of selectedEngines()) {
  console.log(`\n# e2e in ${engine}`);
  for (const note of harnessNotes(engine)) console.log(`#   ${note}`);
  const start = Date.now();
  const counts = {};
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', ...(files.length ? files : ['test/e2e/'])],
      { env: { ...process.env, E2E_ENGINE: engine }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      for (const [, name, count] of String(chunk).matchAll(/^ℹ (pass|fail|skipped|cancelled) (\d+)$/gm))
        counts[name] = Number(count);
    });
    child.on('exit', resolve);
  });
  results.push({ engine, code, seconds: Math.round((Date.now() - start) / 1000), ...counts });
}

console.log('\n# e2e by engine');
for (const { engine, code, seconds, pass = 0, fail = 0, skipped = 0, cancelled = 0 } of results)
  console.log(
    `# ${engine.padEnd(8)} ${pass} passed, ${fail} failed, ${skipped} skipped, ${cancelled} cancelled in ${seconds} s` +
      (code ? ` (exit ${code})` : ''),
  );
process.exitCode = results.some(({ code }) => code) ? 1 : 0;
