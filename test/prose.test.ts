import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  accessibilityTree,
  emulateMediaFeatures,
  generatedText,
  loadStylesheet,
  setViewport,
} from './support/helpers.js';
import { itWhere } from './support/engines.js';

type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResult> };
  }
}

/** A wide stand-in for the corpus's images, which live on the agencies' sites. */
const wideImage = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="800"/>')}`;

/**
 * Parses a page body inertly and, before it is shown, drops its scripts and points its images and
 * iframes at local stand-ins (the tests run offline).
 */
function inert(body: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = body;
  for (const script of template.content.querySelectorAll('script')) script.remove();
  for (const frame of template.content.querySelectorAll('iframe')) frame.setAttribute('src', 'about:blank');
  for (const image of template.content.querySelectorAll('img:not([src^="data:"])'))
    image.setAttribute('src', wideImage);
  return template.content;
}

const prose = async (markup: string, lang = 'en') => {
  const el = await fixture<HTMLElement>(html`<div class="isomer-prose" lang=${lang}></div>`);
  el.append(inert(markup));
  return el;
};

const axeViolations = async (el: Element) => {
  const { violations } = await window.axe.run(el, { resultTypes: ['violations'] });
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
};

describe('prose.css', () => {
  let sheet: HTMLLinkElement;
  before(async () => {
    sheet = await loadStylesheet('/src/prose.css');
    const script = Object.assign(document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    document.head.append(script);
    await loaded;
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('styles nothing outside .isomer-prose', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <p>Plain <a href="#" target="_blank">link</a></p>
      <table><tbody><tr><td>Cell</td></tr></tbody></table>
      <blockquote>Quote</blockquote>
    </div>`);
    expect(getComputedStyle(el.querySelector('a')!, '::after').content).to.equal('none');
    expect(getComputedStyle(el.querySelector('table')!).display).to.equal('table');
    expect(getComputedStyle(el.querySelector('blockquote')!).borderInlineStartStyle).to.equal('none');
  });

  describe('links that open a new tab', () => {
    // A space on each side (full-width brackets in Chinese): the hint never touches the next word.
    const hints = {
      en: ' (opens in a new tab) ',
      zh: '（在新标签页中打开）',
      ms: ' (dibuka dalam tab baharu) ',
      ta: ' (புதிய தாவலில் திறக்கும்) ',
    };
    for (const [lang, hint] of Object.entries(hints)) {
      itWhere('accessibility-tree', `say so in ${lang}, visibly and in the accessible name`, async () => {
        const el = await prose(
          '<p><a href="https://www.smartnation.gov.sg/" target="_blank" rel="noopener">Smart Nation</a></p>',
          lang,
        );
        const link = el.querySelector('a')!;
        expect(getComputedStyle(link, '::after').content).to.equal(JSON.stringify(hint));
        expect(await accessibilityTree('.isomer-prose p')).to.contain(`link "Smart Nation${hint.trimEnd()}"`);
      });
    }

    it('follow a lang set on the link itself', async () => {
      const el = await prose('<p><a lang="zh" href="https://www.smartnation.gov.sg/" target="_blank">智慧国</a></p>');
      expect(generatedText(el.querySelector('a')!)).to.equal('（在新标签页中打开）');
    });

    it('are not added to links that stay in the tab', async () => {
      const el = await prose('<p><a href="/about">About</a></p>');
      expect(getComputedStyle(el.querySelector('a')!, '::after').content).to.equal('none');
    });
  });

  describe('links to files (issue 13)', () => {
    const hints = { en: ' (PDF) ', zh: '（PDF 文件）', ms: ' (fail PDF) ', ta: ' (PDF கோப்பு) ' };
    const after = (link: Element) => generatedText(link);

    for (const [lang, hint] of Object.entries(hints)) {
      itWhere('accessibility-tree', `say the file's type in ${lang}, visibly and in the accessible name`, async () => {
        const el = await prose('<p><a href="/files/annual-report.pdf">Annual report</a></p>', lang);
        expect(after(el.querySelector('a')!)).to.equal(hint);
        expect(await accessibilityTree('.isomer-prose p')).to.contain(`link "Annual report${hint.trimEnd()}"`);
      });
    }

    it('read the type from the end of the path, in any case, before a query or fragment', async () => {
      const types = { 'a.PDF': 'PDF', 'b.docx?v=2': 'DOCX', 'c.xls#sheet': 'XLS', 'd.xlsx': 'XLSX', 'e.csv': 'CSV' };
      const links = Object.keys(types).map((path) => `<a href="https://www.example.gov.sg/${path}">f</a>`);
      const el = await prose(`<p>${links.join(' ')} <a href="/f.ppt">p</a> <a href="/f.doc">d</a></p>`);
      expect(Array.from(el.querySelectorAll('a'), after)).to.deep.equal(
        [...Object.values(types), 'PPT', 'DOC'].map((type) => ` (${type}) `),
      );
    });

    it('are not added to links to pages, nor to a name that only holds the extension', async () => {
      const el = await prose(
        '<p><a href="/pdf-guide">Guide</a> <a href="/files.pdfs/x">X</a> <a href="/about">A</a></p>',
      );
      expect(Array.from(el.querySelectorAll('a'), after)).to.deep.equal(['none', 'none', 'none']);
    });

    it('come before the new-tab hint of a file that opens in a new tab', async () => {
      const el = await prose('<p><a href="/r.pdf" target="_blank">Report</a></p>', 'ms');
      expect(after(el.querySelector('a')!)).to.equal(' (fail PDF)  (dibuka dalam tab baharu) ');
    });
  });

  it('underlines links once, also when the CMS wrapped their text in <u>', async () => {
    const el = await prose('<p><a href="/x"><u>Underlined</u></a> and <u>plain underline</u></p>');
    expect(getComputedStyle(el.querySelector('a')!).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(el.querySelector('a u')!).textDecorationLine).to.equal('none');
    expect(getComputedStyle(el.querySelector('p > u')!).textDecorationLine).to.equal('underline');
  });

  it('takes no room for runs of empty paragraphs', async () => {
    const el = await prose('<p>One</p><p></p><p></p><p></p><p>Two</p>');
    const [one, , , , two] = Array.from(el.querySelectorAll('p'));
    const withEmpties = two.getBoundingClientRect().top - one.getBoundingClientRect().bottom;
    const plain = await prose('<p>One</p><p>Two</p>');
    const [a, b] = Array.from(plain.querySelectorAll('p'));
    expect(withEmpties).to.equal(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom);
  });

  it('keeps tight list items tight and ol[start] numbering', async () => {
    const el = await prose(
      '<ol start="4" data-tight="true" class="tight"><li><p>Four</p></li><li><p>Five</p></li></ol>',
    );
    expect(getComputedStyle(el.querySelector('li > p')!).marginBlockEnd).to.equal('0px');
    expect(el.querySelector('ol')!.start).to.equal(4);
    expect(getComputedStyle(el.querySelector('ol')!).listStyleType).to.equal('decimal');
  });

  it('shows plain blockquotes as callouts with a rule, and leaves classed ones (embeds) alone', async () => {
    const el = await prose(
      '<blockquote><p>Callout</p></blockquote><blockquote class="instagram-media"><p>Embed</p></blockquote>',
    );
    const [callout, embed] = Array.from(el.querySelectorAll('blockquote'));
    expect(getComputedStyle(callout).borderInlineStartWidth).to.equal('4px');
    expect(getComputedStyle(embed).borderInlineStartStyle).to.equal('none');
  });

  it('draws hr as a thin rule', async () => {
    const el = await prose('<p>a</p><hr><p>b</p>');
    expect(getComputedStyle(el.querySelector('hr')!).borderBlockStartWidth).to.equal('1px');
  });

  it('gives Tamil and Chinese text more line height than English', async () => {
    const lineHeight = async (lang: string) =>
      parseFloat(getComputedStyle((await prose('<p>x</p>', lang)).querySelector('p')!).lineHeight);
    const en = await lineHeight('en');
    expect(await lineHeight('ta')).to.be.greaterThan(en);
    expect(await lineHeight('zh-SG')).to.be.greaterThan(en);
    const mixed = await prose('<p>English <span lang="ta">தமிழ்</span></p>');
    expect(parseFloat(getComputedStyle(mixed.querySelector('span')!).lineHeight)).to.be.greaterThan(en);
  });

  itWhere(
    'narrow-viewport',
    'fits images from div and a image wrappers, and raw iframes, in a 320 px column',
    async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await prose(`
      <div class="isomer-image-wrapper"><img style="width: 100%" height="auto" width="100%" alt="Wide" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1600' height='400'/%3E"></div>
      <a class="isomer-image-wrapper" href="/x">
        <img alt="Linked" width="900" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='900' height='300'/%3E">
      </a>
      <iframe title="Video" width="560" height="315" src="about:blank"></iframe>`);
      await Promise.all(Array.from(el.querySelectorAll('img')).map((img) => img.decode()));
      for (const node of el.querySelectorAll('img, iframe'))
        expect(node.getBoundingClientRect().width).to.be.at.most(el.clientWidth);
      expect(getComputedStyle(el.querySelector('a.isomer-image-wrapper')!).display).to.equal('block');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    },
  );

  describe('tables', () => {
    const cmsTable = `<table style="minWidth: 50px"><colgroup><col><col><col><col></colgroup><tbody>
      <tr><th colspan="1" rowspan="1"><p>Trial</p></th><th colspan="1" rowspan="1"><p>Partners</p></th><th><p>Documents</p></th><th><p>Outcome</p></th></tr>
      <tr><th rowspan="2"><p>Singapore–Australia</p></th><td colspan="2"><p>Agencies and shipping lines across both countries exchanged trade documents</p></td><td><p>Interoperable</p></td></tr>
      <tr><td><p>Banks</p></td><td><p>Letters of credit</p></td><td><p>Faster</p></td></tr>
    </tbody></table>`;

    itWhere('narrow-viewport', 'fit a 320 px column by wrapping long words in cells', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await prose(cmsTable.replace('Interoperable', 'ANTIHYPERTENSIVES? hypercholesterolaemia'));
      const table = el.querySelector('table')!;
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    itWhere(
      'narrow-viewport',
      'scroll sideways inside the column when a cell cannot wrap, and the page does not',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await prose(
          `<p>Before</p>${cmsTable.replace('<p>Banks</p>', '<p style="white-space: nowrap">Banks, insurers and freight forwarders</p>')}`,
        );
        const table = el.querySelector('table')!;
        expect(table.getBoundingClientRect().width).to.be.at.most(el.clientWidth);
        expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
        expect(getComputedStyle(table).overflowX).to.equal('auto');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      },
    );

    itWhere('accessibility-tree', 'keep their table semantics, header cells in body rows included', async () => {
      await prose(cmsTable);
      const tree = await accessibilityTree('.isomer-prose');
      expect(tree).to.match(/^table/);
      expect(tree).to.contain('rowheader "Singapore–Australia"');
      expect(tree).to.contain('columnheader "Partners"');
      expect(tree).to.contain('cell "Agencies and shipping lines across both countries exchanged trade documents"');
    });

    itWhere(
      'narrow-viewport',
      'can be scrolled with the keyboard when they overflow (Chromium makes scrollers focusable)',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await prose(
          cmsTable.replace('<p>Banks</p>', '<p style="white-space: nowrap">Banks, insurers and freight forwarders</p>'),
        );
        const table = el.querySelector('table')!;
        expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
        table.focus();
        expect(document.activeElement).to.equal(table);
      },
    );
  });

  itWhere('emulate-forced-colors', 'uses system colours in forced-colors mode', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await prose('<table><tbody><tr><td>Cell <a href="#x">link</a></td></tr></tbody></table>');
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      expect(getComputedStyle(el.querySelector('td')!).borderTopColor).to.equal(getComputedStyle(probe).color);
      // Links stay recognisable (#14 item 5).
      probe.style.color = 'LinkText';
      expect(getComputedStyle(el.querySelector('a')!).color).to.equal(getComputedStyle(probe).color);
      probe.remove();
    } finally {
      await emulateMediaFeatures([]);
    }
  });

  it('follows the dark colour scheme', async () => {
    const el = await prose('<p>Text</p>');
    const light = getComputedStyle(el).color;
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(el).color).not.to.equal(light);
  });

  describe('every page of the Isomer corpus at 320 px', () => {
    let pages: { page: string; body: string }[];
    before(async () => {
      pages = (await executeServerCommand('corpus-pages')) as { page: string; body: string }[];
    });

    it('reads all 25 pages', () => {
      expect(pages).to.have.length(25);
    });

    itWhere('narrow-viewport', 'never scrolls the page sideways and adds no axe violation', async function () {
      this.timeout(120000);
      await setViewport({ width: 320, height: 640 });
      const problems: string[] = [];
      for (const { page, body } of pages) {
        const el = await prose(body);
        if (document.documentElement.scrollWidth > 320) {
          // Which boxes stick out, and whether they still do two frames later: Firefox now and then
          // lays the plain iframes of 22-ctrlshift-virtual-fair-2021-recap.md out at their width
          // attribute (568 px) for a frame before max-width applies; only what stays counts.
          const now = document.documentElement.scrollWidth;
          const wide = Array.from(
            el.querySelectorAll('*'),
            (node) => [node, node.getBoundingClientRect().right] as const,
          ).filter(([, right]) => right > 320);
          const later = await new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.documentElement.scrollWidth))),
          );
          if ((later as number) > 320)
            problems.push(
              `${page}: page is ${now} px wide (${later} px two frames later): ${wide.map(([node, right]) => `<${node.localName}> to ${Math.round(right)} px`).join(', ')}`,
            );
        }
        const styled = await axeViolations(el);
        sheet.disabled = true;
        const unstyled = new Set(await axeViolations(el));
        sheet.disabled = false;
        problems.push(
          ...styled.filter((violation) => !unstyled.has(violation)).map((violation) => `${page}: ${violation}`),
        );
        el.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  });
});
