import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { IframeEmbed } from './iframe-embed.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IframeEmbed>('iframe-embed');

// The frames are lazy: Storybook's offline test run never scrolls far enough to request them, and
// a frame that fails to load logs no console error.
const FORM = 'https://form.gov.sg/65b7149b80a538729382d369';
const MAP =
  'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3988.8!2d103.85!3d1.29!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1';

const form = (title = 'HealthTech Sprint feedback form') =>
  html`<iframe-embed src=${FORM} label=${title}><a href=${FORM}>${title}</a></iframe-embed>`;

const meta: Meta<IframeEmbed & Record<string, unknown>> = {
  title: 'Components/Iframe embed',
  component: 'iframe-embed',
  args: { ...args, src: FORM, label: 'HealthTech Sprint feedback form' },
  argTypes,
  render: (storyArgs) => template(storyArgs, html`<a href=${FORM}>HealthTech Sprint feedback form</a>`),
  parameters: {
    docs: {
      description: {
        component:
          'A lazily loaded, titled frame from an allowed host (FormSG, Google Maps and My Maps, OneMap, Google Docs, data.gov.sg, CheckFirst, Panopto; more via `<meta name="isomer-blocks:iframe-hosts">`), sized by host. Any other host is shown as a link.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<IframeEmbed & Record<string, unknown>>;

/** A FormSG form, as on the HealthTech Sprint feedback page: tall by default. */
export const Playground: Story = {};

/** A Google Map: 4:3. */
export const GoogleMap: Story = {
  render: () =>
    html`<iframe-embed src=${MAP} label="Map of the Smart Nation and Digital Government Office"><a href=${MAP}>Map of the Smart Nation and Digital Government Office</a></iframe-embed>`,
};

/** A Google My Maps map (`/maps/d/embed`, or `/maps/d/u/0/embed` as a signed-in account copies it): 4:3. */
export const MyMaps: Story = { render: () => fromMarkup(examples.myMap) };

/** A OneMap map, as OneMap's "Add map to my site" writes it: 4:3. */
export const OneMap: Story = { render: () => fromMarkup(examples.oneMap) };

/** A CheckFirst checker, given its height as the page had it. */
export const CheckFirstWithHeight: Story = {
  render: () =>
    html`<iframe-embed src="https://www.checkfirst.gov.sg/c/2ee93260-2edb-4f62-94c5-4aa1b8fdba68" label="Scenario 1 checker" height="800"></iframe-embed>`,
};

export const Chinese: Story = { render: () => frame(form('反馈表格'), { lang: 'zh' }) };

export const Malay: Story = { render: () => frame(form('Borang maklum balas'), { lang: 'ms' }) };

export const Tamil: Story = { render: () => frame(form('கருத்துப் படிவம்'), { lang: 'ta' }) };

export const Dark: Story = { render: () => frame(form(), { scheme: 'dark' }) };

export const Narrow: Story = {
  render: () =>
    frame(html`<iframe-embed src=${MAP} label="Map of the OneMap sample"></iframe-embed>`, { width: '320px' }),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.map), { dir: 'rtl' }) };
