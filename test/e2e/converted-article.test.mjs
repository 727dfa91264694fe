// The reference article as agencies get it: converted and server-rendered by the CLI
// (`--page --ssr`), and as published (legacy markup) upgraded in place by the script tag.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { main } from '../../dist/cli/main.js';
import { splitFrontmatter } from '../../dist/convert/frontmatter.js';
import { corpusPath } from '../support/corpus.mjs';
import { policies } from '../../scripts/csp.mjs';
import { launchBrowser, openPage, startServer } from './browser.mjs';

const seed = corpusPath('seed-smart-nation-2.md');
const legacyBody = splitFrontmatter(readFileSync(seed, 'utf8')).body;

/** Runs the CLI and returns what it wrote to stdout. */
async function cli(args) {
  let stdout = '';
  const status = await main(args, {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: () => {} },
    readStdin: async () => '',
  });
  assert.equal(status, 0);
  return stdout;
}

const legacyPage = (
  head,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smart Nation 2</title>${head}
  <link rel="stylesheet" href="/dist/cdn/preflight.css"></head><body><main><article>${legacyBody}</article></main></body></html>`;

// What a reader must see with or without JavaScript (without it, the video is its watch link).
const video = 'What does being a Smart Nation mean?';
const mustRead = [
  '“In Smart Nation 1.0, we focused on building up capabilities',
  '- PM Lawrence Wong at the launch of Smart Nation 2.0 in Oct 2024',
  'Trust',
  'Singaporeans should be able to confidently use digital tools',
  'Community',
  'Why is Smart Nation 2.0 necessary?',
];
const watchLink = `Watch “${video}” on YouTube`;

/**
 * Console problems other than the one this offline machine causes: in the default privacy mode the
 * video's one thumbnail (i.ytimg.com) is requested and cannot resolve here. Any other host fails.
 * Only network requests count: a frame that failed to load shows Chromium's error page, whose
 * images are `data:` URLs.
 */
const problemsOffline = (problems, requests, allowedHosts = ['i.ytimg.com']) => {
  const external = requests.filter((url) => /^https?:/.test(url) && !url.startsWith('http://127.0.0.1'));
  assert.deepEqual(
    [...new Set(external.map((url) => new URL(url).host))].filter((host) => !allowedHosts.includes(host)),
    [],
  );
  return problems.filter((problem) => !(external.length && problem.includes('net::ERR_NAME_NOT_RESOLVED')));
};

/** With JavaScript the video is a play button named after it (in its shadow root). */
const playButtons = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('video-embed')].map((el) =>
      el.shadowRoot?.querySelector('button')?.getAttribute('aria-label'),
    ),
  );

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('the reference article', () => {
  let server;
  let browser;
  before(async () => {
    const ssr = await cli(['convert', seed, '--page', '--ssr', '--assets', '/dist/cdn/']);
    const images = Object.fromEntries(
      ['Trust', 'Growth', 'Community'].map((name) => [
        `/images/technews/SN2_0_${name}.png`,
        { body: png, headers: { 'content-type': 'image/png' } },
      ]),
    );
    server = await startServer({
      ...images,
      // The prose stylesheet comes with its own component; until then an empty one stands in.
      ...(existsSync('dist/cdn/prose.css')
        ? {}
        : { '/dist/cdn/prose.css': { body: '', headers: { 'content-type': 'text/css' } } }),
      '/ssr.html': { body: ssr },
      '/ssr-csp.html': {
        body: ssr,
        headers: { 'content-security-policy': (await policies()).serverRendered.join('; ') },
      },
      '/ssr-csp-without-hashes.html': {
        body: ssr,
        headers: { 'content-security-policy': (await policies()).default.join('; ') },
      },
      '/ssr-strict.html': {
        body: ssr.replace('<head>', '<head>\n<meta name="isomer-blocks:video-privacy" content="strict">'),
      },
      '/legacy-meta.html': {
        body: legacyPage(
          '<meta name="isomer-blocks:upgrade" content="auto"><script type="module" src="/dist/cdn/isomer-blocks.js"></script>',
        ),
      },
      '/legacy-attribute.html': {
        body: legacyPage('<script type="module" data-upgrade src="/dist/cdn/isomer-blocks.js"></script>'),
      },
      '/legacy-direct.html': {
        body: legacyPage('<script type="module" src="/dist/cdn/isomer-blocks-upgrade.js"></script>'),
      },
      '/legacy-plain.html': { body: legacyPage('<script type="module" src="/dist/cdn/isomer-blocks.js"></script>') },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  describe('converted with --page --ssr', () => {
    it('reads completely with JavaScript off: every text, card, quote and video link visible', async () => {
      const { page } = await openPage(browser, `${server.origin}/ssr.html`, { javaScript: false });
      const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      for (const expected of [...mustRead, watchLink]) assert.ok(text.includes(expected), `visible: ${expected}`);
      const state = await page.evaluate(() => ({
        defined: !!customElements.get('pull-quote'),
        shadow: !!document.querySelector('pull-quote').shadowRoot?.querySelector('figcaption:not([hidden])'),
        hiddenLinks: [...document.querySelectorAll('article a')]
          .filter((a) => a.getClientRects().length === 0)
          .map((a) => a.href),
      }));
      assert.deepEqual(state, { defined: false, shadow: true, hiddenLinks: [] });
      await page.close();
    });

    it('hydrates with JavaScript: no console error, no layout shift, rendered once', async () => {
      const { page, problems, requests } = await openPage(browser, `${server.origin}/ssr.html`);
      const state = await page.evaluate(async () => {
        let shift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => (shift += entry.value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        await customElements.whenDefined('pull-quote');
        const quote = document.querySelector('pull-quote');
        await quote.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return {
          shift,
          figures: quote.shadowRoot.querySelectorAll('figure').length,
          text: document.body.innerText.replace(/\s+/g, ' '),
        };
      });
      assert.equal(state.shift, 0);
      assert.equal(state.figures, 1);
      for (const expected of mustRead) assert.ok(state.text.includes(expected), `visible: ${expected}`);
      assert.deepEqual(await playButtons(page), [`Play video: ${video}`]);
      assert.deepEqual(problemsOffline(problems, requests), []);
      await page.close();
    });

    it('hydrates under the README’s server-rendered policy with no violation; without its style hashes, the styles are refused', async () => {
      const violations = async (path) => {
        const { page, problems, requests } = await openPage(browser, `${server.origin}${path}`);
        await page.evaluate(async () => {
          await customElements.whenDefined('pull-quote');
          await document.querySelector('pull-quote').updateComplete;
        });
        const refused = problemsOffline(problems, requests).filter((problem) =>
          /Content Security Policy/.test(problem),
        );
        await page.close();
        return refused;
      };
      assert.deepEqual(await violations('/ssr-csp.html'), []);
      assert.ok(
        (await violations('/ssr-csp-without-hashes.html')).some((problem) => /style/.test(problem)),
        'inline styles refused without their hashes',
      );
    });

    it('makes no request to another origin before interaction in strict video mode', async () => {
      const { page, requests } = await openPage(browser, `${server.origin}/ssr-strict.html`);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      // Network requests only: Firefox also reports the data: URLs of inline fonts.
      assert.deepEqual(
        requests.filter((url) => /^https?:/.test(url) && !url.startsWith(server.origin)),
        [],
      );
      await page.close();
    });
  });

  describe('as published, upgraded in place by the script tag', () => {
    const upgraded = async (path) => {
      const { page, problems, requests } = await openPage(browser, `${server.origin}${path}`);
      await page.waitForSelector('pull-quote');
      const counts = await page.evaluate(() =>
        Object.fromEntries(
          ['article-toc', 'video-embed', 'pull-quote', 'isomer-card-grid', 'goal-card', 'blockquote', 'iframe'].map(
            (tag) => [tag, document.querySelectorAll(tag).length],
          ),
        ),
      );
      const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      const buttons = await playButtons(page);
      await page.close();
      return { counts, problems, requests, text, buttons };
    };
    const expected = {
      'article-toc': 1,
      'video-embed': 1,
      'pull-quote': 1,
      'isomer-card-grid': 1,
      'goal-card': 3,
      blockquote: 0,
      iframe: 0,
    };

    for (const [how, path] of [
      ['the meta tag', '/legacy-meta.html'],
      ['data-upgrade on the script', '/legacy-attribute.html'],
      ['the upgrading script file', '/legacy-direct.html'],
    ]) {
      it(`upgrades when asked by ${how}, with nothing lost`, async () => {
        const result = await upgraded(path);
        assert.deepEqual(result.counts, expected);
        for (const line of mustRead) assert.ok(result.text.includes(line), `visible: ${line}`);
        assert.deepEqual(result.buttons, [`Play video: ${video}`]);
        // The published page's own iframe starts loading before the script replaces it: in-place
        // upgrade cannot stop that request (build-time conversion does).
        assert.deepEqual(problemsOffline(result.problems, result.requests, ['i.ytimg.com', 'www.youtube.com']), []);
      });
    }

    it('leaves the page alone, and loads no converter, when not asked', async () => {
      const { page, requests } = await openPage(browser, `${server.origin}/legacy-plain.html`);
      await page.evaluate(() => customElements.whenDefined('pull-quote'));
      const counts = await page.evaluate(() => ({
        quotes: document.querySelectorAll('pull-quote').length,
        blockquotes: document.querySelectorAll('blockquote').length,
      }));
      assert.deepEqual(counts, { quotes: 0, blockquotes: 1 });
      assert.equal(
        requests.some((url) => url.includes('isomer-blocks-upgrade')),
        false,
      );
      await page.close();
    });
  });
});
