import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { transform } from 'lightningcss';
import { loadSource } from '../../scripts/load-source.mjs';
import { corpusPages as corpusFiles, corpusPath } from './corpus.mjs';

/**
 * Web Test Runner commands that the stock commands lack, for each engine's driver: Chromium and
 * Firefox through puppeteer (CDP and WebDriver BiDi), WebKit through WebDriver classic. What an
 * engine cannot do is listed, with the reason, in test/support/engines.ts; the browser side checks
 * that list first, and the commands here fail loudly for anything else.
 * - `emulate-media-features` `{ media?, features }`: CSS media features (forced-colors,
 *   prefers-color-scheme, prefers-reduced-motion) and print media; `{ features: [] }` resets.
 *   Chromium only (DevTools protocol): Firefox 153's BiDi lacks even forced colours.
 * - `resize-viewport` `{ width, height }`: the page's viewport. Puppeteer's setViewport; in WebKit the
 *   window is resized until the viewport has that size (no narrower than MiniBrowser allows).
 * - `accessibility-tree` `{ selector }`: Chromium's full accessibility tree under the first element
 *   that matches, as indented text (`role "name"`), with generic containers and empty text folded
 *   away; what a screen reader is given.
 * - `start-request-log` `{ fulfill? }`: from now on, every request the page makes to a host other
 *   than the test server is recorded and aborted, or answered with `fulfill` (`{ contentType,
 *   base64, status? }`, e.g. an image, 200 unless `status` says otherwise), or never answered
 *   (`fulfill: 'never'`, a host that hangs; aborted when the log stops). `stop-request-log` ends
 *   that and returns the recorded URLs. Chromium and Firefox (puppeteer's interception, CDP or BiDi).
 * - `silent-host`: the port of a local TCP server that accepts every connection and never answers,
 *   in every engine (a request to `http://localhost:PORT/…` stays pending; closed with the server).
 * - `snapshot` `{ name, entries }`: the committed snapshot test/snapshots/<name>.json (an object of
 *   strings), or null when there is none; with UPDATE_SNAPSHOTS=1, writes `entries` there first.
 * - `corpus-pages`: the body (frontmatter stripped) of every real Isomer page in
 *   the corpus's isomer/ folder (test/support/corpus.mjs), as `[{ page, body }]`.
 * - `lightningcss` `{ css }`: the stylesheet as a bundler with older CSS targets (Vite, Parcel,
 *   Next.js) passes it on: through Lightning CSS for Safari 15 and Chrome 100, which lowers what
 *   those lack (light-dark() into variables only a processed `color-scheme` defines).
 */
export function commandsPlugin() {
  const sessions = new WeakMap();
  const requestLogs = new WeakMap();
  const silent = silentHost();
  const cdp = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'isomer-blocks-commands',
    serverStop() {
      silent.close();
    },
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
      const firefox = page?.browser().protocol === 'webDriverBiDi';
      const unavailable = () =>
        new Error(
          `${command} ${JSON.stringify(payload ?? {})} is not available in ${browser.name} (see test/support/engines.ts)`,
        );
      if (command === 'emulate-media-features') {
        if (page && !firefox) {
          await (
            await cdp(page)
          ).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features });
          return true;
        }
        throw unavailable();
      }
      if (command === 'resize-viewport') {
        const { width, height } = payload;
        if (page) {
          await page.setViewport({ width, height });
          return true;
        }
        if (browser.type === 'webdriver') return resizeViewport(browser.driver, width, height);
        throw unavailable();
      }
      if (command === 'start-request-log') {
        if (!page) throw unavailable();
        const log = { urls: [], fulfill: payload?.fulfill, held: [], active: true };
        log.handler = (request) => {
          if (!log.active || request.isInterceptResolutionHandled()) return;
          const { hostname, protocol } = new URL(request.url());
          const local =
            protocol === 'data:' || protocol === 'blob:' || hostname === 'localhost' || hostname === '127.0.0.1';
          // Firefox goes on reporting requests of frames that an earlier test removed: not this test's.
          if (!local && !request.frame()?.detached) log.urls.push(request.url());
          if (!local && log.fulfill === 'never') return void log.held.push(request);
          const resolution = local
            ? request.continue()
            : log.fulfill
              ? request.respond({
                  status: log.fulfill.status ?? 200,
                  contentType: log.fulfill.contentType,
                  body: Buffer.from(log.fulfill.base64, 'base64'),
                })
              : request.abort('blockedbyclient');
          // A request can end (its frame removed) while it is being answered; that is no failure of the test.
          return Promise.resolve(resolution).catch(() => {});
        };
        requestLogs.set(page, log);
        await page.setRequestInterception(true);
        page.on('request', log.handler);
        return true;
      }
      if (command === 'stop-request-log') {
        const log = page && requestLogs.get(page);
        if (!log) throw new Error('stop-request-log without start-request-log');
        requestLogs.delete(page);
        log.active = false;
        page.off('request', log.handler);
        await Promise.all(log.held.map((request) => Promise.resolve(request.abort('blockedbyclient')).catch(() => {})));
        await page.setRequestInterception(false);
        return log.urls;
      }
      if (command === 'accessibility-tree') {
        if (!page || firefox) throw unavailable();
        const root = await page.$(payload.selector);
        const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
        return tree ? formatTree(tree).join('\n') : '';
      }
      if (command === 'silent-host') return silent.port;
      if (command === 'snapshot') return snapshot(payload.name, payload.entries);
      if (command === 'corpus-pages') return corpusPages();
      if (command === 'lightningcss') return lowered(payload.css);
      return undefined;
    },
  };
}

