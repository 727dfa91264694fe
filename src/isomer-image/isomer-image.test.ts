import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import './define.js';
import { examples, placeholder } from './examples.js';
import type { IsomerImage } from './isomer-image.js';
import {
  accessibilityTree,
  captureProblems,
  captureWarnings,
  emulateMediaFeatures,
  loaded,
  nextFrames,
  setViewport,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

/** A column `width` px wide (`style`: more of its style) holding `markup`, rendered as this run renders. */
async function column(markup: string, width = 640, style = ''): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px; ${style}"></div>`);
  await setContent(element, markup);
  return element;
}

/** `markup` in a column `width` px wide; gives the element once its image has loaded (or failed). */
async function render(markup: string, width = 640): Promise<IsomerImage> {
  const el = (await column(markup, width)).querySelector<IsomerImage>('isomer-image')!;
  await el.updateComplete;
  await loaded(el.querySelector('img'));
  return el;
}

/** The warnings and `isomer-image-error` codes of rendering `markup`, and the element. */
async function problems(markup: string) {
  let el!: IsomerImage;
  const result = await captureProblems('isomer-image-error', async () => {
    el = await render(markup);
  });
  return { el, ...result };
}

const img = (attributes: string) => `<img src="${placeholder}" width="640" height="360" ${attributes}>`;

