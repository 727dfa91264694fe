// The four languages everywhere (issue 14, "Languages everywhere"):
// - every block's examples (src/<tag>/examples.ts), in en, zh, ms and ta, server-rendered and read
//   without JavaScript, then client-rendered: their accessibility trees against a committed
//   snapshot (test/snapshots/languages.json; `UPDATE_SNAPSHOTS=1` writes it anew), and no English
//   UI string in the other three (Chromium: the tree comes over CDP);
// - the script and the stylesheets pick the same language for one `lang` (zh-Hant and the other
//   Traditional tags: English, marked `lang="en"`), in every engine.
//
// (Modules loaded by a computed name are named by their .ts source: the dev server resolves only
// the static .js specifiers to it.)
// The elements are defined only once the server-rendered trees are read: this page must not
// import them before.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { blockTags } from '../src/blocks.js';
import { examples as accordionExamples } from '../src/isomer-accordion/examples.js';
import { langSelector } from '../src/shared/css-strings.js';
import { fileHints } from '../src/shared/file-types.js';
import { isEnglishFallback, languages, resolveLanguage, strings, type Language } from '../src/shared/i18n.js';
import { engine, itWhere } from './support/engines.js';
import {
  accessibilityTree,
  blockExternalRequests,
  captureWarnings,
  generatedText,
  loadStylesheet,
  nextFrames,
} from './support/helpers.js';

type Upgradable = Element & { updateComplete?: Promise<unknown> };

/** Every example of every block, as `<tag>/<name>` → markup. */
async function allExamples(): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (const tag of blockTags) {
    const { examples } = (await import(`../src/${tag}/examples.ts`)) as { examples: Record<string, string> };
    for (const [name, markup] of Object.entries(examples)) found.push([`${tag}/${name}`, markup]);
  }
  return found;
}

/** A box in the page, in `lang`, that the tests fill. */
function box(lang: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'lang-root';
  root.lang = lang;
  document.body.replaceChildren(root);
  return root;
}

async function settled(root: Element): Promise<void> {
  for (const el of root.querySelectorAll<Upgradable>('*')) await el.updateComplete;
  await nextFrames();
}

/** The UI strings of `strings.en` as a reader would meet them (the `{title}` parameter left out). */
const englishWords = Object.values(strings.en).map((text) => text.replace(/\{\w+\}/g, '').trim());

before(async () => {
  await loadStylesheet('/src/preflight.css');
  await loadStylesheet('/src/prose.css');
});

itWhere(
  'accessibility-tree',
  'reads every block in every language as the snapshot says, server-rendered and client-rendered, with no English UI string in zh, ms or ta',
  async function () {
    this.timeout(300000);
    const examples = await allExamples();
    const trees: Record<string, string> = {};
    const read = async (key: string, lang: Language) => {
      const tree = await accessibilityTree('#lang-root');
      trees[key] = tree;
      if (lang !== 'en') {
        for (const words of englishWords) expect(tree, `${key}: "${words}" in English`).not.to.contain(words);
      }
    };
    await blockExternalRequests(async () => {
      for (const [name, markup] of examples) {
        for (const lang of languages) {
          const { html, problems } = (await executeServerCommand('ssr-render', { markup, lang })) as {
            html: string;
            problems: string[];
          };
          expect(problems).to.deep.equal([]);
          box(lang).setHTMLUnsafe(html);
          await nextFrames();
          await read(`server/${name}/${lang}`, lang);
        }
      }
      for (const tag of blockTags) await import(`../src/${tag}/define.ts`);
      for (const [name, markup] of examples) {
        for (const lang of languages) {
          const root = box(lang);
          root.innerHTML = markup;
          await settled(root);
          await read(`client/${name}/${lang}`, lang);
        }
      }
    });
    document.body.replaceChildren();
    const committed = (await executeServerCommand('snapshot', { name: 'languages', entries: trees })) as Record<
      string,
      string
    > | null;
    expect(committed, 'test/snapshots/languages.json: write it with UPDATE_SNAPSHOTS=1').not.to.equal(null);
    expect(Object.keys(trees).sort()).to.deep.equal(Object.keys(committed!).sort());
    for (const key of Object.keys(trees)) expect(trees[key], key).to.equal(committed![key]);
  },
);

describe('"Expand all" before the script runs (D15)', () => {
  // In a frame of its own, so that the server's markup upgrades in place when the script loads,
  // as on a page (this page defines the elements later, for the snapshot).
  for (const [name, markup] of Object.entries(accordionExamples)) {
    it(`${name}: server-rendered, the button keeps its room, out of sight and reach; the box stays when it works`, async () => {
      const { html } = (await executeServerCommand('ssr-render', { markup, lang: 'ms' })) as { html: string };
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '640px';
      document.body.replaceChildren(frame);
      const page = frame.contentDocument!;
      page.documentElement.lang = 'ms';
      const sheet = page.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = '/src/preflight.css';
      const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve));
      page.head.append(sheet);
      await loaded;
      page.body.setHTMLUnsafe(html);
      const accordion = page.querySelector('isomer-accordion')!;
      const button = () => accordion.shadowRoot!.querySelector('button');
      const box = () => accordion.getBoundingClientRect().height;
      await nextFrames();
      const before = box();
      const controls = !accordion.hasAttribute('single');
      if (controls) {
        expect(button()!.checkVisibility({ visibilityProperty: true })).to.equal(false);
        expect(button()!.getBoundingClientRect().height).to.be.greaterThan(30);
      }
      const script = page.createElement('script');
      script.type = 'module';
      script.src = '/src/isomer-accordion/define.ts';
      page.head.append(script);
      await new Promise((resolve) => script.addEventListener('load', resolve));
      await (accordion as Upgradable).updateComplete;
      await nextFrames();
      if (controls) {
        expect(button()!.checkVisibility({ visibilityProperty: true })).to.equal(true);
        expect(button()!.textContent!.trim()).to.equal(strings.ms.expandAll);
      }
      expect(box(), 'the box after the script ran').to.equal(before);
    });
  }
});

