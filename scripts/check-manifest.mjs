// Fails when custom-elements.json, as the build regenerated it, differs from the committed one.
import { execFileSync } from 'node:child_process';

try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'custom-elements.json'], { stdio: 'inherit' });
  console.log('ok   custom-elements.json matches the code');
} catch {
  console.error('custom-elements.json is out of date: run `npm run build` and commit it.');
  process.exit(1);
}
