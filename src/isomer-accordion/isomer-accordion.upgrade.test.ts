// The upgrade of <isomer-accordion> on a page that loads the preflight stylesheet: this file
// defines the element only after the page has laid out its items, so it has a file of its own.
import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import type { IsomerAccordion } from './isomer-accordion.js';
import { loadStylesheet, nextFrames } from '../../test/support/helpers.js';

const items = (attributes: string) => `<isomer-accordion ${attributes}>
  <details class="isomer-details" open><summary><strong>How can I subscribe?</strong></summary>
    <div data-type="detailsContent" class="isomer-details-content"><p>Complete the form.</p></div></details>
  <details class="isomer-details"><summary><strong>Which satellites?</strong></summary>
    <div data-type="detailsContent" class="isomer-details-content"><p>SUOMI NPP.</p></div></details>
</isomer-accordion>`;

describe('<isomer-accordion> upgrade', () => {
  it('does not move its items when it upgrades (with the preflight stylesheet), in both variants', async () => {
    const link = await loadStylesheet('/src/preflight.css');
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    await setContent(wrapper, items('controls') + items('variant="gray" controls') + items('single controls'));
    await nextFrames();
    const boxes = () =>
      Array.from(wrapper.querySelectorAll('summary, p')).map((node) => node.getBoundingClientRect().toJSON());
    const before = boxes();
    expect(customElements.get('isomer-accordion')).to.equal(undefined);
    await import('./define.js');
    for (const el of wrapper.querySelectorAll<IsomerAccordion>('isomer-accordion')) await el.updateComplete;
    await nextFrames();
    expect(boxes()).to.deep.equal(before);
    link.remove();
  });
});
