// Hostile sizes (issue 19 item 3): 10 MB of each shape converts in under 2 s, and the cost is
// linear (10 MB takes about ten times 1 MB). Run `npm run build` first (`npm run bench` does).
// `npm run bench hostile` runs this alone; `node bench/hostile.bench.mjs 1` measures 1 MB only.
import { performance } from 'node:perf_hooks';
import { convert } from '../dist/convert/convert.js';

const MB = 1024 * 1024;
const budget = 2000;
const repeat = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));
const card = (i) =>
  `<a class="isomer-card" href="/c${i}"><div class="isomer-card-body"><h4 class="isomer-card-title">Card</h4><p>Text</p></div></a>`;

/** Each shape of `bytes` bytes (the nesting is 100,000 levels, whatever the size). */
const shapes = {
  paragraphs: (bytes) => repeat('<p>Some words of a paragraph, and a <a href="/x">link</a>.</p>\n', bytes),
  'one grid of cards': (bytes) => `<div class="isomer-card-grid">${repeat(card(1), bytes)}</div>`,
  'one-card grids': (bytes) => repeat(`<div class="isomer-card-grid">${card(2)}</div>\n`, bytes),
  accordions: (bytes) =>
    repeat('<div class="isomer-accordion"><details><summary>Q</summary><p>A</p></details></div>\n', bytes),
  quotes: (bytes) => repeat('<blockquote><p>Quoted words</p></blockquote><p>- A person</p>\n', bytes),
  videos: (bytes) =>
    repeat('<p><strong>Entry</strong></p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n', bytes),
  'nesting 100,000 deep': () => `${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}`,
};

const time = (html) => {
  const started = performance.now();
  convert(html);
  return performance.now() - started;
};
// Warm up the converter (its first call compiles), then take the best of 3 for 1 MB and one run for 10 MB.
time(shapes.paragraphs(MB));
const sizes = process.argv[2] ? [Number(process.argv[2]) * MB] : [MB, 10 * MB];

console.log('shape                    size     ms       MB/s   ×1 MB   budget');
for (const [name, make] of Object.entries(shapes)) {
  // The nesting has one size.
  const results = (name.startsWith('nesting') ? [MB] : sizes).map((bytes) => {
    const html = make(bytes);
    const ms = Math.min(...Array.from({ length: bytes <= MB ? 3 : 1 }, () => time(html)));
    return { bytes: html.length, ms };
  });
  for (const { bytes, ms } of results) {
    const ratio = bytes > MB * 1.5 && results[0].bytes < bytes ? (ms / results[0].ms).toFixed(1) : '';
    const verdict =
      bytes >= 9 * MB || name.startsWith('nesting') ? (ms < budget ? `ok < ${budget}` : `OVER ${budget}`) : '';
    console.log(
      `${name.padEnd(24)} ${(bytes / MB).toFixed(1).padStart(4)} MB ${ms.toFixed(0).padStart(6)} ${(bytes / MB / (ms / 1000)).toFixed(1).padStart(8)} ${ratio.padStart(7)}   ${verdict}`,
    );
  }
}
