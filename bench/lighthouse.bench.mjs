// Lighthouse 12 (offline) on the reference article converted with `--page --ssr`, next to the same
// article as published (its original markup, bare YouTube iframe included, in the same page shell
// without isomer-blocks), in the same run: the four category scores, LCP, TBT, CLS and bytes.
// Run `npm run build` first (`npm run bench` does). Images of the site are not in the corpus:
// 1×1 stand-ins are served for both pages alike. The converted page runs twice: in the default
// video mode and in the strict one.
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { main } from '../dist/cli/main.js';
import { renderPage } from '../dist/cli/page.js';
import { readSource } from '../dist/cli/source.js';
import { startServer } from '../test/e2e/browser.mjs';
import { corpusPath } from '../test/support/corpus.mjs';

const seed = corpusPath('seed-smart-nation-2.md');
let converted = '';
await main(['convert', seed, '--page', '--ssr', '--assets', '/dist/cdn/'], {
  stdout: { write: (text) => (converted += text) },
  stderr: { write: () => {} },
  readStdin: async () => '',
});
const source = readSource(readFileSync(seed, 'utf8'));
const published = renderPage({ meta: source.meta, body: source.body, fallbackTitle: '', assets: '/dist/cdn/', script: '', lang: 'en' }).replace(
  /<script type="module" src="\/dist\/cdn\/"><\/script>\n/,
  '',
);

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const server = await startServer({
  ...Object.fromEntries(['Trust', 'Growth', 'Community'].map((name) => [`/images/technews/SN2_0_${name}.png`, { body: png, headers: { 'content-type': 'image/png' } }])),
  '/converted.html': { body: converted },
  // The site-wide strict video mode: no request to YouTube at all. Offline, the default mode's one
  // thumbnail request fails and Chrome logs it, which costs "best practices" points here only.
  '/converted-strict.html': { body: converted.replace('</head>', '<meta name="isomer-blocks:video-privacy" content="strict">\n</head>') },
  '/published.html': { body: published },
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
console.log('page              perf  a11y  best  seo    LCP ms  TBT ms    CLS   bytes  audits below 1');
for (const name of ['converted', 'converted-strict', 'published']) {
  const { lhr } = await lighthouse(`${server.origin}/${name}.html`, { port: chrome.port, output: 'json', logLevel: 'error' });
  const score = (id) => String(Math.round(lhr.categories[id].score * 100)).padStart(4);
  const audit = (id) => lhr.audits[id].numericValue;
  const below = Object.values(lhr.audits)
    .filter((entry) => entry.score !== null && entry.score < 1 && !['informative', 'manual'].includes(entry.scoreDisplayMode))
    .map((entry) => entry.id);
  console.log(
    `${name.padEnd(16)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}  ${audit('largest-contentful-paint').toFixed(0).padStart(7)} ${audit('total-blocking-time').toFixed(0).padStart(7)} ${audit('cumulative-layout-shift').toFixed(3).padStart(6)} ${String(audit('total-byte-weight')).padStart(7)}  ${below.join(' ')}`,
  );
}
await chrome.kill();
server.close();
