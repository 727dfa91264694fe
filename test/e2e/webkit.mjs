// WebKitGTK for the end-to-end tests: MiniBrowser under WebKitWebDriver, which speaks WebDriver
// classic only (no events, no interception). This gives the tests the part of puppeteer's page API
// they use, so they stay engine-neutral, and makes up for the missing events honestly:
// - requests: each MiniBrowser sends every request through its own logging proxy (--proxy), so the
//   log holds every request the engine makes; an https request to another host is a CONNECT, so it
//   is logged as its origin only (`https://host`);
// - console errors and warnings, uncaught errors, unhandled rejections and CSP refusals: the test
//   server's capture script (browser.mjs) records them in the page, and this adapter collects them
//   after every command; the engine's own console messages (failed loads) are not visible;
// - JavaScript off: a second MiniBrowser with --enable-javascript-markup=false runs none of the
//   page's scripts (WebDriver's own scripts still run, to read the page);
// - viewports narrower than MiniBrowser's 447 px window: the page is loaded in an iframe of that
//   size and read inside it.
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { remote } from 'webdriverio';
import { miniBrowserSession, webkitDriver } from '../support/browsers.mjs';

/** MiniBrowser's narrowest window. */
export const minimumWindowWidth = 447;

const framePath = '/__e2e/frame.html';

/** A page that shows `src` in an iframe of `width` × `height` px. */
const framePage = (src, width, height) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>frame</title></head>` +
  `<body style="margin:0"><iframe src="${src.replace(/"/g, '&quot;')}" width="${width}" height="${height}" ` +
  `style="border:0;display:block"></iframe></body></html>`;

/**
 * A forward proxy on a free loopback port that logs each request (to `onRequest`), answers the
 * frame page itself, forwards plain-HTTP requests to loopback servers and refuses everything else (this machine is offline; the
 * request is logged all the same).
 */
