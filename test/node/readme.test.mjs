// The README is true where a test can tell: every shell command in its ```sh blocks runs, in a
// scratch folder that holds what the commands name (article.md, site/, body.html), with this
// checkout's `isomer-blocks` on the PATH as `npx` would find an installed one. Commands that cannot
// run here say why below.
import assert from 'node:assert/strict';
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { corpusPath, seedPath } from '../support/corpus.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Commands that are not run, and why. */
const notRun = {
  'npm install': 'installs this checkout: done before the tests',
  'npm test': 'this suite',
  'npm install isomer-blocks': 'the package is not published until its first release (the README says so)',
  'npm run bench': 'installs the peers it measures and takes minutes: a benchmark, not a test',
};

/** Every command of the README's sh blocks, without comments. */
const commands = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap(([, block]) => block.split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter(Boolean);

describe('README commands', () => {
  let scratch;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'isomer-blocks-readme-'));
    cpSync(seedPath, join(scratch, 'article.md'));
    mkdirSync(join(scratch, 'site'));
    for (const page of ['01-govtech-formsg.md', '09-tradetrust-what-is-tradetrust.md'])
      cpSync(corpusPath(`isomer/${page}`), join(scratch, 'site', page));
    cpSync(join(root, 'test/fixtures/corpus/isomer/02-govtech-singpass.md'), join(scratch, 'body.html'));
    mkdirSync(join(scratch, 'node_modules/.bin'), { recursive: true });
    symlinkSync(root, join(scratch, 'node_modules/isomer-blocks'));
    symlinkSync(join(root, 'bin/isomer-blocks.mjs'), join(scratch, 'node_modules/.bin/isomer-blocks'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('lists every command it does not run, and no stale ones', () => {
    const skipped = commands.filter((command) => command in notRun);
    assert.deepEqual(
      Object.keys(notRun).filter((command) => !skipped.includes(command)),
      [],
    );
  });

  it('npm start serves Storybook with every story of the static build', { timeout: 180_000 }, async () => {
    const port = await freePort();
    const storybook = spawn('npm', ['start', '--', '--ci', '--no-open', '--port', String(port)], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
    });
    try {
      const index = await poll(`http://127.0.0.1:${port}/index.json`, 150_000);
      const ids = Object.keys(index.entries).sort();
      assert.ok(ids.includes('reference-article--reference-article'), 'the reference article');
      const built = join(root, 'storybook-static/index.json');
      if (existsSync(built)) assert.deepEqual(ids, Object.keys(JSON.parse(readFileSync(built, 'utf8')).entries).sort());
      assert.equal((await fetch(`http://127.0.0.1:${port}/iframe.html`)).status, 200);
    } finally {
      process.kill(-storybook.pid, 'SIGTERM');
    }
  });

  for (const command of commands.filter((line) => !(line in notRun) && line !== 'npm start')) {
    it(command, () => {
      // Offline: npx may only use what is installed. A command that fails throws, with its output.
      const run = () =>
        execSync(command, {
          cwd: scratch,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, npm_config_offline: 'true' },
        });
      assert.doesNotThrow(run);
    });
  }

  it('the commands made what they say', () => {
    assert.match(
      readFileSync(join(scratch, 'article.html'), 'utf8'),
      /^<!doctype html>[\s\S]*<article class="isomer-prose">/,
    );
    assert.match(
      readFileSync(join(scratch, 'converted/01-govtech-formsg.md'), 'utf8'),
      /<isomer-card-grid[\s\S]*shadowroot/,
    );
  });
});

/** A free port on the loopback interface. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The JSON at `url` once it answers, polling until `timeout` ms have passed. */
async function poll(url, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
