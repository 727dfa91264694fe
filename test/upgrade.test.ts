import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { convert, splitFrontmatter } from '../src/convert/index.js';
import { upgradeRequested } from '../src/upgrade/request.js';
import { observeUpgrades, upgrade } from '../src/upgrade/upgrade.js';
import { nextEvent, nextFrames } from './support/helpers.js';

/** Legacy markup parsed into an inert template (no image requests), as a page would hold it. */
function inert(markup: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template;
}

/**
 * Markup with every element's attributes sorted by name. The live upgrade keeps the author's
 * image and card link themselves, attributes in place, where convert() writes new ones in its own
 * order: reordering them on a page would load the image again.
 */
function sortedAttributes(markup: string): string {
  const template = inert(markup);
  for (const element of template.content.querySelectorAll('*')) {
    const attributes = Array.from(element.attributes, ({ name, value }) => [name, value]).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return template.innerHTML;
}

const quote = '<blockquote><p>“Words.”</p></blockquote><p>- Someone at <a href="https://a.example/">an event</a></p>';

describe('upgrade()', () => {
  it('gives what convert() gives, on every corpus page, report included (attributes in any order), blockquotes kept or callouts', async function () {
    this.timeout(60000);
    const pages: string[] = await (await fetch('/corpus/index.json')).json();
    for (const options of [{}, { blockquotes: 'callout' } as const])
      for (const page of pages) {
        const { body } = splitFrontmatter(await (await fetch(`/corpus/${encodeURIComponent(page)}`)).text());
        const holder = inert(body);
        const report = upgrade(holder.content, options);
        const expected = convert(body, options);
        expect(sortedAttributes(holder.innerHTML), page).to.equal(sortedAttributes(expected.html));
        // The authoring hint (glued-link) and what the output passes through (script-capable markup,
        // which a live page has run already) are the converter's alone.
        const { passedThrough, ...common } = expected.report;
        const warnings = common.warnings.filter(({ code }) => code !== 'glued-link' && code !== 'passed-through');
        expect(report, page).to.deep.equal({ ...common, warnings });
        const passing = common.warnings.some(({ code }) => code === 'passed-through');
        expect(passedThrough !== undefined, page).to.equal(passing);
      }
  });

  it('shifts headings and the levels of cards and contents lists with headingBase, as convert() does (issue 16)', () => {
    const converted = convert(
      '<ul class="tight"><li>Goals</li><li>Next</li></ul><h3>Goals</h3><div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">T</div></div></div><h3>Next</h3>',
    ).html;
    const holder = inert(converted);
    upgrade(holder.content, { headingBase: 2 });
    expect(holder.innerHTML).to.equal(convert(converted, { headingBase: 2 }).html);
    expect(holder.content.querySelector('goal-card')!.getAttribute('heading-level')).to.equal('3');
    expect(holder.content.querySelector('article-toc')!.getAttribute('levels')).to.equal('2-2');
  });

  it('writes its own words in the language of the content it upgrades (issue 16)', () => {
    // Detached: the iframe never loads.
    const holder = document.createElement('div');
    holder.lang = 'zh';
    holder.innerHTML = '<div><iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe></div>';
    upgrade(holder.firstElementChild!);
    expect(holder.querySelector('video-embed a')!.textContent).to.equal('在 YouTube 上观看“YouTube 视频”');
  });

  it('moves the page’s own nodes instead of re-creating them', () => {
    const fragment = inert(quote).content;
    const link = fragment.querySelector('a')!;
    let clicks = 0;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clicks++;
    });
    upgrade(fragment);
    const moved = fragment.querySelector('pull-quote [slot="attribution"] a')!;
    expect(moved).to.equal(link);
    moved.dispatchEvent(new MouseEvent('click', { cancelable: true }));
    expect(clicks).to.equal(1);
  });

  it('is safe to call again: upgraded blocks are left alone', () => {
    const template = inert(quote);
    upgrade(template.content);
    const once = template.innerHTML;
    expect(once).to.contain('<pull-quote');
    expect(upgrade(template.content).blocks).to.deep.equal([]);
    expect(template.innerHTML).to.equal(once);
  });

  it('upgrades the document body by default, and does nothing without a body', async () => {
    const el = await fixture(html`<div>
      <blockquote><p>“Words.”</p></blockquote>
      <p>- Someone</p>
    </div>`);
    const report = upgrade();
    expect(el.querySelector('pull-quote')).to.exist;
    expect(report.blocks.some((block) => block.element === 'pull-quote')).to.equal(true);
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.removeChild(empty.body);
    expect(upgrade(empty)).to.deep.equal({ blocks: [], warnings: [] });
  });

  describe('observeUpgrades()', () => {
    it('upgrades now, and content added later, with an event per pass; stops when told', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">A</div></div></div></div>`,
      );
      const stop = observeUpgrades(el);
      expect(el.querySelector('isomer-card-grid goal-card')).to.exist;

      const upgraded = nextEvent<CustomEvent>(document, 'isomer-blocks-upgrade');
      el.insertAdjacentHTML('beforeend', quote);
      const { detail } = await upgraded;
      expect(detail.blocks.map((block: { element?: string }) => block.element)).to.deep.equal(['pull-quote']);
      expect(el.querySelector('pull-quote')).to.exist;

      stop();
      el.insertAdjacentHTML('beforeend', quote.replace('Words', 'Later'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(el.querySelectorAll('pull-quote').length).to.equal(1);
    });

    it('looks at the added content only: its work does not grow with the page (issue 19)', async () => {
      const card =
        '<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">Added</div></div></div>';
      /** The attribute reads (what every rule does to every element it looks at) of one pass that adds content. */
      async function reads(paragraphs: number) {
        const el = await fixture<HTMLDivElement>(html`<div></div>`);
        el.innerHTML = `<h2>Section</h2>${'<p class="x">Text</p>'.repeat(paragraphs)}`;
        const stop = observeUpgrades(el);
        const original = Element.prototype.getAttribute;
        let count = 0;
        Element.prototype.getAttribute = function (this: Element, name: string) {
          count++;
          return original.call(this, name);
        };
        try {
          const upgraded = nextEvent<CustomEvent>(document, 'isomer-blocks-upgrade');
          el.insertAdjacentHTML('beforeend', `<p>More</p>${card}${quote}`);
          const { detail } = await upgraded;
          expect(detail.blocks.map((block: { element?: string }) => block.element)).to.deep.equal([
            'goal-card',
            'isomer-card-grid',
            'pull-quote',
          ]);
        } finally {
          Element.prototype.getAttribute = original;
          stop();
        }
        expect(el.querySelector('goal-card')!.getAttribute('heading-level'), 'headed below the h2').to.equal('3');
        return count;
      }
      const small = await reads(100);
      expect(await reads(3000)).to.equal(small);
      expect(small).to.be.below(100);
    });

    it('upgrades content added inside content added with it once, headed below a heading added before (issue 19)', async () => {
      const el = await fixture<HTMLDivElement>(html`<div><h2>Top</h2></div>`);
      const stop = observeUpgrades(el);
      try {
        el.insertAdjacentHTML('beforeend', '<h4>Added section</h4>');
        await new Promise((resolve) => setTimeout(resolve, 0));
        const upgraded = nextEvent<CustomEvent>(document, 'isomer-blocks-upgrade');
        const section = document.createElement('section');
        el.append(section);
        section.insertAdjacentHTML(
          'beforeend',
          '<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">Card</div></div></div>',
        );
        const { detail } = await upgraded;
        expect(detail.blocks.map((block: { element?: string }) => block.element)).to.deep.equal([
          'goal-card',
          'isomer-card-grid',
        ]);
        expect(el.querySelectorAll('goal-card').length).to.equal(1);
        expect(el.querySelector('goal-card')!.getAttribute('heading-level')).to.equal('5');
      } finally {
        stop();
      }
    });

    it('ignores changes that add nothing', async () => {
      const el = await fixture<HTMLDivElement>(html`<div><p>Text</p></div>`);
      let events = 0;
      const count = () => events++;
      document.addEventListener('isomer-blocks-upgrade', count);
      const stop = observeUpgrades(el);
      el.querySelector('p')!.remove();
      el.setAttribute('lang', 'ms');
      el.insertAdjacentHTML('beforeend', '<p>Plain</p>');
      await new Promise((resolve) => setTimeout(resolve, 20));
      stop();
      document.removeEventListener('isomer-blocks-upgrade', count);
      expect(events).to.equal(0);
    });
  });

  describe('upgradeRequested()', () => {
    const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html');
    const url = 'https://cdn.example/isomer-blocks.js';

    it('is true for the meta tag or a data-upgrade attribute on this script', () => {
      expect(upgradeRequested(page('<meta name="isomer-blocks:upgrade" content=" auto ">'), url)).to.equal(true);
      expect(upgradeRequested(page(`<script type="module" data-upgrade src="${url}"></script>`), url)).to.equal(true);
    });

    it('reads the meta in <head> only, its name in any case (issue 19)', () => {
      const body = new DOMParser().parseFromString(
        '<!doctype html><body><meta name="isomer-blocks:upgrade" content="auto">',
        'text/html',
      );
      expect(body.body.querySelector('meta')).to.exist;
      expect(upgradeRequested(body, url)).to.equal(false);
      expect(upgradeRequested(page('<meta name="Isomer-Blocks:Upgrade" content="auto">'), url)).to.equal(true);
    });

    it('is false otherwise', () => {
      expect(upgradeRequested(page('<meta name="isomer-blocks:upgrade" content="off">'), url)).to.equal(false);
      expect(
        upgradeRequested(
          page(
            `<script type="module" src="${url}"></script><script data-upgrade src="https://other.example/x.js"></script>`,
          ),
          url,
        ),
      ).to.equal(false);
      expect(upgradeRequested(page(''), url)).to.equal(false);
    });
  });

  describe('moves the author’s nodes, never re-creates them: handlers run once (issue 19)', () => {
    const counts = window as unknown as { upgradeErrors: number; upgradeClicks: number };
    /** A clickable legacy card whose image is missing: its inline onerror counts, once per load. */
    const card = (n: number) =>
      `<div class="isomer-card-grid"><a class="isomer-card" href="#card-${n}" id="card-${n}"><div class="isomer-card-image"><img src="/missing-card-image-${n}-${Date.now()}.png" alt="A" width="100%" height="auto" style="width: 100%" onerror="window.upgradeErrors++"></div><div class="isomer-card-title">Title ${n}</div><div class="isomer-card-description"><button type="button">Description ${n}</button></div></a></div>`;
    /** Marks the card's image, link and a node inside it with a property and a listener each. */
    function mark(root: ParentNode) {
      const nodes = [root.querySelector('img')!, root.querySelector('a')!, root.querySelector('button')!];
      const heard: string[] = [];
      for (const node of nodes) {
        Object.assign(node, { authorState: node.localName });
        node.addEventListener('ping', () => heard.push(node.localName));
      }
      nodes[1].addEventListener('click', (event) => {
        event.preventDefault();
        counts.upgradeClicks++;
      });
      return { nodes, heard };
    }
    /** Waits long enough for a second load of the image to fail, had there been one. */
    const settle = async () => {
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    function expectKept(root: ParentNode, { nodes, heard }: ReturnType<typeof mark>) {
      expect(counts.upgradeErrors, 'the inline onerror, once').to.equal(1);
      const [image, link, button] = nodes;
      expect(root.querySelector('goal-card > img[slot="image"]'), 'the image').to.equal(image);
      expect(root.querySelector('goal-card > a[slot="title"]'), 'the card link').to.equal(link);
      expect(root.querySelector('goal-card button'), 'a node inside').to.equal(button);
      expect(nodes.map((node) => (node as unknown as { authorState: string }).authorState)).to.deep.equal([
        'img',
        'a',
        'button',
      ]);
      for (const node of nodes) node.dispatchEvent(new Event('ping'));
      expect(heard).to.deep.equal(['img', 'a', 'button']);
      expect(image.hasAttribute('width') || image.hasAttribute('style')).to.equal(false);
      link.click();
      expect(counts.upgradeClicks, 'the card link’s click listener').to.equal(1);
    }
    // As on a page that loads the script tag: goal-card prepares its image too.
    before(() => import('../src/goal-card/define.js'));
    beforeEach(() => {
      counts.upgradeErrors = 0;
      counts.upgradeClicks = 0;
    });

    it('through upgrade()', async () => {
      const el = await fixture<HTMLDivElement>(html`<div></div>`);
      el.innerHTML = card(1);
      await waitUntil(() => counts.upgradeErrors === 1, 'the image fails once on load');
      const marked = mark(el);
      upgrade(el);
      await settle();
      expectKept(el, marked);
    });

    it('through observeUpgrades(), for content added later', async () => {
      const el = await fixture<HTMLDivElement>(html`<div></div>`);
      const stop = observeUpgrades(el);
      try {
        const holder = document.createElement('div');
        holder.innerHTML = card(2);
        const marked = mark(holder);
        const upgraded = nextEvent(document, 'isomer-blocks-upgrade');
        el.append(...holder.childNodes);
        await upgraded;
        await waitUntil(() => counts.upgradeErrors > 0, 'the image fails on load');
        await settle();
        expectKept(el, marked);
      } finally {
        stop();
      }
    });
  });
});
