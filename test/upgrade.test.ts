import { expect, fixture, html } from '@open-wc/testing';
import { convert, splitFrontmatter } from '../src/convert/index.js';
import { upgradeRequested } from '../src/upgrade/request.js';
import { observeUpgrades, upgrade } from '../src/upgrade/upgrade.js';
import { nextEvent } from './support/helpers.js';

/** Legacy markup parsed into an inert template (no image requests), as a page would hold it. */
function inert(markup: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template;
}

const quote = '<blockquote><p>“Words.”</p></blockquote><p>- Someone at <a href="https://a.example/">an event</a></p>';

describe('upgrade()', () => {
  it('gives exactly what convert() gives, on every corpus page, report included', async function () {
    this.timeout(60000);
    const pages: string[] = await (await fetch('/corpus/index.json')).json();
    for (const page of pages) {
      const { body } = splitFrontmatter(await (await fetch(`/corpus/${encodeURIComponent(page)}`)).text());
      const holder = inert(body);
      const report = upgrade(holder.content);
      const expected = convert(body);
      expect(holder.innerHTML, page).to.equal(expected.html);
      expect(report, page).to.deep.equal(expected.report);
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
});
