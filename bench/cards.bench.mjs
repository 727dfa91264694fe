// Card grids, N = 12 and N = 1000 cards (image, title, 200-character description): time from
// navigation start until every card is defined, rendered and laid out, for
//   (a) static Isomer markup with its CSS and no JavaScript (the floor),
//   (b) <isomer-card-grid> + <goal-card>, (c) Shoelace <sl-card>, (d) SGDS <sgds-card>.
// Every load is a fresh page in a fresh browser context; the variants alternate (rotated each run);
// medians over RUNS runs, ratios against the floor, and each variant's JS gzipped.
// Run with `npm run bench cards` (or `node bench/cards.bench.mjs` after `npm run build`).
// RUNS=9 and SIZES=12,1000 are the defaults; SAVE_PAGES=1 also writes the pages next to the
// bundles in .tmp/bench-cards/, to open or profile one variant on its own.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchBrowser, startServer } from '../test/e2e/browser.mjs';
import { bundleSize } from '../scripts/size.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const SIZES = (process.env.SIZES ?? '12,1000').split(',').map(Number);
const out = '.tmp/bench-cards';

const image = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#d2e0fb"/></svg>')}`;
const description =
  'Singaporeans should be able to confidently use digital tools, knowing that their safety and privacy are protected, that digital systems are reliable, and that help is at hand when they need it.'.slice(
    0,
    200,
  );
const alt = (i) => `Illustration of goal ${i}`;

/** Isomer's own look for the floor: what the static site ships for its card grid. */
const floorCss = `
.isomer-card-grid{display:flex;flex-wrap:wrap;gap:1.5rem;margin-block:1.5rem}
.isomer-card{flex:0 0 calc((100% - 3rem)/3);max-width:calc((100% - 3rem)/3);border:1px solid #d0d1d5;display:flex;flex-direction:column;box-sizing:border-box}
.isomer-card-image img{display:block;width:100%;height:15rem;object-fit:cover}
.isomer-card-body{padding:1.5rem}
.isomer-card-title{font-weight:700;font-size:1.25rem}
@media (max-width:1279px){.isomer-card{flex-basis:calc((100% - 1.5rem)/2);max-width:calc((100% - 1.5rem)/2)}}
@media (max-width:769px){.isomer-card{flex-basis:100%;max-width:100%}}`;

const gridCss = '.grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1.5rem}';

const variants = [
  {
    name: 'static Isomer markup + CSS (floor)',
    tags: [],
    css: ['floor.css'],
    card: (i) =>
      `<div class="isomer-card"><div class="isomer-card-image"><div class="isomer-image-wrapper"><img src="${image}" alt="${alt(i)}"></div></div><div class="isomer-card-body"><div class="isomer-card-title">Goal ${i}</div><div class="isomer-card-description">${description}</div></div></div>`,
    grid: (cards) => `<div class="isomer-card-grid">${cards}</div>`,
  },
  {
    name: 'isomer-card-grid + goal-card',
    tags: ['isomer-card-grid', 'goal-card'],
    entry: `import './dist/isomer-card-grid/define.js'; import './dist/goal-card/define.js';`,
    resolveDir: '.',
    css: ['/dist/preflight.css'],
    card: (i) =>
      `<goal-card><img slot="image" src="${image}" alt="${alt(i)}"><span slot="title">Goal ${i}</span><p>${description}</p></goal-card>`,
    grid: (cards) => `<isomer-card-grid>${cards}</isomer-card-grid>`,
  },
  {
    name: 'Shoelace sl-card',
    tags: ['sl-card'],
    entry: `import '@shoelace-style/shoelace/dist/components/card/card.js';`,
    resolveDir: 'bench',
    css: ['/bench/node_modules/@shoelace-style/shoelace/dist/themes/light.css', 'grid.css'],
    card: (i) =>
      `<sl-card><img slot="image" src="${image}" alt="${alt(i)}"><strong>Goal ${i}</strong><p>${description}</p></sl-card>`,
    grid: (cards) => `<div class="grid">${cards}</div>`,
  },
  {
    name: 'SGDS sgds-card',
    tags: ['sgds-card'],
    entry: `import '@govtechsg/sgds-web-component/components/Card/index.js';`,
    resolveDir: 'bench',
    css: [
      '/bench/node_modules/@govtechsg/sgds-web-component/themes/root.css',
      '/bench/node_modules/@govtechsg/sgds-web-component/themes/day.css',
      'grid.css',
    ],
    card: (i) =>
      `<sgds-card><img slot="image" src="${image}" alt="${alt(i)}"><span slot="title">Goal ${i}</span><span slot="description">${description}</span></sgds-card>`,
    grid: (cards) => `<div class="grid">${cards}</div>`,
  },
];

