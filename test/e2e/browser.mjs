// Shared set-up for end-to-end tests: a static server over the repository (with per-page response
// headers) and a headless system browser driven by puppeteer-core: Chromium (CDP) by default, Firefox
// ESR (WebDriver BiDi) with E2E_ENGINE=firefox. (WebKitGTK's driver speaks WebDriver classic only,
// which puppeteer does not.)
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const repositoryRoot = new URL('../../', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves a folder (the repository by default) on a loopback port (a free one by default). `pages`
 * maps a path to `{ body, headers }` for pages a test writes itself; every other path is a file
 * below `root`.
 */
export async function startServer(pages = {}, { root = repositoryRoot, port = 0 } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, { 'content-type': types['.html'], ...page.headers });
      response.end(page.body);
      return;
    }
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The engine these end-to-end tests run in (E2E_ENGINE: chromium, the default, or firefox). */
export const engine = process.env.E2E_ENGINE ?? 'chromium';
if (!['chromium', 'firefox'].includes(engine))
  throw new Error(`E2E_ENGINE must be chromium or firefox, not "${engine}"`);

export function launchBrowser() {
  if (engine === 'firefox') return launchFirefox();
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const launchFirefox = (prefs = {}) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: prefs,
  });

/**
 * Firefox 153's BiDi has no emulation.setScriptingEnabled: pages read with JavaScript off open in a
 * second Firefox whose javascript.enabled pref is off, closed with the first.
 */
const withoutJavaScript = new WeakMap();
async function firefoxWithoutJavaScript(browser) {
  if (!withoutJavaScript.has(browser)) {
    const second = launchFirefox({ 'javascript.enabled': false });
    withoutJavaScript.set(browser, second);
    const close = browser.close.bind(browser);
    browser.close = async () => {
      await (await second).close();
      await close();
    };
  }
  return withoutJavaScript.get(browser);
}

/**
 * Opens `url` in a new page (at `viewport`, `{ width, height }`, when given) and records console
 * errors, page errors and every request made.
 */
export async function openPage(browser, url, { javaScript = true, viewport } = {}) {
  const firefoxWithoutScripts = engine === 'firefox' && !javaScript;
  const page = await (firefoxWithoutScripts ? await firefoxWithoutJavaScript(browser) : browser).newPage();
  const problems = [];
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  if (engine === 'chromium') await page.setJavaScriptEnabled(javaScript);
  if (viewport) await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}
