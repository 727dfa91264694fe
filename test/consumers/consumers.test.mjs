// The package as its users get it: `npm pack`'s tarball installed into throw-away apps outside the
// repository, each built as its users would and read in headless Chromium. The element lists come
// from the tarball's custom-elements.json, so every element that lands is covered. Run after
// `npm run build`. It also measures what installing the tarball adds to a browser app's node_modules.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { elementsOf, readManifest } from '../../scripts/manifest.mjs';
import { launchBrowser, startServer } from '../e2e/browser.mjs';
import { jsxChecks, typeChecks, wrapperChecks } from './generated-checks.mjs';

const run = promisify(execFile);
const repository = new URL('../../', import.meta.url).pathname;
const fixtures = new URL('./', import.meta.url).pathname;
const apps = ['vite-one-element', 'react-19', 'react-18-wrappers', 'ssr', 'vue', 'nextjs', 'browser-install'];

let work;
let tarball;
let elements;
let browser;

/** Next.js, quietly: no telemetry, no notice about it. */
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command in `cwd`; on failure the error carries its output. */
const sh = async (command, args, cwd, env = process.env) => {
  try {
    return await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`);
  }
};

/** The built JavaScript of an app, as one string, and its gzip size. */
function bundleOf(app) {
  const assets = join(work, app, 'dist', 'assets');
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

/** How many copies of each Lit package a bundle holds: each registers its version once on globalThis. */
const litCopies = (code) => ({
  'lit-html': code.split('litHtmlVersions').length - 1,
  'lit-element': code.split('litElementVersions').length - 1,
  '@lit/reactive-element': code.split('reactiveElementVersions').length - 1,
});

/** Asserts a bundle holds `tag`, one copy of Lit, and no other element of the manifest. */
function assertOnlyElement(app, tag) {
  const { code, gzip } = bundleOf(app);
  assert.ok(
    code.includes(`"${tag}"`) || code.includes(`'${tag}'`) || code.includes(`\`${tag}\``),
    `${app} bundles <${tag}>`,
  );
  assert.deepEqual(
    litCopies(code),
    { 'lit-html': 1, 'lit-element': 1, '@lit/reactive-element': 1 },
    `${app} holds one copy of Lit`,
  );
  const others = elements.map((element) => element.tagName).filter((other) => other !== tag);
  const present = others.filter((other) => code.includes(other));
  assert.deepEqual(present, [], `${app} holds no other element`);
  console.log(
    `# ${app}: ${code.length} B minified, ${gzip} B gzip; <${tag}> only; absent: ${others.map((o) => `<${o}>`).join(' ') || '(no other elements yet)'}`,
  );
}

/** Opens an app's page and returns what the reader sees of its quotes and status line. */
async function readQuotes(origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Error'), { timeout: 10000 })
    .catch(() => {});
  const seen = await page.evaluate(async () => {
    await customElements.whenDefined('pull-quote');
    const quotes = [...document.querySelectorAll('pull-quote')];
    await Promise.all(quotes.map((quote) => quote.updateComplete));
    return {
      text: document.querySelector('main').innerText,
      quotes: quotes.map((quote) => ({
        semantic: !!quote.shadowRoot?.querySelector('figure blockquote'),
        source: quote.shadowRoot?.querySelector('a[part="source"]')?.href ?? null,
      })),
      status: document.querySelector('#status')?.textContent,
    };
  });
  await page.close();
  assert.deepEqual(errors, []);
  return seen;
}

/** The reader sees both quotes as quotes, the source link of the good one, and the app's error line for the bad one. */
function assertQuotesRead(seen) {
  assert.match(seen.text, /In Smart Nation 1\.0, we focused on building up capabilities/);
  assert.match(seen.text, /PM Lawrence Wong/);
  assert.deepEqual(seen.quotes, [
    { semantic: true, source: 'https://www.smartnation.gov.sg/' },
    { semantic: true, source: null },
  ]);
  assert.equal(seen.status, 'Error: unsafe-url');
}

