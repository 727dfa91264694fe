// Conversion speed: time per corpus page (median of repeated runs, after warm-up) and throughput
// over the corpus repeated to at least 10 MB. Targets: the whole corpus in under 1 s, under 20 ms
// for a typical page. Run `npm run build` first (`npm run bench` does).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { convert } from '../dist/convert/convert.js';
import { splitFrontmatter } from '../dist/convert/frontmatter.js';
import { corpusPages, corpusPath } from '../test/support/corpus.mjs';

const pages = corpusPages().map((page) => ({
  page,
  body: splitFrontmatter(readFileSync(corpusPath(page), 'utf8')).body,
}));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (run) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

// Cold: the first pass over the corpus in a fresh process, as a CLI run sees it.
const cold = time(() => pages.forEach(({ body }) => convert(body)));
for (let i = 0; i < 20; i++) pages.forEach(({ body }) => convert(body));

console.log('page                                             KB   ms (median of 15)');
const perPage = pages.map(({ page, body }) => {
  const ms = median(Array.from({ length: 15 }, () => time(() => convert(body))));
  console.log(`${page.padEnd(46)} ${(body.length / 1024).toFixed(1).padStart(5)}  ${ms.toFixed(2).padStart(6)}`);
  return ms;
});
const corpusBytes = pages.reduce((sum, { body }) => sum + body.length, 0);
const warm = median(Array.from({ length: 9 }, () => time(() => pages.forEach(({ body }) => convert(body)))));

const repeats = Math.ceil((10 * 1024 * 1024) / corpusBytes);
const bulk = time(() => {
  for (let i = 0; i < repeats; i++) pages.forEach(({ body }) => convert(body));
});
const megabytes = (corpusBytes * repeats) / 1024 / 1024;

console.log(`
corpus: ${pages.length} pages, ${(corpusBytes / 1024).toFixed(0)} KB
whole corpus, cold (first run): ${cold.toFixed(0)} ms   warm (median of 9): ${warm.toFixed(1)} ms   target < 1000 ms
per page: median ${median(perPage).toFixed(2)} ms, max ${Math.max(...perPage).toFixed(2)} ms   target < 20 ms
throughput: ${megabytes.toFixed(1)} MB (corpus × ${repeats}) in ${(bulk / 1000).toFixed(2)} s = ${(megabytes / (bulk / 1000)).toFixed(1)} MB/s`);
