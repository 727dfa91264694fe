// The stylesheets as built (run `npm run build` first): readable as written in the npm files,
// minified in the CDN files that pages link render-blocking.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { transform } from 'esbuild';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('stylesheets', () => {
  for (const name of ['preflight.css', 'prose.css']) {
    it(`ships ${name} as written on npm and minified on the CDN`, async () => {
      const source = read(`src/${name}`);
      assert.equal(read(`dist/${name}`), source);
      const cdn = read(`dist/cdn/${name}`);
      assert.equal(cdn, (await transform(source, { loader: 'css', minify: true })).code);
      assert.doesNotMatch(cdn, /\/\*/, 'no comments');
      assert.ok(cdn.length < source.length * 0.8, `${cdn.length} B of ${source.length} B`);
    });
  }
});