/** Waits until every element of the variant is defined and rendered, forces layout, and records the time since navigation start. */
const probe = (tags) => `<script type="module">
  const tags = ${JSON.stringify(tags)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(Array.from(document.querySelectorAll(tags.join(',') || 'none'), (el) => el.updateComplete));
  document.documentElement.getBoundingClientRect();
  window.benchDone = performance.now();
  performance.mark('bench-done');
</script>`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/floor.css`, floorCss);
writeFileSync(`${out}/grid.css`, gridCss);

const pages = {};
for (const [index, variant] of variants.entries()) {
  variant.id = `v${index}`;
  variant.js = 0;
  if (variant.entry) {
    await build({
      stdin: { contents: variant.entry, resolveDir: variant.resolveDir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outfile: `${out}/${variant.id}.js`,
      legalComments: 'none',
      logLevel: 'silent',
      loader: { '.css': 'text' },
    });
    variant.js = (await bundleSize(variant.entry, variant.resolveDir)).gzip;
  }
  for (const n of SIZES) {
    const cards = Array.from({ length: n }, (_, i) => variant.card(i + 1)).join('');
    const links = variant.css
      .map((href) => `<link rel="stylesheet" href="${href.startsWith('/') ? href : `/${out}/${href}`}">`)
      .join('');
    const script = variant.entry ? `<script type="module" src="/${out}/${variant.id}.js"></script>` : '';
    pages[`/bench/cards/${variant.id}-${n}.html`] = {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${variant.name} × ${n}</title>${links}${script}</head><body style="margin:0 auto;max-width:1400px;font-family:system-ui"><main>${variant.grid(cards)}</main>${probe(variant.tags)}</body></html>`,
    };
  }
}

if (process.env.SAVE_PAGES)
  for (const [path, page] of Object.entries(pages)) writeFileSync(`${out}/${path.split('/').pop()}`, page.body);
const server = await startServer(pages);
const browser = await launchBrowser();

/**
 * Main-thread CPU time of the page's renderer until the probe's `bench-done` mark, from a trace: the
 * sum of the thread durations of its tasks (renderer start-up included, the same for every variant).
 * Unlike wall time it barely changes when other processes compete for the CPU.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(trace).traceEvents;
  const mark = events.find((e) => e.name === 'bench-done');
  if (!mark) return NaN;
  return (
    events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts < mark.ts)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000
  );
}

/** One load in a fresh context: wall ms from navigation start until done, and main-thread CPU ms. */
async function load(variant, n) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.goto(`${server.origin}/bench/cards/${variant.id}-${n}.html`);
  const done = await page.waitForFunction(() => window.benchDone, { timeout: 60000 });
  const time = await done.jsonValue();
  const cpu = mainThreadCpu(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const counted = await page.evaluate(
    (tags) =>
      tags.length ? document.querySelectorAll(tags.at(-1)).length : document.querySelectorAll('.isomer-card').length,
    variant.tags,
  );
  if (counted !== n) throw new Error(`${variant.name}: ${counted} cards instead of ${n}`);
  await context.close();
  return { time, cpu };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  for (const n of SIZES) {
    const times = new Map(variants.map((variant) => [variant, []]));
    const cpus = new Map(variants.map((variant) => [variant, []]));
    for (const variant of variants) await load(variant, n); // warm-up, not counted
    for (let run = 0; run < RUNS; run++) {
      // Alternate: each run starts with the next variant.
      for (let k = 0; k < variants.length; k++) {
        const variant = variants[(run + k) % variants.length];
        const { time, cpu } = await load(variant, n);
        times.get(variant).push(time);
        cpus.get(variant).push(cpu);
      }
    }
    const floor = median(times.get(variants[0]));
    const floorCpu = median(cpus.get(variants[0]));
    console.log(
      `\nN = ${n} cards, ${RUNS} runs: medians from navigation start until every card is defined, rendered and laid out`,
    );
    console.log(
      `${'variant'.padEnd(38)} ${'wall ms'.padStart(9)} ${'× floor'.padStart(8)} ${'CPU ms'.padStart(8)} ${'× floor'.padStart(8)} ${'JS gzip B'.padStart(10)}`,
    );
    for (const variant of variants) {
      const value = median(times.get(variant));
      const cpu = median(cpus.get(variant));
      console.log(
        `${variant.name.padEnd(38)} ${value.toFixed(1).padStart(9)} ${(value / floor).toFixed(2).padStart(8)} ${cpu.toFixed(1).padStart(8)} ${(cpu / floorCpu).toFixed(2).padStart(8)} ${String(variant.js).padStart(10)}`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
