// The upgrade of <social-embed> on a page that loads the preflight stylesheet: this file defines
// the element only after the page has laid out its cards, so it has a file of its own. The
// in-place upgrade runs the converter's rule on the live page, then the element upgrades.
import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import type { SocialEmbed } from './social-embed.js';
import { examples } from './examples.js';
import { loadStylesheet, nextFrames } from '../../test/support/helpers.js';
import { upgrade } from '../upgrade/upgrade.js';

const PERMALINK = 'https://www.instagram.com/p/B1a2C3d4E5f/';

describe('<social-embed> upgrade', () => {
  it('does not move its card, its links or what follows when it upgrades (with the preflight stylesheet)', async () => {
    const link = await loadStylesheet('/src/preflight.css');
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px"></div>`);
    await setContent(wrapper, `${Object.values(examples).join('<p>Between.</p>')}<p>After.</p>`);
    await nextFrames();
    const boxes = () =>
      Array.from(wrapper.querySelectorAll('social-embed, a, p'), (node) => node.getBoundingClientRect().toJSON());
    const before = boxes();
    expect(customElements.get('social-embed')).to.equal(undefined);
    await import('./define.js');
    for (const el of wrapper.querySelectorAll<SocialEmbed>('social-embed')) await el.updateComplete;
    await nextFrames();
    expect(boxes()).to.deep.equal(before);
    expect(wrapper.querySelectorAll('social-embed')[0].shadowRoot!.querySelector('button')).to.exist;
    link.remove();
  });

  it('turns the live page’s Instagram embed into <social-embed> in place, its script gone, and only once', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<div class="instagram-wrapper"><blockquote class="instagram-media" data-instgrm-permalink="${PERMALINK}"><p><a href="${PERMALINK}">A post shared by GovTech</a></p></blockquote><script async src="//www.instagram.com/embed.js"></script></div>`;
    const report = upgrade(wrapper);
    expect(report.blocks.map((block) => block.element)).to.deep.equal(['social-embed']);
    expect(report.warnings.map((warning) => warning.code)).to.deep.equal(['provider-script']);
    const el = wrapper.querySelector('social-embed')!;
    expect([el.getAttribute('src'), el.getAttribute('label')]).to.deep.equal([PERMALINK, 'A post shared by GovTech']);
    expect(wrapper.querySelector('script, blockquote')).to.equal(null);
    expect(upgrade(wrapper).blocks).to.deep.equal([]);
  });
});
