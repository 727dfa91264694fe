import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { IsomerAccordion } from './isomer-accordion.js';
import {
  accessibilityTree,
  captureProblems,
  emulateMediaFeatures,
  nextEvent,
  nextFrames,
  setViewport,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

/** An item as the Isomer CMS writes it. */
const item = (question: string, answer: string, id?: string) => html`<details class="isomer-details" id=${id ?? ''}>
  <summary><strong>${question}</strong></summary>
  <div data-type="detailsContent" class="isomer-details-content"><p>${answer}</p></div>
</details>`;

/** Three items of an Isomer FAQ in an accordion, as the converter writes it. */
const faq = (attributes = '') => `<isomer-accordion ${attributes}>
    <details class="isomer-details" id="subscribe"><summary><strong>How can I subscribe?</strong></summary>
      <div data-type="detailsContent" class="isomer-details-content"><p id="form">Complete the <a href="#">subscription form</a>.</p></div></details>
    <details class="isomer-details"><summary><strong>Which satellites?</strong></summary>
      <div data-type="detailsContent" class="isomer-details-content"><p>SUOMI NPP and NOAA-20.</p></div></details>
    <details class="isomer-details"><summary><strong>Is it free?</strong></summary>
      <div data-type="detailsContent" class="isomer-details-content"><p>Yes.</p></div></details>
  </isomer-accordion>`;

const mount = async (attributes = '') => {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  await setContent(wrapper, faq(attributes));
  const el = wrapper.querySelector('isomer-accordion')!;
  await el.updateComplete;
  return el;
};
const items = (el: IsomerAccordion) => Array.from(el.querySelectorAll<HTMLDetailsElement>(':scope > details'));
const control = (el: IsomerAccordion) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="control"]');
const opened = (el: IsomerAccordion) => items(el).map((details) => details.open);
/** Lets queued `toggle` events reach the element. */
const toggled = async (el: IsomerAccordion) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('<isomer-accordion>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keeps the items as they are, in its default slot', async () => {
    const source = Object.assign(document.createElement('template'), { innerHTML: faq() }).content.querySelector(
      'isomer-accordion',
    )!.innerHTML;
    const el = await mount();
    expect(el.innerHTML).to.equal(source);
    expect(items(el).map((details) => details.assignedSlot?.name)).to.deep.equal(['', '', '']);
    expect(control(el)).to.equal(null);
  });

  it('opens and closes items natively, with the keyboard', async () => {
    const el = await mount();
    const summary = el.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened(el)).to.deep.equal([true, false, false]);
    await sendKeys({ press: ' ' });
    expect(opened(el)).to.deep.equal([false, false, false]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelectorAll('summary')[1]);
  });

  describe('variants', () => {
    it('divides white items with rules', async () => {
      const el = await mount();
      expect(el.variant).to.equal('white');
      const style = getComputedStyle(items(el)[1]);
      expect(style.borderBlockEndWidth).to.equal('1px');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('sets gray items on a gray background', async () => {
      const el = await mount('variant="gray"');
      const style = getComputedStyle(items(el)[1]);
      expect(style.backgroundColor).to.equal('rgb(244, 245, 247)');
      // No visible rule between items: the border is there for forced colours only.
      expect(style.borderBlockEndColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('reads the variant in any case; anything else is white, with a warning (issue 19 L-list)', async () => {
      for (const [variant, gray, warned] of [
        ['GRAY', true, false],
        ['White', false, false],
        ['grey', false, true],
      ] as const) {
        let el!: IsomerAccordion;
        const { warnings, codes } = await captureProblems('isomer-accordion-error', async () => {
          el = await mount(`variant="${variant}"`);
        });
        expect(getComputedStyle(items(el)[1]).backgroundColor !== 'rgba(0, 0, 0, 0)', variant).to.equal(gray);
        expect([codes, warnings.length], variant).to.deep.equal(warned ? [['invalid-variant'], 1] : [[], 0]);
      }
    });

    it('follows the dark colour scheme', async () => {
      const el = await mount('variant="gray"');
      el.parentElement!.style.colorScheme = 'dark';
      expect(getComputedStyle(items(el)[0]).backgroundColor).to.equal('rgb(38, 39, 44)');
    });
  });

  describe('expand and collapse all', () => {
    it('opens every item, then closes them all, saying what it will do and not announcing a state (D11)', async () => {
      const el = await mount('controls');
      const button = control(el)!;
      expect(button.textContent!.trim()).to.equal('Expand all');
      // Its label says what it will do, so it carries no state that would contradict it (D11).
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
      button.click();
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([true, true, true]);
      expect(button.textContent!.trim()).to.equal('Collapse all');
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
      button.click();
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([false, false, false]);
      expect(button.textContent!.trim()).to.equal('Expand all');
    });

    it('follows items the reader opens and closes one by one', async () => {
      const el = await mount('controls');
      for (const details of items(el)) details.open = true;
      await toggled(el);
      expect(control(el)!.textContent!.trim()).to.equal('Collapse all');
      items(el)[1].open = false;
      await toggled(el);
      expect(control(el)!.textContent!.trim()).to.equal('Expand all');
    });

    it('is not shown in single mode', async () => {
      const el = await mount('controls single');
      expect(control(el)).to.equal(null);
    });

    const labels = {
      en: ['Expand all', 'Collapse all'],
      zh: ['全部展开', '全部收起'],
      ms: ['Kembangkan semua', 'Kuncupkan semua'],
      ta: ['அனைத்தையும் விரி', 'அனைத்தையும் சுருக்கு'],
    };
    for (const [lang, [expand, collapse]] of Object.entries(labels)) {
      it(`speaks ${lang}`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
        await setContent(wrapper, faq('controls'));
        const el = wrapper.querySelector('isomer-accordion')!;
        await el.updateComplete;
        expect(control(el)!.textContent!.trim()).to.equal(expand);
        control(el)!.click();
        await el.updateComplete;
        expect(control(el)!.textContent!.trim()).to.equal(collapse);
      });
    }
  });

  describe('single', () => {
    it('names the items so that opening one closes the others', async () => {
      const el = await mount('single');
      await el.updateComplete;
      const names = items(el).map((details) => details.name);
      expect(new Set(names).size).to.equal(1);
      expect(names[0]).to.match(/^isomer-accordion-\d+$/);
      items(el)[0].open = true;
      items(el)[2].open = true;
      expect(opened(el)).to.deep.equal([false, false, true]);
    });

    it('gives each accordion its own group', async () => {
      const one = await mount('single');
      const two = await mount('single');
      await two.updateComplete;
      expect(items(one)[0].name).not.to.equal(items(two)[0].name);
    });

    it('names items added later, keeps names the page set, and lets go when single is removed', async () => {
      const el = await mount('single');
      await el.updateComplete;
      const later = document.createElement('details');
      later.innerHTML = '<summary>Later</summary><div class="isomer-details-content">…</div>';
      const own = document.createElement('details');
      own.name = 'page-group';
      el.append(later, own);
      await nextEvent(el.shadowRoot!.querySelector('slot')!, 'slotchange');
      expect(later.name).to.equal(items(el)[0].name);
      expect(own.name).to.equal('page-group');
      el.single = false;
      await el.updateComplete;
      expect(items(el).map((details) => details.name)).to.deep.equal(['', '', '', '', 'page-group']);
    });
  });

  describe('URL fragment', () => {
    it('opens the item the fragment names and scrolls to it, on load', async () => {
      history.replaceState(null, '', '#subscribe');
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      await setContent(wrapper, `<div style="height: 3000px"></div>${faq()}`);
      const el = wrapper.querySelector('isomer-accordion')!;
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([true, false, false]);
      const box = items(el)[0].getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight);
      window.scrollTo(0, 0);
    });

    it('opens the item around an element the fragment names, on hashchange', async () => {
      const el = await mount();
      location.hash = '#form';
      await nextEvent(window, 'hashchange');
      expect(opened(el)).to.deep.equal([true, false, false]);
    });

    it('opens nested items around the target', async () => {
      const el = await mount();
      const inner = document.createElement('details');
      inner.innerHTML = '<summary>Inner</summary><p id="deep">Deep</p>';
      items(el)[1].querySelector('.isomer-details-content')!.append(inner);
      location.hash = '#deep';
      await nextEvent(window, 'hashchange');
      expect(opened(el)).to.deep.equal([false, true, false]);
      expect(inner.open).to.equal(true);
    });

    it('ignores fragments outside it, unknown ones and malformed ones', async () => {
      const el = await mount();
      for (const hash of ['#nothing-here', '#%E0%A4%A', '#']) {
        location.hash = hash;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(opened(el)).to.deep.equal([false, false, false]);
    });

    it('stops listening when removed', async () => {
      const el = await mount();
      el.remove();
      location.hash = '#subscribe';
      await nextEvent(window, 'hashchange');
      expect(opened(el)).to.deep.equal([false, false, false]);
    });
  });

  describe('print', () => {
    afterEach(() => emulateMediaFeatures([]));

    itWhere('emulate-media', 'shows the content of closed items in print media', async () => {
      const el = await mount();
      const answer = items(el)[1].querySelector('p')!;
      expect(answer.checkVisibility()).to.equal(false);
      await emulateMediaFeatures([], 'print');
      expect(answer.checkVisibility()).to.equal(true);
      expect(items(el)[1].open).to.equal(false);
    });

    itWhere('emulate-media', 'hides the expand-all button in print media', async () => {
      const el = await mount('controls');
      await emulateMediaFeatures([], 'print');
      expect(getComputedStyle(control(el)!).display).to.equal('none');
    });

    it('opens every item before printing and restores them after, also in single mode', async () => {
      const el = await mount('single');
      await el.updateComplete;
      const group = items(el)[0].name;
      items(el)[2].open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(opened(el)).to.deep.equal([true, true, true]);
      window.dispatchEvent(new Event('afterprint'));
      expect(opened(el)).to.deep.equal([false, false, true]);
      expect(items(el).map((details) => details.name)).to.deep.equal([group, group, group]);
    });
  });

  describe('bad input', () => {
    it('warns when it holds no details, and shows its content as it is', async () => {
      let el!: IsomerAccordion;
      const { warnings, codes } = await captureProblems('isomer-accordion-error', async () => {
        el = await fixture<IsomerAccordion>(
          html`<isomer-accordion controls><p>Just a paragraph.</p></isomer-accordion>`,
        );
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('<isomer-accordion>').and.contain('no <details> item');
      expect(codes.at(-1)).to.equal('no-items');
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    it('passes axe, closed and open', async () => {
      const el = await mount('controls variant="gray"');
      await expect(el.parentElement).to.be.accessible();
      control(el)!.click();
      await el.updateComplete;
      await expect(el.parentElement).to.be.accessible();
    });

    itWhere('accessibility-tree', 'keeps the native disclosure semantics of details', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div id="tree"></div>`);
      await setContent(wrapper, faq('controls'));
      const el = wrapper.querySelector('isomer-accordion')!;
      await el.updateComplete;
      items(el)[0].open = true;
      await toggled(el);
      expect(await accessibilityTree('#tree')).to.equal(
        [
          'button "Expand all"',
          '  StaticText "Expand all"',
          'group',
          '  DisclosureTriangle "How can I subscribe?" [expanded]',
          '    strong',
          '      StaticText "How can I subscribe?"',
          '  paragraph',
          '    StaticText "Complete the "',
          '    link "subscription form"',
          '      StaticText "subscription form"',
          '    StaticText "."',
          'group',
          '  DisclosureTriangle "Which satellites?"',
          '    strong',
          '      StaticText "Which satellites?"',
          'group',
          '  DisclosureTriangle "Is it free?"',
          '    strong',
          '      StaticText "Is it free?"',
        ].join('\n'),
      );
    });

    itWhere('emulate-forced-colors', 'uses system colours in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await mount('controls');
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(items(el)[0]).borderBlockEndColor).to.equal(getComputedStyle(probe).color);
        probe.style.color = 'LinkText';
        expect(getComputedStyle(control(el)!).borderTopColor).to.equal(getComputedStyle(probe).color);
        // Gray items have no rule between them, only backgrounds, which forced colours flatten (D5).
        const gray = await mount('variant="gray"');
        probe.style.color = 'CanvasText';
        for (const item of items(gray)) {
          const style = getComputedStyle(item);
          expect(style.borderTopWidth).to.equal('1px');
          expect(style.borderTopColor).to.equal(getComputedStyle(probe).color);
        }
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('shows a focus ring on a focused summary', async () => {
      const el = await mount();
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('summary'));
      expect(getComputedStyle(el.querySelector('summary')!).outlineStyle).to.equal('solid');
    });

    it('does not animate, so reduced motion has nothing to stop', async () => {
      const el = await mount('controls');
      control(el)!.click();
      await nextFrames();
      expect(document.getAnimations()).to.deep.equal([]);
      for (const details of items(el)) expect(getComputedStyle(details).transitionDuration).to.equal('0s');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    itWhere('narrow-viewport', 'reflows at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<IsomerAccordion>(html`<isomer-accordion controls>
        ${item('A question long enough to wrap over several lines in a narrow column', 'x'.repeat(400))}
      </isomer-accordion>`);
      el.querySelector('details')!.open = true;
      el.querySelector('p')!.style.overflowWrap = 'anywhere';
      await nextFrames();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
