// The script-tag build as an agency uses it: one <script type="module"> on an existing page,
// including under a strict Content Security Policy with Trusted Types, and with JavaScript off.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { policies } from '../../scripts/csp.mjs';
import { launchBrowser, openPage, startServer } from './browser.mjs';

const quote = `
  <pull-quote>
    <p>“In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology.”</p>
    <p slot="attribution">- PM Lawrence Wong at the <a href="https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation">launch of Smart Nation 2.0 in Oct 2024</a></p>
  </pull-quote>`;

// The same quote as published by Isomer: what the upgrade turns into the <pull-quote> above.
const legacyQuote = `
  <blockquote><p>“In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology.”</p></blockquote>
  <p>- PM Lawrence Wong at the <a href="https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation">launch of Smart Nation 2.0 in Oct 2024</a></p>`;

const page = ({
  head = '',
  script = 'isomer-blocks.js',
  body = quote,
} = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote</title>${head}
  <link rel="stylesheet" href="/dist/cdn/preflight.css">
  <script type="module" src="/dist/cdn/${script}"></script></head><body><main>${body}</main></body></html>`;

const upgradeMeta = '<meta name="isomer-blocks:upgrade" content="auto">';

// The README's policies (scripts/csp.mjs), as a site sends them.
const { strict, default: withThumbnails } = await policies();
const strictPolicy = strict.join('; ');
const video =
  '<video-embed src="https://www.youtube.com/embed/3KVb3pRy_3E" label="Smart Nation 2.0"><a href="https://www.youtube.com/watch?v=3KVb3pRy_3E">Watch</a></video-embed>';

describe('script tag', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({
      '/plain.html': { body: page() },
      '/csp.html': { body: page(), headers: { 'content-security-policy': strictPolicy } },
      '/csp-default-video.html': {
        body: page({ body: quote + video }),
        headers: { 'content-security-policy': withThumbnails.join('; ') },
      },
      '/csp-strict-default-video.html': {
        body: page({ body: quote + video }),
        headers: { 'content-security-policy': strictPolicy },
      },
      '/upgrade.html': {
        body: page({ head: upgradeMeta, body: legacyQuote }),
        headers: { 'content-security-policy': strictPolicy },
      },
      '/upgrade-alone.html': { body: page({ script: 'isomer-blocks-upgrade.js', body: legacyQuote }) },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const renderedQuote = (p) =>
    p.$eval('pull-quote', async (el) => {
      await customElements.whenDefined('pull-quote');
      await el.updateComplete;
      const blockquote = el.shadowRoot?.querySelector('blockquote');
      return { defined: !!customElements.get('pull-quote'), blockquote: !!blockquote, text: el.innerText };
    });

  /** The scripts a page requested, by file name. */
  const scripts = (requests) =>
    requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.split('/').pop());

  /** How many copies of Lit the page evaluated: each pushes its version onto `litHtmlVersions`. */
  const litCopies = (p) => p.evaluate(() => window.litHtmlVersions?.length ?? 0);

  it('renders the reference quote on a plain page, from one script', async () => {
    const { page: p, problems, requests } = await openPage(browser, `${server.origin}/plain.html`);
    const result = await renderedQuote(p);
    assert.equal(result.defined, true);
    assert.equal(result.blockquote, true);
    assert.match(result.text, /Smart Nation 1\.0/);
    assert.deepEqual(scripts(requests), ['isomer-blocks.js']);
    assert.deepEqual(problems, []);
  });

  it('upgrades legacy markup when asked, loading Lit once, under Trusted Types', async () => {
    const { page: p, problems, requests } = await openPage(browser, `${server.origin}/upgrade.html`);
    await p.waitForSelector('pull-quote');
    const result = await renderedQuote(p);
    assert.equal(result.blockquote, true);
    assert.match(result.text, /PM Lawrence Wong/);
    assert.deepEqual(scripts(requests), ['isomer-blocks.js', 'isomer-blocks-upgrade.js']);
    assert.equal(await litCopies(p), 1);
    assert.deepEqual(problems, []);
  });

  it('upgrades when the page loads only the upgrade file, which brings the main file', async () => {
    const { page: p, problems, requests } = await openPage(browser, `${server.origin}/upgrade-alone.html`);
    await p.waitForSelector('pull-quote');
    const result = await renderedQuote(p);
    assert.equal(result.blockquote, true);
    assert.deepEqual(scripts(requests).sort(), ['isomer-blocks-upgrade.js', 'isomer-blocks.js']);
    assert.equal(await litCopies(p), 1);
    assert.deepEqual(problems, []);
  });

  it('shows a default-mode video thumbnail under the README’s default policy, and the strict one refuses it', async () => {
    const thumbnailRequests = [];
    const violations = async (path) => {
      const { page: p, problems, requests } = await openPage(browser, `${server.origin}${path}`);
      await p.evaluate(async () => {
        await customElements.whenDefined('video-embed');
        await document.querySelector('video-embed').updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      await p.close();
      thumbnailRequests.push(requests.filter((url) => /^https:\/\/i\.ytimg\.com(\/|$)/.test(url)).length);
      // The URLs refused (Chromium reports a refusal more than once).
      return [
        ...new Set(
          problems
            .filter((problem) => /Content Security Policy/.test(problem))
            .map((problem) => problem.match(/https:\/\/[^'" ]+/)?.[0]),
        ),
      ];
    };
    assert.deepEqual(await violations('/csp-default-video.html'), []);
    assert.deepEqual(await violations('/csp-strict-default-video.html'), [
      'https://i.ytimg.com/vi/3KVb3pRy_3E/hqdefault.jpg',
    ]);
    // The request log sees requests to other hosts (what the strict-mode tests rely on): the allowed
    // thumbnail is requested. (Chromium also logs the refused one, which never leaves the page.)
    assert.ok(thumbnailRequests[0] > 0, 'the allowed thumbnail is in the request log');
  });

  it('works under a strict CSP with Trusted Types, with no violation', async () => {
    const { page: p, problems } = await openPage(browser, `${server.origin}/csp.html`);
    const result = await renderedQuote(p);
    assert.equal(result.blockquote, true);
    assert.deepEqual(problems, []);
  });

  it('reads as a quote and its attribution with JavaScript off', async () => {
    const { page: p } = await openPage(browser, `${server.origin}/plain.html`, { javaScript: false });
    const result = await p.$eval('pull-quote', (el) => ({
      defined: !!customElements.get('pull-quote'),
      text: el.innerText,
      rule: getComputedStyle(el).borderInlineStartWidth,
    }));
    assert.equal(result.defined, false);
    assert.match(result.text, /Smart Nation 1\.0/);
    assert.match(result.text, /PM Lawrence Wong at the launch of Smart Nation 2\.0/);
    assert.equal(result.rule, '4px');
  });
});
