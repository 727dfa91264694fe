import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixture, setContent } from '../../test/support/fixture.js';
import './define.js';
import type { IsomerTable } from './isomer-table.js';
import { examples } from './examples.js';
import {
  accessibilityTree,
  captureProblems,
  emulateMediaFeatures,
  loadStylesheet,
  nextFrames,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

/** Mounts `markup` in a container `width` px wide and waits for the element (and its resize observer). */
async function mount(markup: string, width = 720): Promise<IsomerTable> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
  await setContent(wrapper, markup);
  const el = wrapper.querySelector('isomer-table')!;
  await el.updateComplete;
  await nextFrames();
  return el;
}

/** The role and name the element has for assistive technology (ElementInternals). */
const semantics = (el: IsomerTable) => {
  const internals = (el as unknown as { internals: ElementInternals }).internals;
  return { role: internals.role, name: internals.ariaLabel, tabindex: el.getAttribute('tabindex') };
};

/** The words of `cells` that the layout breaks across lines (a word whose boxes lie on two lines). */
function brokenWords(cells: Iterable<Element>): string[] {
  const broken: string[] = [];
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.bottom)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

/** A bus timetable and a park's facilities, with short labels beside long descriptions. */
const timetable = (wrap: (table: string) => string) =>
  wrap(`<table><tbody>
<tr><th>Service</th><th>First bus</th><th>Last bus</th><th>Facilities</th><th>Route</th></tr>
<tr><td>851</td><td>5.30 am</td><td>12.10 am</td><td>Playground</td><td>From Yishun Integrated Transport Hub along Yishun Avenue 2, Lentor Avenue and Thomson Road to the Bukit Merah Interchange, calling at every stop on the way and at the hospital.</td></tr>
</tbody></table>`);

