// The package as its users get it: `npm pack`'s tarball installed into throw-away apps outside the
// repository, each built as its users would and read in headless Chromium. The element lists come
// from the tarball's custom-elements.json, so every element that lands is covered. Run after
// `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const apps = ['vite-one-element', 'react-19', 'react-18-wrappers', 'ssr'];

let work;
let tarball;
let elements;
let browser;

/** Runs a command in `cwd`; on failure the error carries its output. */
const sh = async (command, args, cwd) => {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
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
  assert.ok(code.includes(`"${tag}"`) || code.includes(`'${tag}'`) || code.includes(`\`${tag}\``), `${app} bundles <${tag}>`);
  assert.deepEqual(litCopies(code), { 'lit-html': 1, 'lit-element': 1, '@lit/reactive-element': 1 }, `${app} holds one copy of Lit`);
  const others = elements.map((element) => element.tagName).filter((other) => other !== tag);
  const present = others.filter((other) => code.includes(other));
  assert.deepEqual(present, [], `${app} holds no other element`);
  console.log(`# ${app}: ${code.length} B minified, ${gzip} B gzip; <${tag}> only; absent: ${others.map((o) => `<${o}>`).join(' ') || '(no other elements yet)'}`);
}

/** Opens an app's page and returns what the reader sees of its quotes and status line. */
async function readQuotes(origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Error'), { timeout: 10000 }).catch(() => {});
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
      apps.map((app) => sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], join(work, app))),
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

  it('Node imports the package and server-renders every element with @lit-labs/ssr; the page reads without JavaScript', async () => {
    const imported = await sh('node', ['--input-type=module', '-e', "console.log((await import('isomer-blocks')).version)"], join(work, 'ssr'));
    assert.equal(imported.stdout.trim(), JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')).version);
    const { stdout } = await sh('node', ['render.mjs'], join(work, 'ssr'));
    assert.deepEqual(JSON.parse(stdout), elements.map((element) => element.tagName));
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
});

