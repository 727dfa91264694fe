// The upgrade of <isomer-image> on a page that loads the preflight stylesheet: this file defines
// the element only after the page has laid out its images, so it has a file of its own. Then the
// in-place upgrade (upgrade()) of Isomer's image markup on a live page.
import { itWhere } from '../../test/support/engines.js';
import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import { loaded, loadStylesheet, nextFrames } from '../../test/support/helpers.js';
import { upgrade } from '../upgrade/upgrade.js';
import { examples, placeholder } from './examples.js';
import type { IsomerImage } from './isomer-image.js';

/** Every image and caption on the page, decoded, and their boxes. */
async function boxes(root: Element) {
  await Promise.all(Array.from(root.querySelectorAll('img'), (image) => loaded(image)));
  await nextFrames();
  return Array.from(root.querySelectorAll('img, [slot="caption"]'), (node) => node.getBoundingClientRect().toJSON());
}

describe('<isomer-image> upgrade', () => {
  it('does not move its image or caption when it upgrades (with the preflight stylesheet), in every variant', async () => {
    const link = await loadStylesheet('/src/preflight.css');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const markup = Object.values(examples).join('\n');
    await setContent(page, [320, 720].map((width) => `<div style="inline-size: ${width}px">${markup}</div>`).join(''));
    const before = await boxes(page);
    expect(customElements.get('isomer-image')).to.equal(undefined);
    await import('./define.js');
    for (const el of page.querySelectorAll<IsomerImage>('isomer-image')) await el.updateComplete;
    expect(await boxes(page)).to.deep.equal(before);
    link.remove();
  });

  itWhere(
    'image-move-without-reload',
    "upgrade() moves the page's own image (the same node, not loaded again) into <isomer-image>",
    async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = `<p>Text first.</p>
      <div class="isomer-image-wrapper"><img style="width: 100%" height="auto" width="100%" alt="Interns" src="${placeholder}"></div>
      <a class="isomer-image-wrapper" href="https://go.gov.sg/x"><img style="width: 100%" height="auto" width="100%" alt="Form" src="${placeholder}"></a>
      <p><img alt="Chart" src="${placeholder}"><br></p>`;
      const images = Array.from(page.querySelectorAll('img'));
      let loads = 0;
      for (const image of images) image.addEventListener('load', () => loads++);
      await Promise.all(images.map(loaded));
      await nextFrames();
      loads = 0;
      const report = upgrade(page);
      expect(report.blocks.map((block) => block.message)).to.deep.equal([
        'image “Interns”',
        'linked image “Form”',
        'image “Chart”',
      ]);
      const converted = Array.from(page.querySelectorAll('isomer-image'));
      expect(converted.map((el) => el.querySelector('img'))).to.deep.equal(images);
      expect(converted[1].querySelector(':scope > a[href="https://go.gov.sg/x"]:not([class]) > img')).to.equal(
        images[1],
      );
      expect(images.map((image) => image.getAttribute('height'))).to.deep.equal([null, null, null]);
      // A loaded image keeps its loading (Firefox would load it again): lazy loading is moot for it.
      expect(images.map((image) => image.getAttribute('loading'))).to.deep.equal([null, null, null]);
      expect(images.map((image) => image.getAttribute('decoding'))).to.deep.equal(['async', 'async', 'async']);
      await nextFrames();
      expect(loads).to.equal(0);
      expect(upgrade(page).blocks).to.deep.equal([]);
    },
  );
});