describe('<isomer-table>', () => {
  it('keeps the table as it is, in its default slot', async () => {
    const el = await mount(examples.spans);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.deep.equal([el.querySelector('table')]);
    expect(el.querySelector('th[rowspan="2"]')!.textContent).to.equal('851');
    expect(el.querySelector('td[colspan="2"]')!.textContent).to.equal('Every 8 to 12 minutes');
  });

  it('is no tab stop and no region while its table fits', async () => {
    const el = await mount(examples.simple);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(semantics(el)).to.deep.equal({ role: null, name: null, tabindex: null });
  });

  it('is a focusable region named by its caption while its table scrolls, and follows resizes', async () => {
    const el = await mount(examples.caption, 200);
    expect(el.scrollWidth).to.be.above(el.clientWidth);
    expect(semantics(el)).to.deep.equal({
      role: 'region',
      name: 'Trials by trade lane (scrolls sideways)',
      tabindex: '0',
    });
    el.parentElement!.style.inlineSize = '900px';
    await nextFrames();
    expect(semantics(el)).to.deep.equal({ role: null, name: null, tabindex: null });
    el.parentElement!.style.inlineSize = '200px';
    await nextFrames();
    expect(semantics(el).tabindex).to.equal('0');
  });

  it('follows resizes again once removed and added back (issue 19)', async () => {
    const el = await mount(examples.caption, 900);
    const wrapper = el.parentElement!;
    el.remove();
    wrapper.style.inlineSize = '200px';
    wrapper.append(el);
    await el.updateComplete;
    await nextFrames();
    expect(semantics(el).role).to.equal('region');
    wrapper.style.inlineSize = '900px';
    await nextFrames();
    expect(semantics(el)).to.deep.equal({ role: null, name: null, tabindex: null });
  });

  it('is named by label without a caption, else "Table", in the page language', async () => {
    const labelled = await mount(
      examples.wide.replace('<isomer-table>', '<isomer-table label="SUOMI NPP metadata">'),
      200,
    );
    expect(semantics(labelled).name).to.equal('SUOMI NPP metadata (scrolls sideways)');
    const named = {
      en: 'Table (scrolls sideways)',
      zh: '表格（可左右滚动）',
      ms: 'Jadual (boleh ditatal ke sisi)',
      ta: 'அட்டவணை (பக்கவாட்டில் உருட்டலாம்)',
    };
    for (const [lang, name] of Object.entries(named)) {
      const el = await mount(`<div lang="${lang}">${examples.wide}</div>`, 200);
      expect(semantics(el).name, lang).to.equal(name);
    }
  });

  it('scrolls with the keyboard and shows a focus ring', async () => {
    const el = await mount(examples.wide, 200);
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    const style = getComputedStyle(el);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    await sendKeys({ press: 'ArrowRight' });
    // Firefox scrolls smoothly: the offset grows over several frames.
    await waitUntil(() => el.scrollLeft > 0, 'the arrow key scrolls the table', { timeout: 3000 });
    expect(el.scrollLeft).to.be.above(0);
  });

  it('gives header cells without scope theirs: col in a row of headers, row in a body row', async () => {
    const el = await mount(`<isomer-table><table>
      <thead><tr><th>Day</th><td>Note</td></tr></thead>
      <tbody><tr><th>Mon</th><th>Tue</th></tr><tr><th>Open</th><td>9 am</td><th scope="col">kept</th></tr></tbody>
    </table></isomer-table>`);
    expect(Array.from(el.querySelectorAll('th'), (th) => th.getAttribute('scope'))).to.deep.equal([
      'col',
      'col',
      'col',
      'row',
      'col',
    ]);
  });

  it('keeps whole words where prose.css crushed them, at 320 and 1280 px', async () => {
    const link = await loadStylesheet('/src/prose.css');
    const measured: Record<string, string[]> = {};
    for (const width of [320, 1280]) {
      const wrapper = await fixture<HTMLElement>(
        html`<div class="isomer-prose" style="inline-size: ${width}px"></div>`,
      );
      await setContent(
        wrapper,
        timetable((table) => table) + timetable((table) => `<isomer-table>${table}</isomer-table>`),
      );
      await wrapper.querySelector<IsomerTable>('isomer-table')!.updateComplete;
      await nextFrames();
      const [bare, block] = wrapper.querySelectorAll('table');
      measured[`prose ${width}`] = brokenWords(bare.querySelectorAll('th, td'));
      measured[`block ${width}`] = brokenWords(block.querySelectorAll('th, td'));
      expect(block.closest('isomer-table')!.getAttribute('tabindex'), `${width} scrolls`).to.equal(
        width < 1000 ? '0' : null,
      );
    }
    link.remove();
    expect(measured['prose 320']).to.include.members(['First', 'Playground']);
    expect(measured['prose 1280']).to.include('Playground');
    expect(measured['block 320']).to.deep.equal([]);
    expect(measured['block 1280']).to.deep.equal([]);
  });

  it('breaks only a word wider than its column, and no line is wider than the column', async () => {
    const el = await mount(examples.wide, 320);
    const cells = Array.from(el.querySelectorAll('td'));
    expect(brokenWords(cells)).to.deep.equal(['urn:x-wmo:md:sgp:asmc:npp_viirs_truecolour_375m_jpg_late']);
    for (const p of el.querySelectorAll('p')) expect(p.getBoundingClientRect().width).to.be.at.most(320);
  });

  describe('bad input', () => {
    for (const [code, markup] of [
      ['no-table', '<isomer-table><p>Timetable to follow</p></isomer-table>'],
      ['empty', '<isomer-table><table></table></isomer-table>'],
      ['empty', '<isomer-table><table><tbody><tr></tr></tbody></table></isomer-table>'],
    ] as const) {
      it(`warns, fires ${code} and shows its content as it is: ${markup}`, async () => {
        let el!: IsomerTable;
        const { warnings, codes } = await captureProblems('isomer-table-error', async () => (el = await mount(markup)));
        expect(codes).to.deep.equal([code]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^\[isomer-blocks\] <isomer-table>: /);
        expect(el.innerHTML).to.equal(markup.replace(/^<isomer-table>|<\/isomer-table>$/g, ''));
        if (code === 'no-table') expect(el.querySelector('p')!.getClientRects().length).to.be.above(0);
      });
    }

    it('recovers when a table arrives', async () => {
      const el = await mount('<isomer-table></isomer-table>');
      const { warnings } = await captureProblems('isomer-table-error', async () => {
        el.innerHTML = '<table><tbody><tr><th>Day</th><td>Mon</td></tr></tbody></table>';
        await nextFrames();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(el.querySelector('th')!.getAttribute('scope')).to.equal('row');
    });
  });

  describe('accessibility', () => {
    it('passes axe, fitting and scrolling', async () => {
      for (const width of [720, 200]) {
        const el = await mount(examples.caption, width);
        await expect(el.parentElement).to.be.accessible();
      }
    });

    itWhere('accessibility-tree', 'is a region around the table only while it scrolls', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div id="tree" style="inline-size: 200px"></div>`);
      await setContent(wrapper, examples.spans);
      await wrapper.querySelector<IsomerTable>('isomer-table')!.updateComplete;
      await nextFrames();
      const tree = await accessibilityTree('#tree');
      expect(tree.split('\n').slice(0, 3)).to.deep.equal([
        'region "Table (scrolls sideways)"',
        '  table',
        '    rowgroup',
      ]);
      expect(tree).to.include('columnheader "First bus"');
      expect(tree).to.include('rowheader "851"');
    });

    itWhere('emulate-forced-colors', 'keeps cell borders and the focus ring in forced colours', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await mount(examples.wide, 200);
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(el.querySelector('td')!).borderTopColor).to.equal(getComputedStyle(probe).color);
        el.focus();
        expect(getComputedStyle(el).outlineStyle).to.equal('solid');
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    itWhere('emulate-media', 'prints the whole table, unscrolled', async () => {
      const el = await mount(examples.wide, 200);
      await emulateMediaFeatures([], 'print');
      try {
        await nextFrames();
        expect(getComputedStyle(el).overflowX).to.equal('visible');
        expect(el.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(200);
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });
});
