import { expect, html } from '@open-wc/testing';
import { fixture } from '../../test/support/fixture.js';
import { nothing, type TemplateResult } from 'lit';
import './define.js';
import '../goal-card/define.js';
import { isColumnCount, type IsomerCardGrid } from './isomer-card-grid.js';
import {
  accessibilityTree,
  captureProblems,
  captureWarnings,
  loadStylesheet,
  nextFrames,
} from '../../test/support/helpers.js';
import { itWhere } from '../../test/support/engines.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** `count` cards; every third one has a longer description, so that equal heights are tested. */
const cards = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => html`<goal-card>
      <img slot="image" src=${PIXEL} alt="Illustration of goal ${i + 1}" />
      <span slot="title">Goal ${i + 1}</span>
      <p>${i % 3 === 1 ? 'A much longer description that wraps over several lines of the card. '.repeat(3) : 'Short.'}</p>
    </goal-card>`,
  );

/** A grid in a column of `width` px. */
async function gridIn(width: number, content: TemplateResult | TemplateResult[], maxColumns?: number) {
  const column = await fixture(html`<div style="width: ${width}px">
    <isomer-card-grid max-columns=${maxColumns ?? nothing}>${content}</isomer-card-grid>
  </div>`);
  const grid = column.querySelector('isomer-card-grid')!;
  await grid.updateComplete;
  await nextFrames();
  return grid;
}

const boxes = (grid: Element) => Array.from(grid.children).map((card) => card.getBoundingClientRect());

/** Columns as rendered: how many cards share the first row. */
const columnsOf = (grid: Element) => {
  const rows = boxes(grid);
  return rows.filter((box) => Math.abs(box.top - rows[0].top) < 1).length;
};

/**
 * Columns before the upgrade: `count` light-DOM cards in a grid laid out by preflight.css alone. The
 * preflight rules are mirrored onto stand-in tags that are never defined (the real ones are).
 */
async function preflightColumns(width: number, count: number, maxColumns?: number) {
  const link = await loadStylesheet('/src/preflight.css');
  const sheet = link.sheet!;
  for (const rule of Array.from(sheet.cssRules))
    sheet.insertRule(
      rule.cssText.replaceAll('isomer-card-grid', 'pre-card-grid').replaceAll('goal-card', 'pre-goal-card'),
      sheet.cssRules.length,
    );
  const column = await fixture(html`<div style="width: ${width}px"></div>`);
  const max = maxColumns ? ` max-columns="${maxColumns}"` : '';
  column.innerHTML = `<pre-card-grid${max}>${'<pre-goal-card><span slot="title">Goal</span><p>Short.</p></pre-goal-card>'.repeat(count)}</pre-card-grid>`;
  await nextFrames();
  const grid = column.firstElementChild!;
  const result = { columns: columnsOf(grid), widths: boxes(grid).map((box) => box.width) };
  link.remove();
  return result;
}