describe('one language for one lang, in the script and in the stylesheets', () => {
  // `ms_SG` (a CMS locale, not BCP 47): CSS :lang(ms) does not match it in Chromium and WebKit, so
  // the stylesheets' strings are English there, and the elements read it the same way (English,
  // lang="en") and warn. Firefox's :lang() alone reads the underscore as a hyphen (measured: Firefox
  // 153 ESR; Chromium 156 and WebKitGTK do not).
  const tags = [
    'en-SG',
    'zh-SG',
    'zh-Hans-TW',
    'zh-Hant',
    'zh-Hant-TW',
    'zh-TW',
    'zh-HK',
    'zh-MO',
    'ms-SG',
    'ms_SG',
    'ta-SG',
    'fr',
  ];
  const elementLanguage = (tag: string): Language => (tag.includes('_') ? 'en' : resolveLanguage(tag));
  const marked = (tag: string) => tag.includes('_') || isEnglishFallback(tag);
  const cssLanguage = (tag: string): Language => (engine === 'firefox' ? resolveLanguage(tag) : elementLanguage(tag));
  const generated = (el: Element, pseudo: string) => getComputedStyle(el, pseudo).content;

  before(async () => {
    for (const tag of ['isomer-accordion', 'goal-card'] as const) await import(`../src/${tag}/define.ts`);
  });
  afterEach(() => document.body.replaceChildren());

  it('writes Chinese in the stylesheets as the elements do: Simplified only (css-strings.ts langSelector)', async () => {
    for (const sheet of ['/src/preflight.css', '/src/prose.css']) {
      const text = await (await fetch(sheet)).text();
      // Every rule's selector, comments left out; prettier may have wrapped it over lines.
      const selectors = text.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+(?=\{)/g) ?? [];
      // The CJK typography rules of prose.css hold for Traditional too; the words do not.
      const words = selectors.filter(
        (selector) => selector.includes(':lang(zh') && /::(?:before|after)/.test(selector),
      );
      expect(words.length, sheet).to.be.greaterThan(0);
      for (const selector of words) expect(selector.replace(/\s/g, ''), sheet).to.contain(langSelector('zh'));
    }
  });

  for (const tag of tags) {
    it(`${tag}: ${elementLanguage(tag)} in the elements${marked(tag) ? ' (marked lang="en")' : ''}, ${cssLanguage(tag)} in the stylesheets (${engine})`, async () => {
      const root = box(tag);
      const warnings = await captureWarnings(async () => {
        root.innerHTML = `<div class="isomer-prose"><a href="/a" target="_blank">link</a></div>
          <isomer-accordion controls><details><summary>Q</summary><p>A</p></details></isomer-accordion>
          <goal-card href="https://www.smartnation.gov.sg/" target="_blank"><span slot="title">Trust</span></goal-card>
          <goal-card><a slot="title" href="https://www.smartnation.gov.sg/" target="_blank">Trust</a></goal-card>
          <div class="isomer-prose"><a href="/files/report.pdf">report</a></div>
          <goal-card><a slot="title" href="/files/report.PDF?v=2">Report</a></goal-card>`;
        await settled(root);
      });
      const inCss = strings[cssLanguage(tag)];
      expect(generated(root.querySelector('.isomer-prose a')!, '::after')).to.contain(inCss.newTab);
      // The preflight copy of the words, for the author's title link.
      expect(generated(root.querySelector('goal-card > a')!, '::after')).to.contain(inCss.newTab);
      // Links to files say the type in the stylesheets' language, in the article and on a card (issue 13).
      const fileHint = fileHints[cssLanguage(tag)].join('PDF');
      expect(generatedText(root.querySelector('.isomer-prose a[href$=".pdf"]')!)).to.equal(fileHint);
      expect(generatedText(root.querySelector('goal-card > a[href*=".PDF"]')!)).to.equal(fileHint);
      const language = elementLanguage(tag);
      const button = root.querySelector('isomer-accordion')!.shadowRoot!.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal(strings[language].expandAll);
      expect(button.getAttribute('lang')).to.equal(marked(tag) ? 'en' : null);
      const card = root.querySelector('goal-card')!;
      const newTab = card.shadowRoot!.querySelector('#new-tab')!;
      expect(newTab.textContent).to.equal(strings[language].newTab);
      expect(newTab.getAttribute('lang')).to.equal(marked(tag) ? 'en' : null);
      // The card's shadow CSS copy of the words (its no-JavaScript ↗ alternative) follows :lang().
      expect(getComputedStyle(card).getPropertyValue('--_new-tab')).to.contain(inCss.newTab);
      expect(warnings.some((warning) => warning.includes(`lang="${tag}" is not BCP 47`))).to.equal(tag.includes('_'));
    });
  }
});
