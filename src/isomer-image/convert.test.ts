import { expect } from '@open-wc/testing';
import { convert } from '../convert/index.js';
import { lostContent } from '../../test/support/nothing-lost.js';

/** Isomer's image attributes, as its CMS writes them. */
const isomer = (alt: string, src = '/images/a.png') =>
  `<img style="width: 100%" height="auto" width="100%" alt="${alt}" src="${src}">`;

/** Converts `input`, checks that nothing is lost and that a second pass changes nothing, and gives the result. */
function run(input: string) {
  const result = convert(input);
  expect(lostContent(input, result.html)).to.deep.equal([]);
  expect(convert(result.html).html).to.equal(result.html);
  return { ...result, codes: result.report.warnings.map((warning) => warning.code) };
}

const lazy = 'loading="lazy" decoding="async"';

describe('convert(): images', () => {
  it('wraps div.isomer-image-wrapper in <isomer-image>, dropping height="auto", lazy', () => {
    const { html, report } = run(`<p>Intro.</p><div class="isomer-image-wrapper" id="pic">${isomer('DGX 2024')}</div>`);
    expect(html).to.equal(
      `<p>Intro.</p><isomer-image id="pic"><img style="width: 100%" alt="DGX 2024" src="/images/a.png" ${lazy}></isomer-image>`,
    );
    expect(report.blocks).to.deep.equal([
      { kind: 'isomer-image', action: 'converted', element: 'isomer-image', message: 'image “DGX 2024”' },
    ]);
  });

  it('keeps a numeric width and height, and a width no style replaces', () => {
    expect(run(`<p>x</p><p><img src="/a.png" alt="Chart" width="800" height="400"></p>`).html).to.equal(
      `<p>x</p><isomer-image><img src="/a.png" alt="Chart" width="800" height="400" ${lazy}></isomer-image>`,
    );
    expect(run(`<p>x</p><p><img src="/a.png" alt="Chart" width="100%"></p>`).html).to.contain('width="100%"');
  });

  it('keeps the link of a.isomer-image-wrapper (without its layout class) around the image', () => {
    const { html, report } = run(
      `<p>x</p><a class="isomer-image-wrapper" href="https://go.gov.sg/x" target="_blank" rel="noopener">${isomer('Form')}</a>`,
    );
    expect(html).to.equal(
      `<p>x</p><isomer-image><a href="https://go.gov.sg/x" target="_blank" rel="noopener"><img style="width: 100%" alt="Form" src="/images/a.png" ${lazy}></a></isomer-image>`,
    );
    expect(report.blocks[0].message).to.equal('linked image “Form”');
  });

  it('takes a paragraph holding only an image (or a link holding only one) and line breaks', () => {
    expect(run(`<p>x</p><p> <img src="/a.png" alt="A"><br> </p>`).html).to.equal(
      `<p>x</p><isomer-image><img src="/a.png" alt="A" ${lazy}></isomer-image>`,
    );
    expect(run(`<p>x</p><p><a href="/b"><img src="/a.png" alt="B"></a></p>`).html).to.equal(
      `<p>x</p><isomer-image><a href="/b"><img src="/a.png" alt="B" ${lazy}></a></isomer-image>`,
    );
  });

  it('leaves images that are part of something else: in text, a link with text, a table, a card', () => {
    const kept = [
      `<p>See <img src="/a.png" alt="icon"> here.</p>`,
      `<p><a href="/b"><img src="/a.png" alt="B"> Read more</a></p>`,
      `<div class="isomer-image-wrapper">${isomer('A')}<p>Words</p></div>`,
      `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-image"><div class="isomer-image-wrapper">${isomer('A')}</div></div></div><p>x</p></div>`,
      `<figure><p><img src="/a.png" alt="A"></p></figure>`,
    ];
    for (const input of kept) expect(run(input).html, input).to.equal(input);
    const table = `<table><tbody><tr><td><div class="isomer-image-wrapper">${isomer('ePN')}</div></td></tr></tbody></table>`;
    const { html, report } = run(table);
    // The table becomes <isomer-table>; nothing changes inside it.
    expect(html).to.equal(`<isomer-table>${table}</isomer-table>`);
    expect(report.blocks).to.deep.include({ kind: 'isomer-image', action: 'kept', message: 'image “ePN” in a table' });
  });

  it('converts an image in an accordion item and in a list item', () => {
    const { html } = run(
      `<div data-type="detailGroup" class="isomer-accordion"><details class="isomer-details"><summary>Q</summary><div class="isomer-details-content"><div class="isomer-image-wrapper">${isomer('Swag')}</div></div></details></div><ul><li><div class="isomer-image-wrapper">${isomer('Step')}</div></li></ul>`,
    );
    expect(html.match(/<isomer-image>/g)).to.have.length(2);
    expect(html).to.not.contain('priority');
  });

  describe('the priority image', () => {
    it('is the first image when only headings and empty paragraphs come before it', () => {
      const { html, report } = run(
        `<h2>FormSG</h2><p></p><div class="isomer-image-wrapper">${isomer('FormSG logo')}</div><p>Text.</p><div class="isomer-image-wrapper">${isomer('Form')}</div>`,
      );
      expect(html).to.contain(
        `<isomer-image priority=""><img style="width: 100%" alt="FormSG logo" src="/images/a.png" fetchpriority="high"></isomer-image>`,
      );
      expect(html.match(/priority/g)).to.have.length(2);
      expect(report.blocks[0].message).to.equal('image “FormSG logo” (priority)');
    });

    it('is none when text comes first', () => {
      expect(run(`<p>Text.</p><div class="isomer-image-wrapper">${isomer('A')}</div>`).html).to.not.contain('priority');
    });

    it('is none when an image that stays (in a table) comes first', () => {
      const { html } = run(
        `<table><tbody><tr><td><div class="isomer-image-wrapper">${isomer('A')}</div></td></tr></tbody></table><div class="isomer-image-wrapper">${isomer('B')}</div>`,
      );
      expect(html).to.not.contain('priority');
    });
  });

  describe('bad input', () => {
    it('warns about a missing or meaningless alt, and keeps it as written', () => {
      const { html, codes, report } = run(
        `<p>x</p><div class="isomer-image-wrapper"><img src="/images/Divider.png"></div><div class="isomer-image-wrapper">${isomer('Divider')}</div><p><img src="/a.png" alt="IMG_1178_2.jpg"></p><p><img src="/a.png" alt=""></p>`,
      );
      expect(codes).to.deep.equal(['missing-alt', 'generic-alt', 'generic-alt']);
      expect(report.warnings[1].message).to.equal(
        'The image /images/a.png has alt="Divider", which says nothing of what it shows: write what it shows, or alt="" if it only decorates.',
      );
      expect(html).to.contain('alt="Divider"').and.contain('alt="IMG_1178_2.jpg"');
    });

    for (const href of ['javascript:alert(1)', 'data:text/html,x']) {
      it(`leaves out the link ${href} with a warning, and keeps the image`, () => {
        const { html, codes } = run(
          `<p>x</p><a class="isomer-image-wrapper" href="${href}">${isomer('Model Terms')}</a>`,
        );
        expect(codes).to.deep.equal(['unsafe-url']);
        expect(html).to.equal(
          `<p>x</p><isomer-image><img style="width: 100%" alt="Model Terms" src="/images/a.png" ${lazy}></isomer-image>`,
        );
      });
    }

    it('keeps a linked-image wrapper without href as an image', () => {
      expect(run(`<p>x</p><a class="isomer-image-wrapper">${isomer('A')}</a>`).html).to.equal(
        `<p>x</p><isomer-image><img style="width: 100%" alt="A" src="/images/a.png" ${lazy}></isomer-image>`,
      );
    });
  });
});
