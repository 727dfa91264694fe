// <article-toc> and <isomer-accordion> as an agency page uses them, with and without JavaScript, and
// the browser's own opening of details for text it scrolls to (find-in-page and text fragments
// share that mechanism in Chromium; find-in-page itself cannot be driven from a test).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startServer } from './browser.mjs';

const body = `
  <main class="isomer-prose">
    <article-toc>
      <ul>
        <li><a href="#subscribing">Subscribing</a></li>
        <li><a href="#satellites">Satellites</a></li>
      </ul>
    </article-toc>
    <h2 id="subscribing">Subscribing</h2>
    <p>How to get the data.</p>
    <h2 id="satellites">Satellites</h2>
    <isomer-accordion controls>
      <details class="isomer-details"><summary><strong>Which satellites?</strong></summary>
        <div class="isomer-details-content"><p>SUOMI NPP and NOAA-20.</p></div></details>
      <details class="isomer-details"><summary><strong>How can I subscribe?</strong></summary>
        <div class="isomer-details-content"><p id="form">Complete the subscription form.</p></div></details>
    </isomer-accordion>
    <div style="height: 3000px"></div>
  </main>`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title>
  <link rel="stylesheet" href="/dist/cdn/preflight.css">
  <link rel="stylesheet" href="/dist/cdn/prose.css">
  <script type="module" src="/dist/cdn/isomer-blocks.js"></script></head><body>${body}</body></html>`;

describe('<article-toc> and <isomer-accordion> on a page', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ '/faq.html': { body: page } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('reads as a labelled list of links and working details with JavaScript off', async () => {
    const { page: p } = await openPage(browser, `${server.origin}/faq.html`, { javaScript: false });
    const toc = await p.$eval('article-toc', (el) => ({
      label: getComputedStyle(el, '::before').content,
      links: Array.from(
        el.querySelectorAll('a'),
        (a) => a.getBoundingClientRect().height > 0 && a.getAttribute('href'),
      ),
    }));
    // The label, hidden from assistive technology (its alternative text is empty: the nav's name says it).
    assert.equal(toc.label, '"On this page" / ""');
    assert.deepEqual(toc.links, ['#subscribing', '#satellites']);
    await p.click('isomer-accordion summary');
    assert.equal(await p.$eval('isomer-accordion details', (d) => d.open), true);
    await p.close();
  });

  it('builds the table of contents and opens the item a link points into', async () => {
    const { page: p, problems } = await openPage(browser, `${server.origin}/faq.html#form`);
    await p.waitForFunction(
      () => document.querySelector('article-toc')?.shadowRoot?.querySelectorAll('a').length === 2,
    );
    await p.waitForFunction(() => document.querySelectorAll('isomer-accordion details')[1].open);
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('404')),
      [],
    );
    await p.close();
  });

  it('lets the browser open a closed item for text it scrolls to (text fragment)', async () => {
    const { page: p } = await openPage(browser, `${server.origin}/faq.html#:~:text=SUOMI%20NPP%20and%20NOAA%2D20`);
    await p.waitForFunction(() => document.querySelector('isomer-accordion details').open, { timeout: 5000 });
    await p.close();
  });
});
