// The element modules load in Node (no browser global touched at import time), and --ssr renders
// every registered element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { loadSource } from '../../scripts/load-source.mjs';
import { elementsOf, readManifest } from '../../scripts/manifest.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

describe('server rendering', () => {
  it('imports the registering entry and every element class in plain Node', () => {
    const elements = elementsOf(readManifest());
    const script = `
      const index = await import(${JSON.stringify(`${dist}index.js`)});
      const modules = ${JSON.stringify(elements.map((element) => `${dist}${element.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`))};
      for (const module of modules) await import(module);
      const tags = ${JSON.stringify(elements.map((element) => element.tagName))}.filter((tag) => customElements.get(tag));
      console.log(JSON.stringify({ version: index.version, tags }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout).tags,
      elements.map((element) => element.tagName),
    );
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

    // Elements that need the live page (headings, site settings) render their light DOM, as it is.
    const toc = '<article-toc><ul><li><a href="#a">A</a></li></ul></article-toc>';
    const video =
      '<video-embed src="https://youtu.be/3KVb3pRy_3E" label="V"><a href="https://youtu.be/3KVb3pRy_3E">Watch</a></video-embed>';
    const live = await renderSsr(`<h2 id="a">A</h2>${toc}${video}`);
    assert.deepEqual(live.problems, []);
    for (const [tag, light] of [
      ['article-toc', '<ul><li><a href="#a">A</a></li></ul>'],
      ['video-embed', '<a href="https://youtu.be/3KVb3pRy_3E">Watch</a>'],
    ]) {
      const [, shadowRoot, rest] =
        live.html.match(
          new RegExp(
            `<${tag}[^>]*>\\s*<template shadowroot(?:mode)?="open"[^>]*>([\\s\\S]*?)</template>([\\s\\S]*?)</${tag}>`,
          ),
        ) ?? [];
      assert.match(shadowRoot ?? '', /<slot><\/slot>/, `${tag} renders a slot`);
      assert.ok(rest?.includes(light), `${tag} keeps its light DOM`);
    }

    // A server has no page: relative links are checked against a stand-in and rendered as written,
    // even where the server's window shim has a `location` (as @lit-labs/ssr's renderModule does).
    globalThis.location = new URL('http://localhost/');
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    let relative;
    try {
      relative = await renderSsr(
        '<pull-quote cite=" /speeches/smart-nation "><p>Q</p></pull-quote><goal-card href="../community/"><span slot="title">C</span></goal-card><goal-card href="javascript:alert(1)"><span slot="title">X</span></goal-card>',
      );
    } finally {
      console.warn = warn;
      delete globalThis.location;
    }
    assert.match(relative.html, /<blockquote part="quote" cite="\/speeches\/smart-nation">/);
    assert.match(relative.html, /<a id="link" part="link" href="\.\.\/community\/"/);
    assert.doesNotMatch(relative.html, /server\.invalid|<a[^>]*href="javascript:/);
    assert.deepEqual(
      warnings.map((warning) => warning.match(/<[a-z-]+>/)[0]),
      ['<goal-card>'],
    );

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
    assert.match(failing.html, /^<broken-thing>kept<\/broken-thing><pull-quote><template shadowroot/);
  });

  it('never reads the author’s markup as template source nor splices text: all but the shadow roots comes back byte for byte (M6)', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    // A placeholder-like comment and attribute, attributes Lit would take for bindings (`$lit$`),
    // text and comments that look like Lit's expressions and markers; nested elements, one in a template.
    const markup = [
      '<p title="<!--isomer-ssr:0-->">Intro <!--isomer-ssr:0--></p>',
      '<!--lit-part AAAA=--><pull-quote data-x$lit$="1" cite$lit$="https://a.example/"><p title="${alert(1)}" data-y$lit$="">${q} &lt;!--lit-part--&gt; <!--lit-node 0--></p><p slot="attribution">- A</p></pull-quote><!--/lit-part-->',
      '<isomer-card-grid label="G"><goal-card heading-level="3" data-z$lit$=""><span slot="title">${x}</span><p>&lt;/template&gt;<!--/lit-part--></p></goal-card></isomer-card-grid>',
      '<template><goal-card heading-level="3"><span slot="title">T</span></goal-card></template>',
      // What a second parse would lose: a <pre>'s first line feed, a carriage return.
      '<isomer-callout><pre>\n\ncode</pre><p>a&#13;b</p></isomer-callout>',
    ].join('\n');
    const { html, problems } = await renderSsr(markup);
    assert.deepEqual(problems, []);
    const shadowRoot = /<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>/g;
    assert.equal(html.match(shadowRoot).length, 5, 'every element rendered, the nested one and the template’s too');
    assert.equal(html.replace(shadowRoot, ''), markup);
    assert.equal((await renderSsr(html)).html, html, 'rendering again changes nothing');
  });

  it('renders markup nested deeper than browsers nest, as convert() lifts it, instead of overflowing the stack', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    const { html, problems } = await renderSsr(`${'<div>'.repeat(5000)}<pull-quote><p>Q</p></pull-quote>`);
    assert.deepEqual(problems, [
      'Content nested deeper than 512 elements was lifted to that depth, as browsers do; nothing was removed.',
    ]);
    assert.match(html, /<pull-quote><template shadowroot="open" shadowrootmode="open">/);
    assert.equal(html.match(/<div>/g).length, 5000);
  });

  it('adds no style attribute: under style-src with the README’s hashes, what it renders applies (L6)', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    const { blocks } = await loadSource('blocks.ts');
    let rendered = 0;
    for (const tag of Object.keys(blocks)) {
      const { examples } = await loadSource(`${tag}/examples.ts`);
      for (const [name, markup] of Object.entries(examples)) {
        const { html } = await renderSsr(markup);
        const shadowRoots = [
          ...html.matchAll(/<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/g),
        ];
        rendered += shadowRoots.length;
        for (const [, shadow] of shadowRoots) assert.doesNotMatch(shadow, /<[^>]*\sstyle=/, `${tag} ${name}`);
        // The author's own style attributes are theirs, as written.
        assert.equal(html.match(/\sstyle=/g)?.length, markup.match(/\sstyle=/g)?.length, `${tag} ${name}`);
      }
    }
    assert.ok(rendered >= Object.keys(blocks).length, `${rendered} shadow roots`);
  });

  it('renders the UI strings in the page language it is given, or the nearest lang around an element (D6)', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    const markup =
      '<goal-card href="https://www.smartnation.gov.sg/" target="_blank"><span slot="title">C</span></goal-card><isomer-accordion controls><details><summary>Q</summary><p>A</p></details></isomer-accordion>';
    /** The new-tab description and the "Expand all" button of a server render, with their `lang`. */
    const strings = (rendered) => {
      const html = rendered.replace(/<!--[^>]*-->/g, '');
      return {
        newTab: html.match(/<span id="new-tab" hidden(?:="")?( lang="en")?>([^<]*)</)?.slice(1),
        expandAll: html.match(/<button part="control" [^>]*?( lang="en")?>([^<]*)</)?.slice(1),
      };
    };
    const cases = [
      [undefined, 'opens in a new tab', 'Expand all', undefined],
      ['zh-SG', '在新标签页中打开', '全部展开', undefined],
      ['ms_SG', 'dibuka dalam tab baharu', 'Kembangkan semua', undefined],
      ['ta', 'புதிய தாவலில் திறக்கும்', 'அனைத்தையும் விரி', undefined],
      // No strings in those languages: English, said to be English (D16).
      ['fr', 'opens in a new tab', 'Expand all', ' lang="en"'],
      ['zh-Hant-TW', 'opens in a new tab', 'Expand all', ' lang="en"'],
    ];
    for (const [lang, newTab, expandAll, marked] of cases) {
      const { html, problems } = await renderSsr(markup, { lang });
      assert.deepEqual(problems, []);
      assert.deepEqual(strings(html), { newTab: [marked, newTab], expandAll: [marked, expandAll] }, String(lang));
    }
    // An element inside markup with its own lang follows it, as in the browser.
    const nested = await renderSsr(`<section lang="ta">${markup}</section>`, { lang: 'zh-SG' });
    assert.deepEqual(strings(nested.html), {
      newTab: [undefined, 'புதிய தாவலில் திறக்கும்'],
      expandAll: [undefined, 'அனைத்தையும் விரி'],
    });
    // Also inside another element with its own lang: each element renders in the nearest.
    const inElement = await renderSsr(`<isomer-callout lang="ms">${markup}</isomer-callout>`, { lang: 'zh-SG' });
    assert.deepEqual(strings(inElement.html), {
      newTab: [undefined, 'dibuka dalam tab baharu'],
      expandAll: [undefined, 'Kembangkan semua'],
    });
  });

  it('renders "Expand all" out of sight and out of reach, keeping its room, until the script runs (D15)', async () => {
    const { renderSsr } = await import('../../dist/cli/ssr.js');
    const { html } = await renderSsr(
      '<isomer-accordion controls><details><summary>Q</summary><p>A</p></details></isomer-accordion>',
    );
    assert.match(html, /<button part="control" type="button" class="awaits-script"/);
    assert.match(html, /\.awaits-script\s*\{\s*visibility:\s*hidden;?\s*\}/);
  });
});
