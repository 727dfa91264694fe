import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import './define.js';
import { SocialEmbed } from './social-embed.js';
import { examples } from './examples.js';
import {
  accessibilityTree,
  boxesAcrossUpgrade,
  captureProblems,
  emulateMediaFeatures,
  logExternalRequests,
  nextEvent,
  nextFrames,
  setViewport,
  systemColor,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

const REEL = 'https://www.instagram.com/reel/C_PViHoMNGo/?utm_source=ig_embed&utm_campaign=loading';
const BY = 'A post shared by GovTech (Singapore) (@govtechsg)';

/** Renders markup (a string, as a CMS writes it) and waits for every social-embed in it. */
async function render(markup: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  await setContent(host, markup);
  await Promise.all(Array.from(host.querySelectorAll<SocialEmbed>('social-embed'), (el) => el.updateComplete));
  return host;
}

const post = async (markup = examples.instagram) => (await render(markup)).querySelector('social-embed')!;
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const button = (el: Element) => shadow(el, 'button') as HTMLButtonElement;
const frameOf = (el: Element) => shadow(el, 'iframe') as HTMLIFrameElement | null;

/** A `<meta name="isomer-blocks:social-embeds">` in `<head>` while `run` runs. */
async function withSetting<T>(content: string, run: () => Promise<T>): Promise<T> {
  const meta = Object.assign(document.createElement('meta'), { name: 'isomer-blocks:social-embeds', content });
  document.head.append(meta);
  try {
    return await run();
  } finally {
    meta.remove();
  }
}

async function show(el: SocialEmbed) {
  button(el).click();
  await el.updateComplete;
  await el.updateComplete;
  return frameOf(el)!;
}

describe('<social-embed>', () => {
  describe('before the reader asks', () => {
    it('shows the card (its light DOM, the link to the post) and a button, and no frame', async () => {
      const el = await post();
      expect(frameOf(el)).to.equal(null);
      expect(button(el).textContent).to.equal('Show the Instagram post');
      expect(button(el).getAttribute('aria-label')).to.equal(`Show the Instagram post: ${BY}`);
      const link = el.querySelector('a')!;
      expect(link.href).to.equal(REEL);
      expect(link.getClientRects().length).to.be.above(0);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(2);
    });

    itWhere('request-log', 'makes no request to any other host, and after the press only the embed page', async () => {
      let el!: SocialEmbed;
      const before = await logExternalRequests(async () => {
        el = await post(Array.from({ length: 5 }, () => examples.instagram).join(''));
        await nextFrames();
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(before).to.deep.equal([]);
      const after = await logExternalRequests(async () => {
        (await show(el)).scrollIntoView();
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(after.map((url) => new URL(url).origin)).to.deep.equal(['https://www.instagram.com']);
    });

    it('ignores a setting in the article body: the reader is still asked', async () => {
      const el = (
        await render(`<meta name="isomer-blocks:social-embeds" content="load">${examples.instagram}`)
      ).querySelector('social-embed')!;
      expect(frameOf(el)).to.equal(null);
      expect(button(el)).to.exist;
    });
  });

  describe('on request', () => {
    it('loads the Instagram embed page, never the script, moves focus into it, and keeps the card for print', async () => {
      const el = await post();
      button(el).focus();
      const frame = await show(el);
      expect(frame.getAttribute('src')).to.equal('https://www.instagram.com/p/C_PViHoMNGo/embed');
      expect(frame.title).to.equal(BY);
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(frame);
      expect(button(el)).to.equal(null);
      expect(document.querySelector('script[src*="instagram"]')).to.equal(null);
      expect(shadow(el, 'slot.printed')).to.exist;
    });

    it('builds Facebook plugin URLs through URL: a video 16:9, a post with its text', async () => {
      const video = await show(await post(examples.facebookVideo));
      const url = new URL(video.src);
      expect([url.origin + url.pathname, url.searchParams.get('href')]).to.deep.equal([
        'https://www.facebook.com/plugins/video.php',
        'https://www.facebook.com/GovTechSG/videos/1234567890123456/',
      ]);
      expect(video.className).to.equal('video');
      const el = await post(examples.facebookPost);
      expect(button(el).textContent).to.equal('Show the Facebook post');
      const frame = await show(el);
      expect(new URL(frame.src).pathname).to.equal('/plugins/post.php');
      expect(new URL(frame.src).searchParams.get('show_text')).to.equal('true');
    });

    it('fires a cancelable social-embed-activate; a cancelled one keeps the card until activate()', async () => {
      const el = await post();
      el.addEventListener('social-embed-activate', (event) => event.preventDefault(), { once: true });
      const event = nextEvent<CustomEvent>(el, 'social-embed-activate');
      button(el).click();
      expect((await event).detail).to.deep.equal({
        provider: 'Instagram',
        embed: 'https://www.instagram.com/p/C_PViHoMNGo/embed',
      });
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      await el.activate();
      expect(frameOf(el)).to.exist;
    });

    it('loads every post at once with the site-wide opt-in in <head>, and asks for any other value', async () => {
      await withSetting('Load', async () => {
        const el = await post();
        expect(frameOf(el)!.getAttribute('src')).to.equal('https://www.instagram.com/p/C_PViHoMNGo/embed');
      });
      const { codes } = await captureProblems('social-embed-error', () =>
        withSetting('yes please', async () => expect(frameOf(await post())).to.equal(null)),
      );
      expect(codes).to.deep.equal(['invalid-setting']);
    });
  });

  describe('bad input', () => {
    for (const [src, code] of [
      ['https://evil.example/p/C_PViHoMNGo/', 'unknown-host'],
      ['https://instagram.com.evil.example/p/C_PViHoMNGo/', 'unknown-host'],
      ['http://www.instagram.com/p/C_PViHoMNGo/', 'not-https'],
      ['https://www.instagram.com/govtechsg/', 'invalid-id'],
      ['javascript:alert(1)', 'not-http'],
      ['https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fevil.example%2Fx', 'invalid-id'],
      ['', 'empty'],
    ])
      it(`keeps the card for ${src || 'an empty src'}, with a warning and ${code}`, async () => {
        const { warnings, codes } = await captureProblems('social-embed-error', async () => {
          const el = await post(examples.instagram.replace(/src="[^"]*"/, `src="${src}"`));
          expect(button(el)).to.equal(null);
          expect(frameOf(el)).to.equal(null);
          expect(el.querySelector('a')!.getClientRects().length).to.be.above(0);
        });
        expect(codes).to.deep.equal([code]);
        expect(warnings).to.have.length(1);
      });

    it('is never blank: an empty card with a bad src shows the label, and no javascript: link', async () => {
      const { codes } = await captureProblems('social-embed-error', async () => {
        const el = await post('<social-embed src="javascript:alert(1)" label="A post"></social-embed>');
        expect(shadow(el, '[part="fallback"]')!.textContent).to.equal('A post');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      });
      expect(codes).to.deep.equal(['not-http']);
    });

    it('warns about a missing label, and still loads, named by the provider', async () => {
      const { codes } = await captureProblems('social-embed-error', async () => {
        const el = await post(examples.instagram.replace(/ label="[^"]*"/, ''));
        expect(button(el).hasAttribute('aria-label')).to.equal(false);
        expect((await show(el)).title).to.equal('Instagram');
      });
      expect(codes).to.deep.equal(['missing-title']);
    });
  });

  describe('languages', () => {
    for (const [lang, text] of [
      ['zh', '显示 Instagram 帖子'],
      ['ms', 'Papar hantaran Instagram'],
      ['ta', 'Instagram இடுகை காண்க'],
    ])
      it(`says "${text}" in a page of lang="${lang}"`, async () => {
        const el = (await render(`<div lang="${lang}">${examples.instagram}</div>`)).querySelector('social-embed')!;
        await el.updateComplete;
        expect(button(el).textContent).to.equal(text);
        expect(button(el).getAttribute('aria-label')).to.contain(text).and.to.contain('Instagram');
      });
  });

  describe('accessibility', () => {
    it('passes axe, before and after the reader asks', async () => {
      const el = await post();
      await expect(el).to.be.accessible();
      await show(el);
      await expect(el).to.be.accessible();
    });

    itWhere('accessibility-tree', 'is the card’s links and a named button', async () => {
      await render(`<div id="tree">${examples.instagram}</div>`);
      expect(await accessibilityTree('#tree')).to.equal(
        [
          'paragraph',
          '  link "View this post on Instagram"',
          '    StaticText "View this post on Instagram"',
          'paragraph',
          `  link "${BY}"`,
          `    StaticText "${BY}"`,
          `button "Show the Instagram post: ${BY}"`,
          '  StaticText "Show the Instagram post"',
        ].join('\n'),
      );
    });

    itWhere('emulate-forced-colors', 'draws the button in system colours in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const style = getComputedStyle(button(await post()));
        expect(style.borderTopColor).to.equal(systemColor('ButtonText'));
        expect(style.color).to.equal(systemColor('ButtonText'));
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('follows the dark colour scheme', async () => {
      const el = (await render(`<div style="color-scheme: dark">${examples.instagram}</div>`)).querySelector(
        'social-embed',
      )!;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 29, 33)');
      expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(143, 180, 255)');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('does not move its card or what follows when it upgrades (with the preflight stylesheet)', async () => {
      for (const [name, markup] of Object.entries(examples)) {
        const host = await fixture(html`<div style="width: 600px"></div>`);
        const { before, after } = await boxesAcrossUpgrade(host, {
          tag: 'social-embed',
          Block: SocialEmbed,
          markup: `${markup}<p>After.</p>`,
          measured: 'p, a',
        });
        expect(after, name).to.deep.equal(before);
      }
    });

    itWhere('narrow-viewport', 'fits 320 px in every language, the button whole', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['en', 'zh', 'ms', 'ta']) {
        const el = (await render(`<div lang="${lang}">${examples.instagram}</div>`)).querySelector('social-embed')!;
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
        expect(button(el).scrollWidth, lang).to.be.at.most(button(el).clientWidth);
      }
    });
  });
});
