// Zero layout shift over the corpus (issue 16 item 6): every page converted with --page, and with
// --page --ssr, takes the same room with JavaScript as without it, at 320 and 1280 px. Without
// JavaScript a page shows what the preflight stylesheet (or the server's shadow roots) lay out; with
// it, the elements upgrade (or hydrate) over that. The page's height and every block's box must not
// change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { blockTags } from '../../dist/blocks.js';
import { main } from '../../dist/cli/main.js';
import { corpusPages, corpusPath } from '../support/corpus.mjs';
import { launchBrowser, openPage, startServer } from './browser.mjs';

/** Runs the CLI on one corpus page and returns the page it wrote. */
async function convertPage(page, ...options) {
  let stdout = '';
  const status = await main(['convert', corpusPath(page), '--page', '--assets', '/dist/cdn/', ...options], {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: () => {} },
    readStdin: async () => '',
  });
  assert.equal(status, 0, page);
  return stdout;
}

/**
 * Scrolls each lazy image into view, as a reader would, until every rendered image has loaded (or 5 s
 * have passed), then back to the top, where the layout is read. Engines differ without scripts: some
 * load lazy images at once, WebKit as they near the viewport. (Only synchronous scripts: in Firefox
 * without JavaScript the harness cannot await in the page.)
 */
async function loadImages(page) {
  for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
    const pending = await page.evaluate(() => {
      const images = [...document.images].filter((img) => !img.complete && img.checkVisibility());
      images[0]?.scrollIntoView();
      return images.length;
    });
    if (!pending) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * The page's height and each block's box (tag, x, y, width, height, to 0.1 px), once every block
 * is defined and rendered when scripts run, and at once when they do not.
 */
const layout = (tags, scripts) => {
  // A block in a closed accordion is not rendered: it has no box a reader could see move.
  const blocks = [...document.body.querySelectorAll(tags.join())].filter((el) => el.checkVisibility());
  const round = (n) => Math.round(n * 10) / 10;
  const read = () => ({
    viewport: innerWidth,
    height: document.documentElement.scrollHeight,
    boxes: blocks.map((el) => {
      const box = el.getBoundingClientRect();
      return `${el.localName} ${round(box.x)},${round(box.y + scrollY)} ${round(box.width)}×${round(box.height)}`;
    }),
  });
  // With scripts off, a page runs no animation frames (and in Firefox the harness's own script
  // cannot await anything): its layout is read as it is once loaded.
  if (!scripts) return read();
  return (async () => {
    await document.fonts.ready;
    for (const el of blocks) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return read();
  })();
};

/**
 * The corpus pages' own images are not here: each stands in as a 16:9 PNG, so that every engine lays
 * out a loaded image. (A missing image lays out as the engine's broken-image placeholder, which in
 * WebKit is sometimes the image's full width square and sometimes 0 px tall, from one load to the next.)
 */
const standIn = {
  body: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAEklEQVR42mM4QyJgGNUwKDQAAJYxWFBVIPB6AAAAAElFTkSuQmCC',
    'base64',
  ),
  headers: { 'content-type': 'image/png' },
};
const imagePaths = (html) =>
  [...html.matchAll(/<img\b[^>]*?\ssrc="(\/[^"]+)"/g)].map(([, src]) => decodeURIComponent(src.replace(/&amp;/g, '&')));

const widths = [320, 1280];
const forms = [
  ['--page', []],
  ['--page --ssr', ['--ssr']],
  // The corpus's bare blockquotes as <isomer-callout> (issue 13).
  ['--page --blockquotes callout', ['--blockquotes', 'callout']],
];

describe('zero layout shift over the corpus (issue 16 item 6)', () => {
  let server;
  let browser;
  const pages = {};
  before(async () => {
    for (const page of corpusPages())
      for (const [form, options] of forms)
        pages[`/${page.replace(/\W/g, '-')}${options.join('')}.html`] = {
          page,
          form,
          body: await convertPage(page, ...options),
        };
    const images = Object.fromEntries(
      Object.values(pages).flatMap(({ body }) => imagePaths(body).map((path) => [path, standIn])),
    );
    server = await startServer({ ...images, ...pages });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const width of widths)
    it(`every page, --page, --page --ssr and --page --blockquotes callout, takes the same room with and without JavaScript at ${width} px`, async (t) => {
      const shifted = [];
      let blocks = 0;
      for (const [path, { page, form }] of Object.entries(pages)) {
        const measure = async (javaScript) => {
          const opened = await openPage(browser, `${server.origin}${path}`, {
            javaScript,
            viewport: { width, height: 800 },
          });
          await loadImages(opened.page);
          const result = await opened.page.evaluate(layout, blockTags, javaScript);
          await opened.page.close();
          return result;
        };
        const before = await measure(false);
        const after = await measure(true);
        assert.deepEqual([before.viewport, after.viewport], [width, width], `${path} is read at ${width} px`);
        blocks += after.boxes.length;
        if (JSON.stringify(before) !== JSON.stringify(after))
          shifted.push({
            page: `${page} (${form})`,
            height: [before.height, after.height],
            boxes: after.boxes
              .map((box, i) => [before.boxes[i], box])
              .filter(([was, is]) => was !== is)
              .slice(0, 3),
          });
      }
      t.diagnostic(`${blocks} block boxes compared`);
      assert.ok(blocks > 100, `${blocks} blocks measured`);
      assert.deepEqual(shifted, []);
    });
});
