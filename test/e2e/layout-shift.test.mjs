// Zero layout shift over the corpus (issue 16 item 6): every page converted with --page, and with
// --page --ssr, takes the same room with JavaScript as without it, at 320 and 1280 px. Without
// JavaScript a page shows what the preflight stylesheet (or the server's shadow roots) lay out; with
// it, the elements upgrade (or hydrate) over that. The page's height and every block's box must not
// change. Upgraded in place, a published page changes once, when its legacy markup is replaced (its
// look before is Isomer's own stylesheet); after that pass nothing may move (Chromium reports
// layout shifts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { splitFrontmatter } from '../../dist/convert/frontmatter.js';
import { renderMarkdown } from '../../dist/convert/markdown.js';
import { blockTags } from '../../dist/blocks.js';
import { main } from '../../dist/cli/main.js';
import { corpusPages, corpusPath } from '../support/corpus.mjs';
import { engine, launchBrowser, openPage, startServer } from './browser.mjs';

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
 * The page's height and each block's box (tag, x, y, width, height, to 0.1 px), once every block
 * is defined and rendered when scripts run, and at once when they do not.
 */
const layout = (tags, scripts) =>
  (async () => {
    const blocks = [...document.body.querySelectorAll(tags.join())];
    await document.fonts.ready;
    // With scripts off, a page runs no animation frames: its layout is read as it is.
    if (scripts) {
      for (const el of blocks) {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    const round = (n) => Math.round(n * 10) / 10;
    return {
      height: document.documentElement.scrollHeight,
      boxes: blocks.map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.localName} ${round(box.x)},${round(box.y + scrollY)} ${round(box.width)}×${round(box.height)}`;
      }),
    };
  })();

/** A corpus page as its site publishes it, with the preflight and prose stylesheets and the upgrading script. */
function publishedPage(page) {
  const { frontmatter, body } = splitFrontmatter(readFileSync(corpusPath(page), 'utf8'));
  const html = /^variant:\s*markdown\s*$/m.test(frontmatter ?? '') ? renderMarkdown(body) : body;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/cdn/preflight.css"><link rel="stylesheet" href="/dist/cdn/prose.css">
<script type="module" src="/dist/cdn/isomer-blocks-upgrade.js"></script></head>
<body><main><article class="isomer-prose">${html}</article></main></body></html>`;
}

/** The layout shift after the upgrade pass: every block rendered, then three more frames watched. */
const shiftAfterUpgrade = (tags) =>
  (async () => {
    await customElements.whenDefined('pull-quote');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    for (const el of document.body.querySelectorAll(tags.join())) await el.updateComplete;
    let shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (shift += entry.value))).observe({
      type: 'layout-shift',
    });
    for (let i = 0; i < 3; i++) await frame();
    return shift;
  })();

const widths = [320, 1280];
const forms = [
  ['--page', []],
  ['--page --ssr', ['--ssr']],
];

describe('zero layout shift over the corpus (issue 16 item 6)', () => {
  let server;
  let browser;
  const pages = {};
  before(async () => {
    for (const page of corpusPages()) {
      pages[`/published-${page.replace(/\W/g, '-')}.html`] = { page, form: 'upgrade', body: publishedPage(page) };
      for (const [form, options] of forms)
        pages[`/${page.replace(/\W/g, '-')}${options.join('')}.html`] = {
          page,
          form,
          body: await convertPage(page, ...options),
        };
    }
    server = await startServer(pages);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const width of widths)
    it(`every page, --page and --page --ssr, takes the same room with and without JavaScript at ${width} px`, async (t) => {
      const shifted = [];
      let blocks = 0;
      for (const [path, { page, form }] of Object.entries(pages)) {
        if (form === 'upgrade') continue;
        const measure = async (javaScript) => {
          const opened = await openPage(browser, `${server.origin}${path}`, {
            javaScript,
            viewport: { width, height: 800 },
          });
          const result = await opened.page.evaluate(layout, blockTags, javaScript);
          await opened.page.close();
          return result;
        };
        const before = await measure(false);
        const after = await measure(true);
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

  if (engine === 'chromium')
    for (const width of widths)
      it(`every published page, upgraded in place, moves nothing after the upgrade pass at ${width} px`, async () => {
        const moved = [];
        for (const [path, { page, form }] of Object.entries(pages)) {
          if (form !== 'upgrade') continue;
          const opened = await openPage(browser, `${server.origin}${path}`, { viewport: { width, height: 800 } });
          const shift = await opened.page.evaluate(shiftAfterUpgrade, blockTags);
          await opened.page.close();
          if (shift > 0) moved.push(`${page}: ${shift}`);
        }
        assert.deepEqual(moved, []);
      });
});
