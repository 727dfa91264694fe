// The element modules load in Node (no browser global touched at import time), and --ssr renders
// every registered element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url).pathname;

describe('server rendering', () => {
  it('imports every element class and the registering entry in plain Node', () => {
    const script = `
      const index = await import(${JSON.stringify(`${dist}index.js`)});
      const tags = ['pull-quote'].filter((tag) => customElements.get(tag));
      console.log(JSON.stringify({ version: index.version, tags }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).tags, ['pull-quote']);
  });

  it('renders each registered element once, leaves unknown tags and keeps going past a failing one', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    const { html, problems } = await renderSsr(
      '<p>Intro <!--isomer-ssr:0--></p><pull-quote><p>Q</p><p slot="attribution">- A</p></pull-quote><template><pull-quote><p>T</p></pull-quote></template><not-registered><b>x</b></not-registered>',
    );
    assert.deepEqual(problems, []);
    assert.equal(html.match(/shadowrootmode="open"/g).length, 2);
    assert.match(html, /<p>Intro <!--isomer-ssr:0--><\/p>/, 'the author’s comments are not placeholders');
    assert.match(html, /<not-registered><b>x<\/b><\/not-registered>/);

    // The table of contents needs the live page's headings: its light-DOM list serves until then.
    const toc = '<article-toc><ul><li><a href="#a">A</a></li></ul></article-toc>';
    const left = await renderSsr(`<h2 id="a">A</h2>${toc}<pull-quote><p>Q</p></pull-quote>`);
    assert.deepEqual(left.problems, []);
    assert.ok(left.html.includes(`<h2 id="a">A</h2>${toc}`), left.html);
    assert.equal(left.html.match(/shadowrootmode="open"/g).length, 1);

    const { LitElement } = await import('lit');
    customElements.define(
      'broken-thing',
      class extends LitElement {
        render() {
          throw new Error('boom');
        }
      },
    );
    const failing = await renderSsr('<broken-thing>kept</broken-thing><pull-quote><p>Q</p></pull-quote>');
    assert.equal(failing.problems.length, 1);
    assert.match(failing.problems[0], /<broken-thing> could not be server-rendered: boom/);
    assert.match(failing.html, /^<broken-thing>kept<\/broken-thing><!--lit-part [^>]*--><pull-quote><template shadowroot/);
  });
});
