// What the stories say, in the language they say it (the accessibility review's D19): a story in
// Chinese, Malay or Tamil has no image described by an English story's alt text, which a screen
// reader would read with the story's voice.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startServer } from './browser.mjs';

const index = 'storybook-static/index.json';
if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build-storybook\` first.`);
const stories = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);

describe('Storybook content', () => {
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

  /** Every image's alt text in a story, with the language it is read in. */
  async function altTexts(id) {
    const { page } = await openPage(browser, `${server.origin}/storybook-static/iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0);
    const alts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#storybook-root img[alt]'), (img) => ({
        alt: img.alt.trim(),
        lang: img.closest('[lang]')?.getAttribute('lang') ?? 'en',
      })).filter(({ alt }) => alt),
    );
    await page.close();
    return alts;
  }

  it('translated stories describe their images in their own language (D19)', async () => {
    const english = new Set();
    const translated = [];
    for (const story of stories) {
      for (const { alt, lang } of await altTexts(story.id)) {
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
});
