import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { IsomerTable } from './isomer-table.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerTable>('isomer-table');

/** A bus timetable: short labels ("First bus") beside a long description, the table that prose.css crushed. */
const timetable = html`<table>
  <thead>
    <tr>
      <th>Service</th>
      <th>First bus</th>
      <th>Last bus</th>
      <th>Facilities</th>
      <th>Route</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>851</th>
      <td>5.30 am</td>
      <td>12.10 am</td>
      <td>Playground</td>
      <td>
        From Yishun Integrated Transport Hub along Yishun Avenue 2, Lentor Avenue and Thomson Road to the Bukit Merah
        Interchange, calling at every stop on the way.
      </td>
    </tr>
  </tbody>
</table>`;

const meta: Meta<IsomerTable & Record<string, unknown>> = {
  title: 'Components/Table',
  component: 'isomer-table',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs, timetable),
  parameters: {
    docs: {
      description: {
        component:
          'A real `<table>` in light DOM, which reads and prints without JavaScript. Cells keep whole words; a table wider than its column scrolls sideways inside the element, which is then (and only then) a keyboard stop and a region named by the caption (or `label`), "scrolls sideways" in the page\'s language. Header cells without a `scope` get one. Narrow the window to see the region appear.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<IsomerTable & Record<string, unknown>>;

/** The timetable: it fits a wide column and scrolls in a narrow one. Try every control here. */
export const Playground: Story = {};

/** A header row and two rows (healthtechsprint): fits, so no tab stop. */
export const Simple: Story = { render: () => fromMarkup(examples.simple) };

/** Wider than its column: a focusable region, named "Table (scrolls sideways)". Tab to it and use the arrow keys. */
export const WideScrolling: Story = { render: () => fromMarkup(examples.resized) };

/** A caption names the table, and the region when it scrolls (here at 320 px). */
export const WithCaption: Story = { render: () => frame(fromMarkup(examples.caption), { width: '320px' }) };

/** Header cells in body rows, `scope="row"` (IMDA PIXEL contacts). */
export const WithRowHeaders: Story = { render: () => fromMarkup(examples.rowHeaders) };

/** `rowspan` and `colspan` kept as written. */
export const RowAndColumnSpans: Story = { render: () => fromMarkup(examples.spans) };

/** Tiptap's inline `min-width` on the table and its columns, and its `<colgroup>`: kept; at 320 px the table scrolls. */
export const TiptapMinWidth: Story = { render: () => frame(fromMarkup(examples.minWidth), { width: '320px' }) };

/** At 320 CSS px (WCAG reflow): the page does not scroll sideways, the table does, and no word is split. */
export const Narrow: Story = { render: () => frame(template({}, timetable), { width: '320px' }) };

export const Dark: Story = {
  render: () => frame(html`${fromMarkup(examples.spans)}${fromMarkup(examples.resized)}`, { scheme: 'dark' }),
};

export const Chinese: Story = { render: () => frame(fromMarkup(examples.resized), { lang: 'zh' }) };
export const Malay: Story = { render: () => frame(fromMarkup(examples.resized), { lang: 'ms' }) };
export const Tamil: Story = { render: () => frame(fromMarkup(examples.resized), { lang: 'ta' }) };

/** Right to left: the table mirrors and scrolls from the right. */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.spans), { dir: 'rtl' }) };
