// Shared set-up for end-to-end tests: a static server over the repository (with per-page response
// headers) and a system browser: Chromium (CDP) by default and Firefox ESR (WebDriver BiDi) with
// E2E_ENGINE=firefox, both driven by puppeteer-core; WebKitGTK's MiniBrowser (WebDriver classic,
// which puppeteer does not speak) with E2E_ENGINE=webkit, through the adapter in webkit.mjs.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchWebKit } from './webkit.mjs';

const repositoryRoot = new URL('../../', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The engine these end-to-end tests run in (E2E_ENGINE: chromium, the default, firefox or webkit). */
export const engine = process.env.E2E_ENGINE ?? 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(engine))
  throw new Error(`E2E_ENGINE must be chromium, firefox or webkit, not "${engine}"`);

const capturePath = '/__e2e/capture.js';

/** Whether the harness, not the page, asked for `url` (the capture script, WebKit's frame page). */
export const isHarnessRequest = (url) => /^https?:\/\/127\.0\.0\.1(:\d+)?\/__e2e\//.test(url);

/**
 * The script that runs first in every page: in Chromium and Firefox as puppeteer's preload script;
 * in WebKit, which has no such command, put first in every HTML page's <head> by the test server
 * (same-origin, so `script-src 'self'` allows it; it touches no Trusted Types sink). In every engine
 * it reports the page's CSP refusals
 * (its securitypolicyviolation events) as console errors: Firefox over BiDi does not pass on the
 * engine's own CSP messages. In WebKit, whose WebDriver classic has no console or error events, it
 * also records console errors and warnings, uncaught errors and unhandled rejections in
 * `window.__e2eProblems`, which webkit.mjs collects after every command.
 */
const captureScript = `(() => {
  window.__e2eCapture = true;
  if (${engine === 'webkit'}) {
    const problems = (window.__e2eProblems = []);
    const json = (value) => { try { return JSON.stringify(value); } catch { return String(value); } };
    const text = (value) => (value instanceof Error ? value.message : value && typeof value === 'object' ? json(value) : String(value));
    for (const type of ['error', 'warn']) {
      const original = console[type];
      console[type] = function (...args) {
        problems.push(type + ': ' + args.map(text).join(' '));
        return original.apply(this, args);
      };
    }
    addEventListener('error', (event) => {
      if (event.target === window) problems.push('pageerror: ' + text(event.error ?? event.message));
    });
    addEventListener('unhandledrejection', (event) => problems.push('pageerror: ' + text(event.reason)));
  }
  addEventListener(
    'securitypolicyviolation',
    (event) => console.error('Refused ' + event.blockedURI + ' (' + event.effectiveDirective + '): it violates the Content Security Policy'),
    true,
  );
})();`;

/** Puts the capture script first in an HTML document, in WebKit. */
const withCapture = (html) => {
  if (engine !== 'webkit') return html;
  const tag = `<script src="${capturePath}"></script>`;
  return /<head\b[^>]*>/i.test(html) ? html.replace(/<head\b[^>]*>/i, (head) => head + tag) : tag + html;
};

/**
 * Serves a folder (the repository by default) on a loopback port (a free one by default). `pages`
 * maps a path to `{ body, headers }` for pages a test writes itself; every other path is a file
 * below `root`. In WebKit, every HTML page gets the capture script.
 */
export async function startServer(pages = {}, { root = repositoryRoot, port = 0 } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === capturePath) {
      response.writeHead(200, { 'content-type': types['.js'] }).end(captureScript);
      return;
    }
    const page = pages[path];
    if (page) {
      const headers = { 'content-type': types['.html'], ...page.headers };
      response.writeHead(200, headers);
      response.end(headers['content-type'] === types['.html'] ? withCapture(String(page.body)) : page.body);
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
    if (extname(file) === '.html') response.end(withCapture(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.close();
      server.closeAllConnections();
    },
  };
}

export function launchBrowser() {
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
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
 * Loads `url`. Firefox 153's BiDi navigate sometimes fails with "Address rejected" when a frame of
 * the page cannot reach its (offline) host, although the page itself is loading (puppeteer's
 * page.url() then stays about:blank): then the document's own URL and load state decide.
 */
async function goto(page, url) {
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    const firefoxFrameError = engine === 'firefox' && /Address rejected/.test(error.message);
    if (!firefoxFrameError || (await page.evaluate(() => location.href)) !== url) throw error;
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10000 });
  }
}

/**
 * In Firefox with javascript.enabled off, a script the harness runs in the page cannot await
 * anything (not even a resolved promise: BiDi's script.callFunction never returns), and puppeteer's
 * click awaits one to scroll the element into view. There, a click scrolls and measures the element
 * synchronously and then clicks its centre with the mouse (real input, as puppeteer's click).
 */
function clickWithoutPromises(page) {
  page.click = async (selector) => {
    const { x, y } = await page.$eval(selector, (el) => {
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.click(x, y);
  };
}

/**
 * Opens `url` in a new page (at `viewport`, `{ width, height }`, when given) and records console
 * errors, page errors and every request made.
 */
export async function openPage(browser, url, { javaScript = true, viewport } = {}) {
  if (engine === 'webkit') {
    const page = await browser.newPage({ javaScript });
    // puppeteer's default viewport, as in the other engines.
    await page.setViewport(viewport ?? { width: 800, height: 600 });
    await page.goto(url);
    return { page, problems: page.problems, requests: page.requests };
  }
  const firefoxWithoutScripts = engine === 'firefox' && !javaScript;
  const page = await (firefoxWithoutScripts ? await firefoxWithoutJavaScript(browser) : browser).newPage();
  const problems = [];
  const requests = [];
  page.on('request', (request) => {
    if (!isHarnessRequest(request.url())) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  if (engine === 'chromium') await page.setJavaScriptEnabled(javaScript);
  if (javaScript) await page.evaluateOnNewDocument(captureScript);
  if (viewport) await page.setViewport(viewport);
  await goto(page, url);
  if (firefoxWithoutScripts) clickWithoutPromises(page);
  if (javaScript && !(await page.evaluate(() => window.__e2eCapture)))
    throw new Error(`${url}: the capture script did not run (does the page's CSP allow 'self' scripts?)`);
  return { page, problems, requests };
}
