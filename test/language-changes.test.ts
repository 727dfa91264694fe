// Issue 19, item 9: `lang` changed while an element renders. Every element with UI strings ends in
// the language the page has now, whether `lang` changed before its first render, in the middle of
// a render (after it read its strings), or the element moved into a part of the page in another
// language. (pull-quote.test.ts checks a change after the render.)
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { translate, type Language } from '../src/shared/i18n.js';
import { settled } from './support/fixture.js';
import { pageFaults } from './support/faults.js';
import { captureWarnings } from './support/helpers.js';

type Rendering = HTMLElement & { updateComplete: Promise<unknown>; render(): unknown };

interface Case {
  tag: string;
  markup: string;
  /** The UI string as the element shows it. */
  read(el: Element): string | null | undefined;
  /** The same string in `lang`, from the i18n table. */
  expected(lang: Language): string;
}

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

const cases: Case[] = [
  {
    tag: 'video-embed',
    markup: '<video-embed src="https://youtu.be/3KVb3pRy_3E" label="Launch" privacy="strict"></video-embed>',
    read: (el) => shadow(el, 'button')?.getAttribute('aria-label'),
    expected: (lang) => translate(lang, 'playVideo', { title: 'Launch' }),
  },
  {
    tag: 'article-toc',
    markup: '<article-toc></article-toc><h2 id="a">A</h2><h2 id="b">B</h2>',
    read: (el) => shadow(el, 'nav')?.getAttribute('aria-label'),
    expected: (lang) => translate(lang, 'onThisPage'),
  },
  {
    tag: 'isomer-accordion',
    markup: '<isomer-accordion controls><details><summary>Q</summary><p>A</p></details></isomer-accordion>',
    read: (el) => shadow(el, '[part="control"]')?.textContent?.trim(),
    expected: (lang) => translate(lang, 'expandAll'),
  },
  {
    tag: 'goal-card',
    markup: '<goal-card href="/x" target="_blank"><span slot="title">T</span></goal-card>',
    read: (el) => el.shadowRoot!.getElementById('new-tab')?.textContent,
    expected: (lang) => translate(lang, 'newTab'),
  },
  {
    tag: 'pull-quote',
    markup: '<pull-quote cite="https://www.pmo.gov.sg/"><p>“Q.”</p></pull-quote>',
    read: (el) => shadow(el, '[part="source"]')?.textContent,
    expected: (lang) => translate(lang, 'source'),
  },
  {
    // Narrow, so that its table scrolls and the element is a region named in the page's language.
    tag: 'isomer-table',
    markup:
      '<isomer-table style="inline-size: 120px"><table><tr><td>Averyveryverylongword</td><td>Anotherveryverylongword</td></tr></table></isomer-table>',
    read: (el) => (el as unknown as { internals: ElementInternals }).internals.ariaLabel,
    expected: (lang) => translate(lang, 'scrolls', { name: translate(lang, 'table') }),
  },
];

/** A part of the page in `lang`, holding `markup`; its element of `tag`. */
function section(lang: string, markup: string, tag: string): { box: HTMLElement; el: Rendering } {
  const box = document.createElement('main');
  box.lang = lang;
  box.innerHTML = markup;
  document.body.append(box);
  return { box, el: box.querySelector<Rendering>(tag)! };
}

/** Waits for the `lang` observer's records and the updates they ask for (and the frames a table's size needs). */
async function languageSettled(box: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await settled(box);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await settled(box);
}

describe('lang changed during render (issue 19)', () => {
  afterEach(() => document.body.querySelectorAll('main').forEach((box) => box.remove()));

  for (const { tag, markup, read, expected } of cases) {
    describe(`<${tag}>`, () => {
      it('follows a lang changed after it connected and before its first render', async () => {
        const faults = await pageFaults(() =>
          captureWarnings(async () => {
            const { box } = section('en', markup, tag);
            box.lang = 'ms';
            await languageSettled(box);
          }),
        );
        expect([read(document.querySelector(tag)!), faults]).to.deep.equal([expected('ms'), []]);
      });

      it('follows a lang changed in the middle of its render, after it read its strings', async () => {
        const faults = await pageFaults(() =>
          captureWarnings(async () => {
            const { box, el } = section('en', markup, tag);
            // This render reads the strings in English, then the page turns Tamil.
            const { render } = el;
            el.render = function () {
              const result = render.call(this);
              box.lang = 'ta';
              el.render = render;
              return result;
            };
            await languageSettled(box);
          }),
        );
        expect([read(document.querySelector(tag)!), faults]).to.deep.equal([expected('ta'), []]);
      });

      it('follows the lang of the part of the page it moves to', async () => {
        const faults = await pageFaults(() =>
          captureWarnings(async () => {
            const from = section('en', markup, tag);
            await languageSettled(from.box);
            expect(read(from.el)).to.equal(expected('en'));
            const to = section('zh', '', tag);
            to.box.append(...from.box.childNodes);
            await languageSettled(to.box);
          }),
        );
        expect([read(document.querySelector(tag)!), faults]).to.deep.equal([expected('zh'), []]);
      });
    });
  }
});
