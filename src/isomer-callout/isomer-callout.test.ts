import { expect, html } from '@open-wc/testing';
import { fixture } from '../../test/support/fixture.js';
import './define.js';
import { IsomerCallout } from './isomer-callout.js';
import {
  accessibilityTree,
  boxesAcrossUpgrade,
  captureProblems,
  emulateMediaFeatures,
  setViewport,
  systemColor,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

const FORM = 'https://form.gov.sg/635f32c5001b2d0011fff09b';

/** A titled note, as a page holds it. */
const titled = () => html`
  <isomer-callout>
    <h3 slot="title">Applications close on 1 May</h3>
    <p>Submit the <a href=${FORM}>form</a> with your registration number.</p>
  </isomer-callout>
`;

const base = (el: IsomerCallout) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('<isomer-callout>', () => {
  it('shows its light-DOM content in a note, the title first', async () => {
    const el = await fixture<IsomerCallout>(titled());
    const note = base(el);
    expect(note.getAttribute('role')).to.equal('note');
    const [title, content] = Array.from(note.querySelectorAll('slot'));
    expect(title.assignedElements().map((e) => e.localName)).to.deep.equal(['h3']);
    expect(content.assignedElements().map((e) => e.localName)).to.deep.equal(['p']);
    expect(el.querySelector('p')!.getClientRects().length).to.be.above(0);
  });

  it('names the note by its title, and leaves an untitled note unnamed', async () => {
    const el = await fixture<IsomerCallout>(titled());
    expect(base(el).getAttribute('aria-labelledby')).to.equal('title');
    expect(el.shadowRoot!.getElementById('title')).to.be.instanceOf(HTMLSlotElement);
  });

  it('has the Isomer look: a rule on the reading side and a subtle background', async () => {
    const el = await fixture<IsomerCallout>(html`<isomer-callout><p>Note</p></isomer-callout>`);
    const style = getComputedStyle(el);
    expect(style.borderInlineStartWidth).to.equal('4px');
    expect(style.borderInlineStartColor).to.equal('rgb(19, 97, 240)');
    expect(style.backgroundColor).to.equal('rgb(244, 245, 247)');
  });

  it('follows the dark colour scheme', async () => {
    const wrapper = await fixture(
      html`<div style="color-scheme: dark"><isomer-callout><p>N</p></isomer-callout></div>`,
    );
    const el = wrapper.querySelector('isomer-callout')!;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(38, 39, 44)');
    expect(getComputedStyle(el).borderInlineStartColor).to.equal('rgb(143, 180, 255)');
  });

  it('lets the site restyle it through custom properties', async () => {
    const el = await fixture<IsomerCallout>(
      html`<isomer-callout style="--isomer-callout-rule-color: rgb(1, 2, 3); --isomer-callout-background: rgb(4, 5, 6)"
        ><p>N</p></isomer-callout
      >`,
    );
    expect(getComputedStyle(el).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  describe('bad input', () => {
    it('warns about an empty callout, with an event, and does not announce it as a note', async () => {
      const { warnings, codes } = await captureProblems('isomer-callout-error', async () => {
        const el = await fixture<IsomerCallout>(html`<isomer-callout> <p></p> </isomer-callout>`);
        expect(base(el).hasAttribute('role')).to.equal(false);
        expect(base(el).hasAttribute('aria-labelledby')).to.equal(false);
      });
      expect(codes).to.deep.equal(['empty']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<isomer-callout>: it holds no text');
    });

    it('becomes a note once content comes, and says nothing more', async () => {
      const { codes } = await captureProblems('isomer-callout-error', async () => {
        const el = await fixture<IsomerCallout>(html`<isomer-callout></isomer-callout>`);
        const p = document.createElement('p');
        p.textContent = 'Now it says something.';
        el.append(p);
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(base(el).getAttribute('role')).to.equal('note');
      });
      expect(codes).to.deep.equal(['empty']);
    });

    it('counts an image as content', async () => {
      const { codes } = await captureProblems('isomer-callout-error', async () => {
        await fixture(
          html`<isomer-callout><img alt="Map" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></isomer-callout>`,
        );
      });
      expect(codes).to.deep.equal([]);
    });

    it('adds no link of its own and leaves the author’s javascript: link to the page, without a word', async () => {
      const unsafe = 'javascript:alert(1)';
      const executed: string[] = [];
      (window as unknown as { alert: (m: string) => void }).alert = (m) => executed.push(m);
      const { warnings } = await captureProblems('isomer-callout-error', async () => {
        const el = await fixture<IsomerCallout>(
          html`<isomer-callout><p><a href=${unsafe}>Run</a></p></isomer-callout>`,
        );
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.querySelector('a')!.getAttribute('href')).to.equal(unsafe);
      });
      expect(warnings).to.deep.equal([]);
      expect(executed).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe, with and without a title', async () => {
      await expect(await fixture<IsomerCallout>(titled())).to.be.accessible();
      await expect(await fixture(html`<isomer-callout><p>Untitled.</p></isomer-callout>`)).to.be.accessible();
    });

    itWhere('accessibility-tree', 'is announced as a note named by its title', async () => {
      await fixture(html`<div id="tree">${titled()}</div>`);
      expect(await accessibilityTree('#tree')).to.equal(
        [
          'note "Applications close on 1 May"',
          '  heading "Applications close on 1 May" [level=3]',
          '    StaticText "Applications close on 1 May"',
          '  paragraph',
          '    StaticText "Submit the "',
          '    link "form"',
          '      StaticText "form"',
          '    StaticText " with your registration number."',
        ].join('\n'),
      );
    });

    itWhere('accessibility-tree', 'is an unnamed note without a title', async () => {
      await fixture(html`<div id="untitled"><isomer-callout><p>Join us.</p></isomer-callout></div>`);
      expect((await accessibilityTree('#untitled')).split('\n')[0]).to.equal('note');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('does not move its content when it upgrades (with the preflight stylesheet)', async () => {
      const host = await fixture(html`<div style="width: 600px"></div>`);
      const markup = `<isomer-callout><p slot="title">Applications close on 1 May</p><p>A note long enough to wrap over more than one line of text in this column.</p><ul><li>One</li></ul></isomer-callout><p>After.</p>`;
      const { before, after } = await boxesAcrossUpgrade(host, {
        tag: 'isomer-callout',
        Block: IsomerCallout,
        markup,
        measured: 'p, li',
      });
      expect(after).to.deep.equal(before);
    });

    itWhere('narrow-viewport', 'wraps a long unbroken string at 320 px without overflowing', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'x'.repeat(2000);
      const el = await fixture<IsomerCallout>(
        html`<isomer-callout><p slot="title">${long}</p><p>${long}</p></isomer-callout>`,
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    itWhere('emulate-forced-colors', 'keeps its rule as a system-coloured border in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await fixture<IsomerCallout>(titled());
        const style = getComputedStyle(el);
        expect(style.borderInlineStartColor).to.equal(systemColor('LinkText'));
        expect(style.borderInlineStartWidth).to.equal('4px');
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });
});