describe('<isomer-card-grid>', () => {
  describe('layout (measured from rendered boxes)', () => {
    // Issue 16: three columns as soon as each card gets about 220 px, so that three cards fill one
    // row of a 700–900 px article column; two for medium containers; one only in narrow ones.
    const expected: [width: number, columns: number, withMaxFour: number][] = [
      [320, 1, 1],
      [480, 2, 2],
      [720, 3, 3],
      [900, 3, 3],
      [1200, 3, 4],
    ];
    for (const [width, columns, withMaxFour] of expected) {
      it(`shows ${columns} column(s) in a ${width} px container, cards filling the row exactly`, async () => {
        const grid = await gridIn(width, cards(7));
        expect(columnsOf(grid)).to.equal(columns);
        const [first] = boxes(grid);
        const gap = 24;
        expect(first.width).to.be.closeTo((width - (columns - 1) * gap) / columns, 0.5);
        expect(first.width, 'each card gets at least 216 px').to.be.at.least(columns > 1 ? 216 : 0);
        expect(first.left).to.be.closeTo(grid.getBoundingClientRect().left, 0.5);
      });

      it(`shows the same ${columns} column(s) at ${width} px before it upgrades (preflight), ${withMaxFour} with max-columns="4"`, async () => {
        const { columns: before, widths } = await preflightColumns(width, 7);
        expect(before).to.equal(columns);
        expect(widths[0]).to.be.closeTo((width - (columns - 1) * 24) / columns, 0.5);
        expect((await preflightColumns(width, 8, 4)).columns).to.equal(withMaxFour);
        expect(columnsOf(await gridIn(width, cards(8), 4))).to.equal(withMaxFour);
      });
    }

    for (const width of [720, 900]) {
      it(`puts three cards in one row of a ${width} px article column`, async () => {
        const grid = await gridIn(width, cards(3));
        expect(columnsOf(grid)).to.equal(3);
        expect((await preflightColumns(width, 3)).columns).to.equal(3);
      });
    }

    it('responds to its container, not the viewport', async () => {
      const grid = await gridIn(1400, cards(3));
      expect(columnsOf(grid)).to.equal(3);
      (grid.parentElement as HTMLElement).style.width = '400px';
      await nextFrames();
      expect(columnsOf(grid)).to.equal(1);
    });

    it('keeps a card of a short last row at the width of one column', async () => {
      const grid = await gridIn(1400, cards(4));
      const all = boxes(grid);
      expect(all[3].top).to.be.greaterThan(all[0].bottom);
      expect(all[3].width).to.be.closeTo(all[0].width, 0.5);
    });

    it('gives every card of a row the same height', async () => {
      const grid = await gridIn(1400, cards(3));
      const heights = boxes(grid).map((box) => box.height);
      expect(heights[1]).to.be.greaterThan(200);
      expect(heights[0]).to.equal(heights[1]);
      expect(heights[2]).to.equal(heights[1]);
    });

    for (const width of [480, 1000, 1400]) {
      it(`lets exactly two cards share the row in halves at ${width} px`, async () => {
        const grid = await gridIn(width, cards(2));
        const [a, b] = boxes(grid);
        expect(a.top).to.equal(b.top);
        expect(a.width).to.be.closeTo((width - 24) / 2, 0.5);
        expect(b.right).to.be.closeTo(grid.getBoundingClientRect().right, 0.5);
      });
    }

    it('stacks two cards below 456 px', async () => {
      expect(columnsOf(await gridIn(440, cards(2)))).to.equal(1);
    });

    it('lets a single card span the row', async () => {
      const grid = await gridIn(1400, cards(1));
      expect(boxes(grid)[0].width).to.be.closeTo(1400, 0.5);
    });

    it('lets three cards share a 4-column row in thirds', async () => {
      const grid = await gridIn(1400, cards(3), 4);
      expect(boxes(grid)[0].width).to.be.closeTo((1400 - 48) / 3, 0.5);
    });

    for (const [maxColumns, width, columns] of [
      [1, 1400, 1],
      [2, 1400, 2],
      [4, 1400, 4],
      [4, 900, 3],
      [4, 600, 2],
      [4, 400, 1],
    ]) {
      it(`max-columns="${maxColumns}" gives ${columns} column(s) at ${width} px`, async () => {
        expect(columnsOf(await gridIn(width, cards(8), maxColumns))).to.equal(columns);
      });
    }

    it('lays out 120 cards in rows of 3', async () => {
      const grid = await gridIn(1400, cards(120));
      const tops = new Set(boxes(grid).map((box) => Math.round(box.top)));
      expect(tops.size).to.equal(40);
    });

    it('takes the gap from --isomer-card-grid-gap', async () => {
      const grid = await gridIn(1000, cards(2));
      grid.style.setProperty('--isomer-card-grid-gap', '40px');
      await nextFrames();
      const [a, b] = boxes(grid);
      expect(b.left - a.right).to.be.closeTo(40, 0.5);
    });

    it('does not move any card, title or image when it upgrades (with the preflight stylesheet)', async () => {
      const link = await loadStylesheet('/src/preflight.css');
      const sheet = link.sheet!;
      // Preflight rules target the real tags; mirror them onto stand-in tags defined only later.
      for (const rule of Array.from(sheet.cssRules)) {
        const text = rule.cssText
          .replaceAll('isomer-card-grid', 'later-card-grid')
          .replaceAll('goal-card', 'later-goal-card');
        sheet.insertRule(text, sheet.cssRules.length);
      }
      const column = await fixture(html`<div style="width: 1100px"></div>`);
      const card = (i: number) =>
        `<later-goal-card href="#g${i}" target="_blank"><img slot="image" src="${PIXEL}" style="width: 100%" alt="Goal ${i}"><span slot="title">Goal ${i} with a title long enough to wrap</span><p>Description ${i}, ${'long '.repeat(i * 6)}</p><span slot="link">Read more</span></later-goal-card>`;
      column.innerHTML = `<p>Before</p><later-card-grid>${[1, 2, 3].map(card).join('')}</later-card-grid><p>After</p>`;
      await nextFrames();
      // Boxes of cards, images and paragraphs; the title is measured by its text, since it is a block
      // before the upgrade and an inline inside the heading after it (the same lines either way).
      const text = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Array.from(range.getClientRects()).map((rect) => rect.toJSON());
      };
      const measure = () => [
        ...Array.from(column.querySelectorAll('later-goal-card, later-goal-card > :not([slot="title"]), p')).map((el) =>
          el.getBoundingClientRect().toJSON(),
        ),
        ...Array.from(column.querySelectorAll('[slot="title"]')).map(text),
      ];
      const before = measure();
      const { IsomerCardGrid } = await import('./isomer-card-grid.js');
      const { GoalCard } = await import('../goal-card/goal-card.js');
      (class extends GoalCard {}).define('later-goal-card');
      (class extends IsomerCardGrid {}).define('later-card-grid');
      await (column.querySelector('later-card-grid') as IsomerCardGrid).updateComplete;
      await nextFrames();
      expect(column.querySelector('later-goal-card')!.shadowRoot).to.exist;
      expect(measure()).to.deep.equal(before);
      link.remove();
    });
  });

  describe('accessibility', () => {
    itWhere(
      'accessibility-tree',
      'is a list of its cards, named by label, each card a list item with its heading',
      async () => {
        await fixture(html`<div id="tree">
        <isomer-card-grid label="Smart Nation 2.0 goals">
          <goal-card heading-level="4"><span slot="title">Trust</span><p>Safety and privacy.</p></goal-card>
          <goal-card heading-level="4"><span slot="title">Growth</span><p>New skills.</p></goal-card>
          <goal-card heading-level="4"><span slot="title">Community</span><p>Social cohesion.</p></goal-card>
        </isomer-card-grid>
      </div>`);
        await nextFrames();
        expect(await accessibilityTree('#tree')).to.equal(
          [
            'list "Smart Nation 2.0 goals"',
            '  listitem [level=1]',
            '    heading "Trust" [level=4]',
            '      StaticText "Trust"',
            '    paragraph',
            '      StaticText "Safety and privacy."',
            '  listitem [level=1]',
            '    heading "Growth" [level=4]',
            '      StaticText "Growth"',
            '    paragraph',
            '      StaticText "New skills."',
            '  listitem [level=1]',
            '    heading "Community" [level=4]',
            '      StaticText "Community"',
            '    paragraph',
            '      StaticText "Social cohesion."',
          ].join('\n'),
        );
      },
    );

    itWhere('accessibility-tree', 'has no name without a label, and follows label changes', async () => {
      const grid = await gridIn(1000, cards(2));
      grid.id = 'unnamed';
      expect((await accessibilityTree('#unnamed')).split('\n')[0]).to.equal('list');
      grid.label = 'Goals';
      await grid.updateComplete;
      expect((await accessibilityTree('#unnamed')).split('\n')[0]).to.equal('list "Goals"');
    });

    for (const count of [1, 2, 3, 7, 18]) {
      it(`passes axe with ${count} card(s)`, async () => {
        const grid = await gridIn(1400, cards(count));
        grid.label = 'Cards';
        await expect(grid.parentElement).to.be.accessible();
      });
    }
  });

  describe('bad input', () => {
    itWhere('accessibility-tree', 'renders nothing, is no list and warns when it has no cards', async () => {
      let grid!: IsomerCardGrid;
      const { warnings, codes } = await captureProblems('isomer-card-grid-error', async () => {
        const column = await fixture(html`<div><isomer-card-grid label="Nothing"> </isomer-card-grid></div>`);
        grid = column.querySelector('isomer-card-grid')!;
        await grid.updateComplete;
      });
      expect(warnings.join()).to.contain('<isomer-card-grid>').and.contain('no cards');
      expect(codes).to.deep.equal(['empty']);
      expect(grid.getBoundingClientRect().height).to.equal(0);
      grid.id = 'empty-grid';
      expect(await accessibilityTree('#empty-grid')).to.equal('');
    });

    itWhere(
      'accessibility-tree',
      'becomes a list when cards arrive, and warns again when the last one leaves',
      async () => {
        let grid!: IsomerCardGrid;
        await captureWarnings(async () => {
          grid = (await gridIn(1000, [])) as IsomerCardGrid;
        });
        grid.id = 'later';
        const card = document.createElement('goal-card');
        card.innerHTML = '<span slot="title">Late</span>';
        grid.append(card);
        await nextFrames();
        await grid.updateComplete;
        expect((await accessibilityTree('#later')).split('\n')[0]).to.equal('list');
        const warnings = await captureWarnings(async () => {
          card.remove();
          await nextFrames();
          await grid.updateComplete;
        });
        expect(warnings.join()).to.contain('no cards');
      },
    );

    for (const bad of ['0', '5', '2.5', 'three']) {
      it(`warns about max-columns="${bad}" and uses 3 columns`, async () => {
        let grid!: Element;
        const warnings = await captureWarnings(async () => {
          const column = await fixture(
            html`<div style="width: 1400px"><isomer-card-grid max-columns=${bad}>${cards(6)}</isomer-card-grid></div>`,
          );
          grid = column.querySelector('isomer-card-grid')!;
          await (grid as IsomerCardGrid).updateComplete;
          await nextFrames();
        });
        expect(warnings.join()).to.contain(`max-columns="${Number(bad)}"`);
        expect(columnsOf(grid)).to.equal(3);
      });
    }

    it('accepts only whole column counts 1–4', () => {
      expect([0, 1, 2, 3, 4, 5, 2.5, NaN].map(isColumnCount)).to.deep.equal([
        false,
        true,
        true,
        true,
        true,
        false,
        false,
        false,
      ]);
    });
  });
});
