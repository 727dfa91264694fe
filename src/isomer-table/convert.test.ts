import { expect } from '@open-wc/testing';
import { convert, countConverted } from '../convert/index.js';
import { lostContent } from '../../test/support/nothing-lost.js';

/** A table as Tiptap writes it: inline min-width, a colgroup, the header row in the body, spans on every cell. */
const tiptap = `<table style="min-width: 50px"><colgroup><col style="min-width: 25px"><col></colgroup><tbody>
<tr><th rowspan="1" colspan="1"><p>Segment</p></th><th rowspan="1" colspan="1"><p>Key Results</p></th></tr>
<tr><th rowspan="2" colspan="1"><p>Target HbA1c</p></th><td rowspan="1" colspan="1"><p>None</p></td></tr>
<tr><td rowspan="1" colspan="1"><p>As tolerated</p></td></tr>
</tbody></table>`;

describe('convert(): tables', () => {
  it('wraps a table in <isomer-table>, changing nothing inside but the missing scopes', () => {
    const { html, report } = convert(`<h3>Results</h3>\n${tiptap}\n<p>After</p>`);
    const expected = tiptap
      .replace(/<th rowspan="1" colspan="1">/g, '<th rowspan="1" colspan="1" scope="col">')
      .replace('<th rowspan="2" colspan="1">', '<th rowspan="2" colspan="1" scope="row">');
    expect(html).to.equal(`<h3>Results</h3>\n<isomer-table>${expected}</isomer-table>\n<p>After</p>`);
    expect(countConverted(report)).to.deep.equal({ 'isomer-table': 1 });
    expect(report.blocks[0]).to.deep.equal({
      kind: 'isomer-table',
      action: 'converted',
      element: 'isomer-table',
      message: '3 rows',
    });
    expect(report.warnings).to.deep.equal([]);
    expect(lostContent(tiptap, html)).to.deep.equal([]);
  });

  it('gives thead headers scope="col" and keeps scopes the author wrote', () => {
    const { html } = convert(
      '<table><thead><tr><th>Day</th><th scope="colgroup">Hours</th></tr></thead><tbody><tr><th scope="col">Mon</th><td>9</td></tr></tbody></table>',
    );
    expect(html).to.equal(
      '<isomer-table><table><thead><tr><th scope="col">Day</th><th scope="colgroup">Hours</th></tr></thead><tbody><tr><th scope="col">Mon</th><td>9</td></tr></tbody></table></isomer-table>',
    );
  });

  it('wraps only the outer one of nested tables, and converts what the cells hold', () => {
    const inner = '<table><tbody><tr><th>Inner</th><td>1</td></tr></tbody></table>';
    const { html, report } = convert(
      `<table><tbody><tr><td>${inner}</td><td><blockquote><p>“Quote”</p></blockquote><p>- Name</p></td></tr></tbody></table>`,
    );
    expect(html.match(/<isomer-table>/g)).to.have.length(1);
    expect(html).to.include(`<td>${inner}</td>`);
    expect(html).to.include('<pull-quote>');
    expect(countConverted(report)).to.deep.equal({ 'isomer-table': 1, 'pull-quote': 1 });
  });

  it('gives the same output the second time, and leaves a table already wrapped alone', () => {
    const once = convert(`<p>Before</p>${tiptap}<table><tbody><tr><td></td></tr></tbody></table>`).html;
    const twice = convert(once);
    expect(twice.html).to.equal(once);
    expect(countConverted(twice.report)).to.deep.equal({});
    const wrapped = '<isomer-table label="Hours"><table><tbody><tr><th>Mon</th></tr></tbody></table></isomer-table>';
    expect(convert(wrapped).html).to.equal(wrapped);
  });

  it('wraps an empty table too (the element reports it), losing nothing', () => {
    for (const input of ['<table></table>', '<table><tbody><tr></tr></tbody></table>']) {
      const { html } = convert(input);
      expect(html).to.equal(`<isomer-table>${input}</isomer-table>`);
      expect(convert(html).html).to.equal(html);
    }
  });
});
