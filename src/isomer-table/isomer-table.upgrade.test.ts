// The upgrade of <isomer-table> on a page that loads the preflight stylesheet: this file defines
// the element only after the page has laid out its tables, so it has a file of its own. The
// in-place upgrade runs the converter's rule on the live page, then the element upgrades.
import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import type { IsomerTable } from './isomer-table.js';
import { examples } from './examples.js';
import { loadStylesheet, nextFrames } from '../../test/support/helpers.js';
import { upgrade } from '../upgrade/upgrade.js';

describe('<isomer-table> upgrade', () => {
  it('does not move its cells when it upgrades (with the preflight stylesheet), fitting or scrolling', async () => {
    const link = await loadStylesheet('/src/preflight.css');
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
    await setContent(wrapper, Object.values(examples).join(''));
    await nextFrames();
    const boxes = () =>
      Array.from(wrapper.querySelectorAll('isomer-table, caption, th, td, p'), (node) =>
        node.getBoundingClientRect().toJSON(),
      );
    const before = boxes();
    expect(customElements.get('isomer-table')).to.equal(undefined);
    await import('./define.js');
    for (const el of wrapper.querySelectorAll<IsomerTable>('isomer-table')) await el.updateComplete;
    await nextFrames();
    expect(boxes()).to.deep.equal(before);
    // The boxes stay, and what scrolls becomes a tab stop: the metadata table does, the contacts do not.
    const stops = Array.from(wrapper.querySelectorAll('isomer-table'), (el) => el.tabIndex);
    expect(stops[Object.keys(examples).indexOf('wide')]).to.equal(0);
    expect(stops[Object.keys(examples).indexOf('rowHeaders')]).to.equal(-1);
    link.remove();
  });

  it('wraps the live page’s tables in place, keeping the same nodes, and only once', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<table><tbody><tr><th>Service</th><th>First bus</th></tr><tr><th>851</th><td><table><tbody><tr><td>5.30 am</td></tr></tbody></table></td></tr></tbody></table>';
    const table = wrapper.querySelector('table')!;
    const cell = wrapper.querySelector('td')!;
    const report = upgrade(wrapper);
    expect(report.blocks.map((block) => block.element)).to.deep.equal(['isomer-table']);
    const el = wrapper.querySelector('isomer-table')!;
    expect(el.firstElementChild).to.equal(table);
    expect(wrapper.querySelector('td')).to.equal(cell);
    expect(wrapper.querySelectorAll('isomer-table')).to.have.length(1);
    expect(
      Array.from(table.querySelectorAll(':scope > tbody > tr > th'), (th) => th.getAttribute('scope')),
    ).to.deep.equal(['col', 'col', 'row']);
    expect(upgrade(wrapper).blocks).to.deep.equal([]);
  });
});