/** Lit itself: what every app that uses Lit elements installs anyway. */
const litPackages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];

/** The bytes of the files under `path`. */
const folderSize = (path) =>
  readdirSync(path, { recursive: true }).reduce((sum, file) => {
    const stat = lstatSync(join(path, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);

/** The size of each package in an app's node_modules (nested node_modules count in their package). */
function installedPackages(app) {
  const root = join(work, app, 'node_modules');
  const names = readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(root, name)).map((inner) => `${name}/${inner}`) : [name],
    );
  return Object.fromEntries(names.sort().map((name) => [name, folderSize(join(root, name))]));
}

/** A free loopback port. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** The HTML at `url` once a starting server answers it (no JavaScript runs: this is what a crawler reads). */
async function fetchWhenUp(url, server, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Builds a Vite app (tsc, then vite build) and returns its production output folder. */
async function build(app) {
  await sh('npm', ['run', 'build', '--silent'], join(work, app));
  return join(work, app, 'dist');
}

/** Serves `root` (and the `pages` a test writes) while `use(origin)` runs. */
async function serving(root, use, pages = {}) {
  const server = await startServer(pages, { root });
  try {
    return await use(server.origin);
  } finally {
    server.close();
  }
}

describe('consumer apps from the packed tarball', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(repository, 'dist/index.js')), 'run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'isomer-blocks-consumers-'));
    const { stdout } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repository);
    tarball = join(work, JSON.parse(stdout)[0].filename);
    await sh('tar', ['-xzf', tarball, '-C', work], work);
    elements = elementsOf(readManifest(join(work, 'package', 'custom-elements.json')));
    for (const app of apps) cpSync(join(fixtures, app), join(work, app), { recursive: true });
    // Type checks that cover every element of the tarball's manifest, compiled with each app.
    writeFileSync(join(work, 'vite-one-element', 'src', 'every-element.ts'), typeChecks(elements));
    writeFileSync(join(work, 'react-19', 'src', 'every-element.tsx'), jsxChecks(elements));
    writeFileSync(join(work, 'react-18-wrappers', 'src', 'every-wrapper.tsx'), wrapperChecks(elements));
    await Promise.all(
      apps.map((app) =>
        sh(
          'npm',
          ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
          join(work, app),
        ),
      ),
    );
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (work && !process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
  });

  it('a plain HTML page with only the CDN file (with its integrity hash) renders the quote', async () => {
    const integrity = readFileSync(join(work, 'package/dist/cdn/isomer-blocks.js.sri'), 'utf8').trim();
    const body = readFileSync(join(fixtures, 'plain-html/index.html'), 'utf8').replace('%INTEGRITY%', integrity);
    const tags = elements.map((element) => element.tagName);
    const { seen, problems } = await serving(
      join(work, 'package/dist'),
      async (origin) => {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        const seen = await page.evaluate(async (tags) => {
          await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
          const quote = document.querySelector('pull-quote');
          await quote.updateComplete;
          return {
            defined: tags.filter((tag) => customElements.get(tag)),
            text: document.querySelector('main').innerText,
            source: quote.shadowRoot.querySelector('a[part="source"]')?.textContent,
          };
        }, tags);
        await page.close();
        return { seen, problems };
      },
      { '/': { body } },
    );
    assert.deepEqual(seen.defined, tags, 'the CDN file registers every element');
    assert.match(seen.text, /In Smart Nation 1\.0/);
    assert.match(seen.text, /PM Lawrence Wong at the launch of Smart Nation 2\.0/);
    assert.equal(seen.source, 'Source');
    assert.deepEqual(problems, []);
  });

  it('a Vite + TypeScript app that imports one element typechecks, bundles only it with one Lit, and renders', async () => {
    const dist = await build('vite-one-element');
    assertOnlyElement('vite-one-element', 'pull-quote');
    assertQuotesRead(await serving(dist, readQuotes));
  });

  it('a React 19 app using the tags typechecks with the JSX types, sets properties and its event handler fires', async () => {
    const dist = await build('react-19');
    assertQuotesRead(await serving(dist, readQuotes));
  });

  it('a React 18 app using the wrappers typechecks, sets props, its onX handler fires, and bundles one element', async () => {
    const dist = await build('react-18-wrappers');
    assertOnlyElement('react-18-wrappers', 'pull-quote');
    assertQuotesRead(await serving(dist, readQuotes));
  });

  it('a Vue 3 app (isCustomElement from the manifest) sets a property with .prop, its @event handler fires, and bundles one element', async () => {
    const dist = await build('vue');
    assertOnlyElement('vue', 'pull-quote');
    const cites = await serving(dist, async (origin) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      const cites = await page.evaluate(() =>
        [...document.querySelectorAll('pull-quote')].map((quote) => ({
          property: quote.cite,
          attribute: quote.getAttribute('cite'),
        })),
      );
      await page.close();
      return cites;
    });
    // Vue set `cite` as a property, not as an attribute: the element took it (the source link below).
    assert.deepEqual(cites, [
      { property: 'https://www.smartnation.gov.sg/', attribute: null },
      { property: 'javascript:alert(1)', attribute: null },
    ]);
    // The source link, and the status line that Vue's @pull-quote-error handler wrote.
    assertQuotesRead(await serving(dist, readQuotes));
  });

  it('Node imports the package and server-renders every element with @lit-labs/ssr; the page reads without JavaScript', async () => {
    const imported = await sh(
      'node',
      ['--input-type=module', '-e', "console.log((await import('isomer-blocks')).version)"],
      join(work, 'ssr'),
    );
    assert.equal(imported.stdout.trim(), JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')).version);
    const { stdout } = await sh('node', ['render.mjs'], join(work, 'ssr'));
    assert.deepEqual(
      JSON.parse(stdout),
      elements.map((element) => element.tagName),
    );
    const seen = await serving(join(work, 'ssr'), async (origin) => {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(`${origin}/page.html`, { waitUntil: 'load' });
      const sections = await page.evaluate(() =>
        [...document.querySelectorAll('main > section')].map((section) => ({
          tag: section.id,
          shadow: !!section.firstElementChild?.shadowRoot?.childElementCount,
          content: section.textContent.includes(`Content of ${section.id}`),
        })),
      );
      await page.close();
      return sections;
    });
    assert.deepEqual(
      seen,
      elements.map((element) => ({ tag: element.tagName, shadow: true, content: true })),
    );
  });

  it('installing the tarball for the browser adds at most 2 MB besides Lit, and none of the optional peers', () => {
    const installed = installedPackages('browser-install');
    const added = Object.fromEntries(Object.entries(installed).filter(([name]) => !litPackages.includes(name)));
    const total = Object.values(added).reduce((sum, size) => sum + size, 0);
    const lit = Object.entries(installed)
      .filter(([name]) => litPackages.includes(name))
      .reduce((sum, [, size]) => sum + size, 0);
    console.log(
      `# browser install: ${total} B besides Lit (${Object.entries(added)
        .map(([name, size]) => `${name} ${size} B`)
        .join(', ')}); Lit ${lit} B`,
    );
    const peers = ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/react', 'parse5', 'yaml', 'react'];
    assert.deepEqual(
      peers.filter((peer) => peer in installed),
      [],
      'optional peers are not installed',
    );
    assert.ok('lit' in installed && 'isomer-blocks' in installed);
    assert.ok(total <= 2_000_000, `installing isomer-blocks adds ${total} B besides Lit, more than 2 MB`);
  });

  it('a Next.js App Router page server-renders the elements (@lit-labs/nextjs), reads without JavaScript, and hydrates with no warning and no layout shift', async () => {
    const app = join(work, 'nextjs');
    const { stdout: built } = await sh('npm', ['run', 'build', '--silent'], app, nextEnv);
    console.log(
      `# nextjs: ${built
        .split('\n')
        .filter((line) => /^[┌├└].*\/\s|First Load JS shared/.test(line))
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('; ')}`,
    );
    // One copy of Lit in the browser's JavaScript.
    const chunks = join(app, '.next', 'static', 'chunks');
    const client = readdirSync(chunks, { recursive: true })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(chunks, file), 'utf8'))
      .join('\n');
    assert.deepEqual(
      litCopies(client),
      { 'lit-html': 1, 'lit-element': 1, '@lit/reactive-element': 1 },
      'the Next.js client holds one copy of Lit',
    );

    const port = await freePort();
    const server = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
      { cwd: app, env: nextEnv, stdio: 'ignore' },
    );
    try {
      const origin = `http://127.0.0.1:${port}`;
      // The HTML as served: each element with its shadow root as Declarative Shadow DOM, and its light DOM.
      const served = await fetchWhenUp(`${origin}/`, server);
      for (const tag of ['pull-quote', 'goal-card']) {
        assert.match(
          served,
          new RegExp(`<${tag}\\b[^>]*>\\s*<template\\b[^>]*\\bshadowrootmode="open"`),
          `<${tag}> is served with its shadow root`,
        );
      }
      assert.match(served, /In Smart Nation 1\.0, we focused on building up capabilities/);
      assert.match(served, /PM Lawrence Wong/);
      assert.match(served, /<span slot="title">A digital government<\/span>/);
      assert.match(served, /role="heading" aria-level="4"/, 'the card heading is at the level the page asked for');

      // Without JavaScript, Chromium reads the shadow roots.
      const noScript = await browser.newPage();
      await noScript.setJavaScriptEnabled(false);
      await noScript.goto(`${origin}/`, { waitUntil: 'load' });
      const read = await noScript.evaluate(() => ({
        shadows: [...document.querySelectorAll('pull-quote, goal-card')].map(
          (element) => element.shadowRoot?.querySelector('[part="base"], [part="heading"]')?.localName ?? null,
        ),
        text: document.querySelector('main').innerText,
      }));
      await noScript.close();
      assert.deepEqual(read.shadows, ['figure', 'div']);
      assert.match(read.text, /In Smart Nation 1\.0[\s\S]*PM Lawrence Wong[\s\S]*A digital government/);

      // With JavaScript: the boxes before hydration (at DOMContentLoaded, elements not yet defined)
      // and after it, and every layout shift in between.
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.evaluateOnNewDocument(() => {
        window.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          const elements = [...document.querySelectorAll('pull-quote, goal-card')];
          window.beforeHydration = {
            defined: elements.map((element) => customElements.get(element.localName) !== undefined),
            boxes: elements.map((element) => JSON.stringify(element.getBoundingClientRect())),
          };
        });
      });
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      const seen = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('pull-quote, goal-card')];
        await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
        await Promise.all(elements.map((element) => element.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
        return {
          before: window.beforeHydration,
          after: elements.map((element) => JSON.stringify(element.getBoundingClientRect())),
          // Hydrated in place: the server's template markers are still in the shadow roots.
          hydrated: elements.map((element) => element.shadowRoot.innerHTML.includes('<!--lit-part')),
          level: document
            .querySelector('goal-card')
            .shadowRoot.querySelector('[part="heading"]')
            .getAttribute('aria-level'),
          source: document.querySelector('pull-quote').shadowRoot.querySelector('a[part="source"]') !== null,
          layoutShift: window.layoutShift,
        };
      });
      await page.close();
      console.log(
        `# nextjs: boxes before/after hydration ${JSON.stringify(seen.before.boxes) === JSON.stringify(seen.after) ? 'equal' : 'differ'}; layout shift ${seen.layoutShift}; console: ${problems.length}`,
      );
      assert.deepEqual(problems, [], 'no hydration warning or error');
      assert.deepEqual(seen.before.defined, [false, false], 'measured before the elements hydrated');
      assert.deepEqual(seen.after, seen.before.boxes, 'hydration moves no box');
      assert.equal(seen.layoutShift, 0);
      assert.deepEqual(seen.hydrated, [true, true]);
      assert.equal(seen.level, '4');
      assert.equal(seen.source, false, 'the attribution links to the source: no extra link');
    } finally {
      server.kill();
    }
  });
});
