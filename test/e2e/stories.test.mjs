// Every story of the built Storybook (npm run build-storybook) renders without a console error and
// without a console warning (a story tagged `warns`, which shows bad input, must warn) and
// without an axe violation (WCAG 2.2 A/AA); docs pages list the API from custom-elements.json.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loadSource } from '../../scripts/load-source.mjs';
import { launchBrowser, openPage, startServer } from './browser.mjs';

const index = 'storybook-static/index.json';
if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build-storybook\` first.`);
const entries = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
// stories/<tag>.stories.ts documents <tag>.
const tagOf = (entry) => entry.importPath.match(/([\w-]+)\.stories\.ts$/)?.[1];
const docs = entries.filter((entry) => entry.type === 'docs' && declarations.some((d) => d.tagName === tagOf(entry)));
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe('Storybook', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const open = async (id, viewMode) => {
    // The a11y addon would run its own axe in the page at the same time as ours: it waits for a click (manual).
    const opened = await openPage(
      browser,
      `${server.origin}/storybook-static/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`,
    );
    const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
    await opened.page.waitForFunction((selector) => document.querySelector(selector)?.children.length > 0, {}, root);
    return opened;
  };

  for (const story of stories) {
    it(`${story.title} › ${story.name}: renders with no console error and no axe violation`, async () => {
      const { page, problems } = await open(story.id, 'story');
      await page.evaluate(() => document.fonts.ready);
      const undefinedElements = await page.$$eval('#storybook-root :not(:defined)', (els) =>
        els.map((el) => el.localName),
      );
      assert.deepEqual(undefinedElements, [], 'every element in the story is defined');
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run('#storybook-root', {
          runOnly: { type: 'tag', values: tags },
          iframes: false,
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, axeTags);
      assert.deepEqual(violations, []);
      // A story tagged `warns` shows bad input: it must warn, in the library's voice, and do nothing worse.
      const reported = problems.filter((p) => !p.includes('Lit is in dev mode'));
      const warnings = reported.filter((p) => p.startsWith('warn: [isomer-blocks]'));
      if (story.tags?.includes('warns')) assert.ok(warnings.length > 0, 'the story of bad input warns');
      else assert.deepEqual(warnings, []);
      assert.deepEqual(
        reported.filter((p) => !warnings.includes(p)),
        [],
      );
      await page.close();
    });
  }

  it('the landing page says what the library is and links to every block of the registry', async () => {
    const { blockTags } = await loadSource('blocks.ts');
    const { page, problems } = await open('introduction--docs', 'docs');
    await page.waitForSelector('#storybook-docs table');
    const links = await page.$$eval('#storybook-docs table a', (anchors) =>
      anchors.map((a) => [a.textContent, new URL(a.href).searchParams.get('path')]),
    );
    assert.deepEqual(
      links.map(([text]) => text),
      blockTags.map((tag) => `<${tag}>`),
    );
    for (const [, path] of links)
      assert.ok(
        docs.some((doc) => path === `/docs/${doc.id}`),
        `${path} is a docs page`,
      );
    assert.deepEqual(
      problems.filter((p) => !p.includes('Lit is in dev mode')),
      [],
    );
    await page.close();
  });

  it('the reference article names every element it converted to', async () => {
    const { page } = await open('reference-article--docs', 'docs');
    await page.waitForSelector('#storybook-docs code');
    const chips = await page.$$eval('#storybook-docs p code', (codes) => codes.map((code) => code.textContent));
    assert.ok(chips.length > 0);
    assert.deepEqual(
      chips.filter((chip) => !/^<[a-z]+(-[a-z]+)+>$/.test(chip)),
      [],
    );
    await page.close();
  });

  // D19: an English alt text in a story in another language would be read with that story's voice.
  it('translated stories describe their images in their own language, not an English story’s words', async () => {
    const english = new Set();
    const translated = [];
    for (const story of stories) {
      const { page } = await open(story.id, 'story');
      const alts = await page.$$eval('#storybook-root img[alt]', (images) =>
        images.map((img) => ({ alt: img.alt.trim(), lang: img.closest('[lang]')?.getAttribute('lang') ?? 'en' })),
      );
      await page.close();
      for (const { alt, lang } of alts.filter(({ alt }) => alt)) {
        if (/^en\b/i.test(lang)) english.add(alt);
        else translated.push({ story: story.id, alt, lang });
      }
    }
    assert.ok(
      english.size > 0 && translated.length > 0,
      `${english.size} English and ${translated.length} translated alts`,
    );
    assert.deepEqual(
      translated.filter(({ alt }) => english.has(alt)),
      [],
    );
  });

  for (const doc of docs) {
    it(`${doc.title} › docs: lists the element's API from the manifest`, async () => {
      const { page } = await open(doc.id, 'docs');
      await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
      const text = await page.$eval('#storybook-docs', (el) => el.innerText);
      const declaration = declarations.find((d) => d.tagName === tagOf(doc));
      for (const attribute of declaration.attributes ?? []) assert.match(text, new RegExp(attribute.name));
      for (const part of declaration.cssParts ?? []) assert.match(text, new RegExp(part.name));
      await page.close();
    });
  }
});

it('every element has a stories file with docs', () => {
  for (const { tagName } of declarations)
    assert.ok(
      docs.some((doc) => tagOf(doc) === tagName),
      `src/${tagName}/${tagName}.stories.ts`,
    );
});
