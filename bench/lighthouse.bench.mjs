// Lighthouse 12 (offline) on the reference article converted with `--page --ssr`, next to the same
// article as published (its original markup, bare YouTube iframe included, in the same page shell
// without isomer-blocks), in the same run: the four category scores, LCP, TBT, CLS and bytes.
// Run `npm run build` first (`npm run bench` does). Images of the site are not in the corpus:
// 1×1 stand-ins are served for both pages alike. The converted page runs three times: in the
// strict video mode (no request to YouTube), and in the default one (one cookieless thumbnail from
// i.ytimg.com) twice: offline, where that request fails, and with i.ytimg.com answered by a local
// HTTPS stand-in (a 480×360 JPEG, like YouTube's hqdefault.jpg), as it would be online.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { main } from '../dist/cli/main.js';
import { renderPage } from '../dist/cli/page.js';
import { readSource } from '../dist/cli/source.js';
import { launchBrowser, startServer } from '../test/e2e/browser.mjs';
import { corpusPath } from '../test/support/corpus.mjs';

const seed = corpusPath('seed-smart-nation-2.md');
let converted = '';
await main(['convert', seed, '--page', '--ssr', '--assets', '/dist/cdn/'], {
  stdout: { write: (text) => (converted += text) },
  stderr: { write: () => {} },
  readStdin: async () => '',
});
const source = readSource(readFileSync(seed, 'utf8'));
const published = renderPage({
  meta: source.meta,
  body: source.body,
  fallbackTitle: '',
  assets: '/dist/cdn/',
  script: '',
  lang: 'en',
}).replace(/<script type="module" src="\/dist\/cdn\/"><\/script>\n/, '');

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const server = await startServer({
  ...Object.fromEntries(
    ['Trust', 'Growth', 'Community'].map((name) => [
      `/images/technews/SN2_0_${name}.png`,
      { body: png, headers: { 'content-type': 'image/png' } },
    ]),
  ),
  '/converted.html': { body: converted },
  // The site-wide strict video mode: no request to YouTube at all. Offline, the default mode's one
  // thumbnail request fails and Chrome logs it, which costs "best practices" points here only.
  '/converted-strict.html': {
    body: converted.replace('</head>', '<meta name="isomer-blocks:video-privacy" content="strict">\n</head>'),
  },
  '/published.html': { body: published },
});

/** A video thumbnail as YouTube serves it: a 480×360 JPEG (drawn and encoded by Chromium). */
async function thumbnail() {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setViewport({ width: 480, height: 360 });
  await page.setContent(
    '<body style="margin:0;height:360px;background:linear-gradient(135deg,#0b3d91,#1361f0 40%,#8fb4ff);font:bold 44px system-ui;color:#fff;display:grid;place-items:center">What does being a Smart Nation mean?</body>',
  );
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 80 });
  await browser.close();
  return jpeg;
}

/** i.ytimg.com answered locally over HTTPS (a throw-away self-signed certificate). */
async function startThumbnailHost() {
  const folder = mkdtempSync(join(tmpdir(), 'isomer-blocks-lighthouse-'));
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=i.ytimg.com',
      '-addext',
      'subjectAltName=DNS:i.ytimg.com',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const jpeg = await thumbnail();
  const host = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    response.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'max-age=7200' }).end(jpeg);
  });
  rmSync(folder, { recursive: true });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  return { port: host.address().port, bytes: jpeg.length, close: () => host.close() };
}

const launch = (flags = []) =>
  chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...flags],
  });
const thumbnailHost = await startThumbnailHost();
const offline = await launch();
const online = await launch([
  `--host-resolver-rules=MAP i.ytimg.com 127.0.0.1:${thumbnailHost.port}`,
  '--ignore-certificate-errors',
]);
const runs = [
  ['converted-strict', offline],
  ['converted', offline, 'converted (offline)'],
  ['converted', online, 'converted (online)'],
  ['published', offline],
];
console.log(`i.ytimg.com stand-in: ${thumbnailHost.bytes} B JPEG`);
console.log('page                 perf  a11y  best  seo    LCP ms  TBT ms    CLS   bytes  audits below 1');
for (const [name, chrome, label = name] of runs) {
  const { lhr } = await lighthouse(`${server.origin}/${name}.html`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
  });
  const score = (id) => String(Math.round(lhr.categories[id].score * 100)).padStart(4);
  const audit = (id) => lhr.audits[id].numericValue;
  const below = Object.values(lhr.audits)
    .filter(
      (entry) => entry.score !== null && entry.score < 1 && !['informative', 'manual'].includes(entry.scoreDisplayMode),
    )
    .map((entry) => entry.id);
  console.log(
    `${label.padEnd(19)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}  ${audit('largest-contentful-paint').toFixed(0).padStart(7)} ${audit('total-blocking-time').toFixed(0).padStart(7)} ${audit('cumulative-layout-shift').toFixed(3).padStart(6)} ${String(audit('total-byte-weight')).padStart(7)}  ${below.join(' ')}`,
  );
}
await Promise.all([offline.kill(), online.kill()]);
thumbnailHost.close();
server.close();