async function startProxy(onRequest) {
  const proxy = createServer((request, response) => {
    const url = new URL(request.url);
    if (url.pathname === framePath) {
      const { src, width, height } = Object.fromEntries(url.searchParams);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(framePage(src, width, height));
      return;
    }
    // The browser asks for its window's icon, not the page; the harness for its own files.
    if (url.pathname !== '/favicon.ico' && !url.pathname.startsWith('/__e2e/')) onRequest(url.href);
    if (url.hostname !== '127.0.0.1') {
      response.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(url, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  proxy.on('connect', (request, socket) => {
    onRequest(`https://${request.url.replace(/:443$/, '')}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: proxy.address().port,
    close() {
      proxy.close();
      proxy.closeAllConnections();
    },
  };
}

/**
 * One MiniBrowser session (its own WebKitWebDriver, which holds one session, and its own proxy),
 * with JavaScript on or off. Pages take turns in its one window: opening a page ends the previous.
 */
async function startSession({ javaScript }) {
  let current;
  const proxy = await startProxy((url) => current?.requests.push(url));
  const { port, stop } = await webkitDriver({ fresh: true });
  const args = ['--automation', `--proxy=http://127.0.0.1:${proxy.port}`];
  if (!javaScript) args.push('--enable-javascript-markup=false');
  let driver;
  let chrome;
  try {
    driver = await remote(miniBrowserSession(port, args));
    // The window's frame around the viewport, to size the viewport exactly.
    const rect = await driver.getWindowRect();
    const inner = await driver.execute(() => [innerWidth, innerHeight]);
    chrome = { width: rect.width - inner[0], height: rect.height - inner[1] };
  } catch (error) {
    stop();
    proxy.close();
    throw error;
  }
  return {
    javaScript,
    driver,
    chrome,
    newPage() {
      current?.replaced();
      current = new WebKitPage(this);
      return current;
    },
    async close() {
      await driver.deleteSession().catch(() => {});
      stop();
      proxy.close();
    },
  };
}

/** Stands in for puppeteer's Browser: `newPage()` and `close()`, plus a JavaScript-off twin. */
export async function launchWebKit() {
  const withScripts = await startSession({ javaScript: true });
  let withoutScripts;
  return {
    newPage: async ({ javaScript = true } = {}) => {
      if (javaScript) return withScripts.newPage();
      withoutScripts ??= startSession({ javaScript: false });
      return (await withoutScripts).newPage();
    },
    close: async () => {
      await withScripts.close();
      if (withoutScripts) await (await withoutScripts).close();
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The part of puppeteer's Page the e2e tests use, over WebDriver classic. */
class WebKitPage {
  /** Console problems and requests, as openPage reports them; filled after every command. */
  problems = [];
  requests = [];
  #session;
  #viewport = { width: 800, height: 600 };
  #state = 'open';

  constructor(session) {
    this.#session = session;
  }

  get #driver() {
    if (this.#state !== 'open')
      throw new Error(`this page was ${this.#state}: in WebKit, pages of one session take turns in its one window`);
    return this.#session.driver;
  }

  /** Whether the page is read inside an iframe (a viewport narrower than MiniBrowser's window). */
  get #framed() {
    return this.#viewport.width < minimumWindowWidth;
  }

  replaced() {
    this.#state = 'replaced by a newer page';
  }

  async setViewport({ width, height }) {
    this.#viewport = { width, height };
    const { chrome } = this.#session;
    // A framed page gets a window wide enough for its frame.
    await this.#driver.setWindowRect(
      null,
      null,
      Math.max(width, minimumWindowWidth) + chrome.width,
      height + chrome.height,
    );
  }

  async goto(url) {
    const { width, height } = this.#viewport;
    if (this.#framed) {
      const frame = new URL(framePath, url);
      frame.search = new URLSearchParams({ src: url, width, height });
      await this.#driver.url(frame.href);
      await this.#driver.switchFrame(await this.#driver.$('iframe'));
    } else {
      await this.#driver.url(url);
    }
    if (this.#session.javaScript && !(await this.#driver.execute(() => Array.isArray(window.__e2eProblems))))
      throw new Error(`${url}: the capture script did not run (does the page's CSP allow 'self' scripts?)`);
    await this.#collect();
  }

  /** Moves what the page recorded since the last command into `problems`. */
  async #collect() {
    if (!this.#session.javaScript) return;
    const recorded = await this.#driver.execute(() => window.__e2eProblems?.splice(0) ?? []);
    this.problems.push(...recorded);
  }

  /** Runs `fn(...args)` in the page (WebDriver awaits a returned promise). */
  async evaluate(fn, ...args) {
    const result = await this.#run(`return (${fn}).apply(null, arguments[0]);`, args);
    return result;
  }

  async #run(body, args) {
    try {
      return await this.#driver.execute(body, args);
    } finally {
      if (this.#state === 'open') await this.#collect();
    }
  }

  $eval(selector, fn, ...args) {
    return this.#run(
      `const el = document.querySelector(arguments[0][0]);
       if (!el) throw new Error('no element matches ' + arguments[0][0]);
       return (${fn}).apply(null, [el, ...arguments[0].slice(1)]);`,
      [selector, ...args],
    );
  }

  $$eval(selector, fn, ...args) {
    return this.#run(
      `return (${fn}).apply(null, [[...document.querySelectorAll(arguments[0][0])], ...arguments[0].slice(1)]);`,
      [selector, ...args],
    );
  }

  async waitForFunction(fn, { timeout = 30000 } = {}, ...args) {
    const end = Date.now() + timeout;
    while (!(await this.evaluate(fn, ...args))) {
      if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms: ${fn}`);
      await sleep(100);
    }
  }

  async waitForSelector(selector, { timeout = 30000 } = {}) {
    try {
      await this.waitForFunction((s) => !!document.querySelector(s), { timeout }, selector);
    } catch {
      throw new Error(`waitForSelector timed out after ${timeout} ms: ${selector}`);
    }
  }

  /** Adds a script element with the file's text (as puppeteer does). */
  addScriptTag({ path }) {
    const code = `${readFileSync(path, 'utf8')}\n//# sourceURL=${path}`;
    return this.evaluate((text) => {
      const script = document.createElement('script');
      script.text = text;
      document.head.append(script);
    }, code);
  }

  async click(selector) {
    await (await this.#driver.$(selector)).click();
    await this.#collect();
  }

  /** Collects what the page recorded, then leaves it (the window stays, for the next page). */
  async close() {
    if (this.#state !== 'open') return;
    await this.#collect();
    await this.#driver.switchFrame(null);
    await this.#driver.url('about:blank');
    this.#state = 'closed';
  }
}
