// Ten YouTube embeds as (a) bare iframes, (b) lite-youtube-embed, (c) @justinribeiro/lite-youtube,
// (d) <video-embed> default, (e) <video-embed> strict: external requests attempted before any
// interaction (every non-local request is aborted and counted) plus preconnect links added, page
// JS gzipped, time until every embed has rendered (median of 5), layout shift; then the same after
// one click. Run by bench/run.mjs after `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { gzipSize } from '../scripts/size.mjs';
import { launchBrowser, startServer } from '../test/e2e/browser.mjs';

const ids = [
  '3KVb3pRy_3E',
  'rUZf1ZcB0NY',
  'IostdtfKMhU',
  '6pdLaEg1BnE',
  'Wg5qjUDQHgU',
  '-YD21elPXxs',
  '5CHxh1EkaR0',
  'vbZMPAnQRhM',
  'F1-l7mrRXD8',
  '_kWrQBAh2ig',
];
mkdirSync('bench/results', { recursive: true });

/** Bundles and minifies an entry into bench/results/<name>.js; returns its gzip size. */
async function bundle(name, contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  writeFileSync(`bench/results/${name}.js`, result.outputFiles[0].contents);
  return gzipSize(result.outputFiles[0].contents);
}

const css = `<link rel="stylesheet" href="/bench/node_modules/lite-youtube-embed/src/lite-yt-embed.css">`;
const variants = [
  {
    name: '(a) bare iframes',
    js: 0,
    body: (id) =>
      `<iframe width="560" height="315" src="https://www.youtube.com/embed/${id}" title="Video" allowfullscreen></iframe>`,
    tag: 'iframe',
  },
  {
    name: '(b) lite-youtube-embed',
    js: await bundle('lite-yt-embed', `import 'lite-youtube-embed/src/lite-yt-embed.js';`, 'bench'),
    head: css,
    script: 'lite-yt-embed',
    body: (id) => `<lite-youtube videoid="${id}" playlabel="Play video"></lite-youtube>`,
    tag: 'lite-youtube',
  },
  {
    name: '(c) @justinribeiro/lite-youtube',
    js: await bundle('justinribeiro', `import '@justinribeiro/lite-youtube';`, 'bench'),
    script: 'justinribeiro',
    body: (id) => `<lite-youtube videoid="${id}" videotitle="Video"></lite-youtube>`,
    tag: 'lite-youtube',
  },
  {
    name: '(d) <video-embed> default',
    js: await bundle('video-embed', `import './dist/video-embed/define.js';`, '.'),
    script: 'video-embed',
    body: (id) => `<video-embed src="https://www.youtube.com/watch?v=${id}" label="Video"></video-embed>`,
    tag: 'video-embed',
  },
  {
    name: '(e) <video-embed> strict',
    js: 0,
    script: 'video-embed',
    body: (id) =>
      `<video-embed src="https://www.youtube.com/watch?v=${id}" label="Video" privacy="strict"></video-embed>`,
    tag: 'video-embed',
  },
];
variants[4].js = variants[3].js;

const pages = {};
for (const [index, variant] of variants.entries()) {
  variant.path = `/embeds-${index}.html`;
  const script = variant.script ? `<script type="module" src="/bench/results/${variant.script}.js"></script>` : '';
  pages[variant.path] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embeds</title>${variant.head ?? ''}<link rel="stylesheet" href="/dist/preflight.css">${script}
      <script>new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls = (window.__cls || 0) + e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
      </head><body><main style="max-width: 720px">${ids.map(variant.body).join('\n')}</main></body></html>`,
  };
}

const server = await startServer(pages);
const browser = await launchBrowser();

async function measure(variant) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const external = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol === 'data:' || hostname === '127.0.0.1') return request.continue();
    external.push(hostname);
    return request.abort('blockedbyclient');
  });
  await page.goto(server.origin + variant.path, { waitUntil: 'load' });
  const ready = await page.evaluate(async (tag) => {
    if (tag !== 'iframe') await customElements.whenDefined(tag);
    await Promise.all(Array.from(document.querySelectorAll(tag), (el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now();
  }, variant.tag);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = {
    requests: [...external],
    preconnects: await page.$$eval('link[rel=preconnect]', (links) => links.map((l) => new URL(l.href).hostname)),
    ready,
    cls: await page.evaluate(() => window.__cls ?? 0),
  };
  external.length = 0;
  if (variant.tag !== 'iframe') {
    await page.evaluate((tag) => {
      const el = document.querySelector(tag);
      (el.shadowRoot?.querySelector('button') ?? el).click();
    }, variant.tag);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const after = {
    requests: [...external],
    preconnects: await page.$$eval('link[rel=preconnect]', (links) => links.map((l) => new URL(l.href).hostname)),
  };
  await page.close();
  return { before, after };
}

const hosts = (list) => {
  const counts = {};
  for (const host of list) counts[host] = (counts[host] ?? 0) + 1;
  return (
    Object.entries(counts)
      .map(([host, count]) => `${host}×${count}`)
      .join(', ') || '-'
  );
};
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log('10 YouTube embeds on one page; every non-local request aborted and counted.\n');
for (const variant of variants) {
  const runs = [];
  for (let run = 0; run < 5; run++) runs.push(await measure(variant));
  const [first] = runs;
  console.log(`${variant.name}`);
  console.log(
    `  JS gzip: ${variant.js} B   rendered: ${median(runs.map((r) => r.before.ready)).toFixed(0)} ms (median of 5)   layout shift: ${first.before.cls.toFixed(3)}`,
  );
  console.log(
    `  before interaction: ${first.before.requests.length} external requests [${hosts(first.before.requests)}]; preconnects [${hosts(first.before.preconnects)}]`,
  );
  console.log(
    `  after one click:    ${first.after.requests.length} more external requests [${hosts(first.after.requests)}]; preconnects [${hosts(first.after.preconnects)}]`,
  );
}
await browser.close();
server.close();