describe('<isomer-image>', () => {
  it('puts the light-DOM image in a figure, its caption in the figcaption, named by the caption', async () => {
    const el = await render(examples.captioned);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('part')).to.equal('base');
    const image = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements();
    expect(image.map((node) => node.localName)).to.deep.equal(['img']);
    const caption = figure.querySelector('figcaption slot')!;
    expect(caption.id).to.equal(figure.getAttribute('aria-labelledby'));
    expect((caption as HTMLSlotElement).assignedElements()[0].textContent).to.contain('prototypes');
  });

  it('is no figure of its own without a caption (no empty figure announced), and becomes one when a caption comes', async () => {
    const el = await render(examples.image);
    const base = () => el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base().localName).to.equal('div');
    el.insertAdjacentHTML('beforeend', '<p slot="caption">Orientation day.</p>');
    await nextFrames();
    await el.updateComplete;
    expect(base().localName).to.equal('figure');
    expect(base().getAttribute('aria-labelledby')).to.equal('caption');
  });

  describe('room for the image', () => {
    it('reserves the ratio of width and height, and drops an invalid height', async () => {
      const el = await render(`<isomer-image>${img('alt="Interns" height="auto"')}</isomer-image>`, 320);
      const image = el.querySelector('img')!;
      expect(getComputedStyle(image).aspectRatio).to.equal('auto 640 / 360');
      expect(image.getBoundingClientRect().height).to.be.closeTo(180, 0.5);
    });

    it('is as wide as the column by default, and half of it (centred) with size="smaller"', async () => {
      const full = await render(examples.image, 800);
      expect(full.querySelector('img')!.getBoundingClientRect().width).to.equal(640);
      const smaller = await render(examples.smaller, 800);
      expect(smaller.getBoundingClientRect().width).to.equal(400);
      expect(smaller.getBoundingClientRect().left - smaller.parentElement!.getBoundingClientRect().left).to.equal(200);
    });

    itWhere('narrow-viewport', 'fits a 320 px screen, smaller too, without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const markup of [examples.image, examples.smaller, examples.captioned]) {
          const el = (await column(markup, 320, 'inline-size: auto')).querySelector('isomer-image')!;
          await nextFrames();
          expect(el.querySelector('img')!.getBoundingClientRect().width).to.be.at.most(el.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('loading', () => {
    it('loads lazily and decodes off the main thread by default', async () => {
      const image = (await render(`<isomer-image>${img('alt="Interns"')}</isomer-image>`)).querySelector('img')!;
      expect([image.getAttribute('loading'), image.getAttribute('decoding')]).to.deep.equal(['lazy', 'async']);
      expect(image.hasAttribute('fetchpriority')).to.equal(false);
    });

    it('loads the priority image at once and first', async () => {
      const el = await render(`<isomer-image priority>${img('alt="Masthead" loading="lazy"')}</isomer-image>`);
      const image = el.querySelector('img')!;
      expect(image.hasAttribute('loading')).to.equal(false);
      expect(image.getAttribute('fetchpriority')).to.equal('high');
    });

    it("keeps the image's own loading", async () => {
      const el = await render(`<isomer-image>${img('alt="Masthead" loading="eager" decoding="sync"')}</isomer-image>`);
      const image = el.querySelector('img')!;
      expect([image.getAttribute('loading'), image.getAttribute('decoding')]).to.deep.equal(['eager', 'sync']);
    });
  });

  describe('alt text', () => {
    for (const alt of ['Image', 'Divider', 'picture', 'IMG_1234.jpg', 'DSC0042', 'banner.png', '图片', 'gambar']) {
      it(`warns about alt="${alt}" and reads the image as decorative`, async () => {
        const { el, warnings, codes } = await problems(`<isomer-image>${img(`alt="${alt}"`)}</isomer-image>`);
        expect(codes).to.deep.equal(['generic-alt']);
        expect(warnings.join()).to.contain('<isomer-image>').and.contain(`alt="${alt}"`);
        expect(el.querySelector('img')!.alt).to.equal('');
        expect(el.querySelector('img')!.getClientRects().length).to.equal(1);
      });
    }

    it('warns about a missing alt and reads the image as decorative, not by its file name', async () => {
      const { el, warnings, codes } = await problems(`<isomer-image>${img('')}</isomer-image>`);
      expect(codes).to.deep.equal(['missing-alt']);
      expect(warnings.join()).to.contain('has no alt');
      expect(el.querySelector('img')!.getAttribute('alt')).to.equal('');
    });

    for (const alt of [
      '',
      'FormSG logo',
      'Image of Football Field and carpark entrances',
      'Photo 2 of the team at DGX',
    ]) {
      it(`is silent about alt="${alt}"`, async () => {
        const { el, warnings } = await problems(`<isomer-image>${img(`alt="${alt}"`)}</isomer-image>`);
        expect(warnings).to.deep.equal([]);
        expect(el.querySelector('img')!.getAttribute('alt')).to.equal(alt);
      });
    }

    it('warns once, not at each later render', async () => {
      const { el } = await problems(`<isomer-image><a href="/x">${img('alt="Image"')}</a></isomer-image>`);
      const warnings = await captureWarnings(async () => {
        el.size = 'smaller';
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('linked images', () => {
    it('is a link named by the alt of its image', async () => {
      const { el, warnings } = await problems(examples.linked);
      expect(warnings).to.deep.equal([]);
      const link = el.querySelector('a')!;
      expect(link.href).to.contain('TradeTrust_Model_Terms.pdf');
      expect(link.hasAttribute('aria-label')).to.equal(false);
    });

    itWhere('accessibility-tree', 'is announced as a link named by the alt', async () => {
      (await column(examples.linked)).id = 'linked';
      expect(await accessibilityTree('#linked')).to.contain('link "TradeTrust Model Terms (PDF)"');
    });

    it('warns about a link with no name (alt="" and no text) and names it by its address', async () => {
      const { el, warnings, codes } = await problems(
        `<isomer-image><a href="https://go.gov.sg/dotc-pressify/">${img('alt=""')}</a></isomer-image>`,
      );
      expect(codes).to.deep.equal(['unnamed-link']);
      expect(warnings.join()).to.contain('no alt or text');
      expect(el.querySelector('a')!.getAttribute('aria-label')).to.equal('go.gov.sg/dotc-pressify');
      await expect(el).to.be.accessible();
    });

    it('keeps a generic alt in a link (a poor name beats none) and warns', async () => {
      const { el, codes } = await problems(`<isomer-image><a href="/x">${img('alt="Image"')}</a></isomer-image>`);
      expect(codes).to.deep.equal(['generic-alt']);
      expect(el.querySelector('img')!.alt).to.equal('Image');
    });

    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      it(`takes away the link ${bad} with a warning, and keeps the image`, async () => {
        const { el, warnings, codes } = await problems(
          `<isomer-image><a href="${bad}">${img('alt="Model Terms"')}</a></isomer-image>`,
        );
        expect(codes).to.deep.equal(['unsafe-url']);
        expect(warnings.join()).to.contain('href=').and.contain('nor a mailto: or tel: link');
        expect(el.querySelector('a')!.hasAttribute('href')).to.equal(false);
        expect(el.querySelector('img')!.alt).to.equal('Model Terms');
      });
    }

    it('follows mailto: and tel: links', async () => {
      for (const href of ['mailto:enquiries@tech.gov.sg', 'tel:+6562110888']) {
        const { el, warnings } = await problems(
          `<isomer-image><a href="${href}">${img('alt="Write to us"')}</a></isomer-image>`,
        );
        expect(warnings).to.deep.equal([]);
        expect(el.querySelector('a')!.getAttribute('href')).to.equal(href);
      }
    });
  });

  describe('bad input', () => {
    it('takes away a src that is not http(s), with a warning, and keeps the alt', async () => {
      const { el, codes, warnings } = await problems(
        `<isomer-image><img src="javascript:alert(1)" alt="Masthead"></isomer-image>`,
      );
      expect(codes).to.deep.equal(['unsafe-url']);
      expect(warnings.join()).to.contain('src="javascript:alert(1)" is not an http(s) URL');
      expect(el.querySelector('img')!.hasAttribute('src')).to.equal(false);
      expect(el.querySelector('img')!.alt).to.equal('Masthead');
    });

    it('warns when it holds no image, and shows what it holds', async () => {
      const { el, codes } = await problems(`<isomer-image><p>Only words.</p></isomer-image>`);
      expect(codes).to.deep.equal(['no-image']);
      expect(el.querySelector('p')!.getClientRects().length).to.equal(1);
    });

    it('checks an image added later', async () => {
      const { el } = await problems(`<isomer-image><p>Soon.</p></isomer-image>`);
      const { codes } = await captureProblems('isomer-image-error', async () => {
        el.insertAdjacentHTML('beforeend', `<img src="${placeholder}">`);
        await nextFrames();
      });
      expect(codes).to.deep.equal(['missing-alt']);
      expect(el.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    });
  });

  describe('accessibility', () => {
    for (const [name, markup] of Object.entries(examples)) {
      it(`passes axe: ${name}`, async () => {
        await expect(await render(markup)).to.be.accessible();
      });
    }

    itWhere('accessibility-tree', 'is announced as a figure named by its caption, holding the image', async () => {
      (await column(examples.captioned)).id = 'captioned';
      const tree = await accessibilityTree('#captioned');
      expect(tree.split('\n')[0]).to.equal('figure "Teams presented their prototypes to agency sponsors."');
      expect(tree).to.contain('image "Participants presenting at the LAUNCH! Hackathon"');
    });

    it('shows where a linked image has the focus', async () => {
      const link = (await render(examples.linked)).querySelector('a')!;
      link.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(link);
      expect(link.matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('colours', () => {
    itWhere('emulate-forced-colors', 'gives the caption a system colour in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await render(examples.captioned);
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(el.querySelector('[slot="caption"]')!).color).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('takes the dark muted colour for its caption in a dark page', async () => {
      const light = await render(examples.captioned);
      const dark = await column(examples.captioned, 640, 'color-scheme: dark');
      const colour = (root: Element) => getComputedStyle(root.querySelector('[slot="caption"]')!).color;
      expect(colour(light)).to.equal('rgb(85, 87, 94)');
      expect(colour(dark)).to.equal(
        CSS.supports('color', 'light-dark(#000, #fff)') ? 'rgb(185, 187, 194)' : 'rgb(85, 87, 94)',
      );
    });

    it('lets the site set the caption colour', async () => {
      const el = await render(
        examples.captioned.replace(
          '<isomer-image>',
          '<isomer-image style="--isomer-image-caption-color: rgb(1, 2, 3)">',
        ),
      );
      expect(getComputedStyle(el.querySelector('[slot="caption"]')!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});