/**
 * A TCP server on a free port that takes every connection and never writes a byte: a host that
 * never answers. `port` resolves once it listens; `close()` ends it and its connections.
 */
function silentHost() {
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  const port = new Promise((resolve) => server.listen(0, () => resolve(server.address().port)));
  server.unref();
  return {
    port,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** The committed snapshot `name` (written from `entries` first with UPDATE_SNAPSHOTS=1), or null. */
function snapshot(name, entries) {
  if (!/^[\w-]+$/.test(name)) throw new Error(`snapshot: not a snapshot name: ${name}`);
  const file = new URL(`../snapshots/${name}.json`, import.meta.url);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
  }
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Resizes a WebDriver window until its viewport (innerWidth × innerHeight) is `width` × `height`. */
async function resizeViewport(driver, width, height) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const [inner, outer] = await Promise.all([
      driver.execute('return [innerWidth, innerHeight]'),
      driver.getWindowRect(),
    ]);
    if (inner[0] === width && inner[1] === height) return true;
    await driver.setWindowRect(null, null, outer.width + width - inner[0], outer.height + height - inner[1]);
  }
  const inner = await driver.execute('return [innerWidth, innerHeight]');
  if (inner[0] !== width || inner[1] !== height)
    throw new Error(`resize-viewport: asked for ${width}×${height}, the window gives ${inner[0]}×${inner[1]}`);
  return true;
}

/** Safari 15 and Chrome 100, as Lightning CSS writes versions (major << 16). */
const oldTargets = { safari: 15 << 16, chrome: 100 << 16 };

/** `css` through Lightning CSS for `oldTargets`, unminified. */
function lowered(css) {
  return transform({
    filename: 'input.css',
    code: Buffer.from(css),
    targets: oldTargets,
    errorRecovery: true,
  }).code.toString();
}

/** The agencies' pages (the corpus's isomer/ folder), frontmatter stripped as the CLI strips it. */
async function corpusPages() {
  const { splitFrontmatter } = await loadSource('convert/index.ts');
  const pages = corpusFiles().filter((file) => file.startsWith('isomer/'));
  return Promise.all(
    pages.map(async (file) => ({
      page: file.slice('isomer/'.length),
      body: splitFrontmatter(await readFile(corpusPath(file), 'utf8')).body,
    })),
  );
}

const folded = new Set(['generic', 'none', 'LineBreak', 'InlineTextBox']);

function formatTree(node, depth = 0) {
  const children = (node.children ?? []).flatMap((child) => formatTree(child, depth + (folded.has(node.role) ? 0 : 1)));
  if (folded.has(node.role) || (node.role === 'StaticText' && !node.name?.trim())) return children;
  const states = ['level', 'expanded', 'checked', 'pressed', 'disabled', 'current']
    .filter((key) => node[key] !== undefined && node[key] !== false)
    .map((key) => (node[key] === true ? key : `${key}=${node[key]}`));
  const line = `${'  '.repeat(depth)}${node.role}${node.name ? ` ${JSON.stringify(node.name)}` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`;
  return [line, ...children];
}
