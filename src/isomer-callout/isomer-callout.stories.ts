import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { IsomerCallout } from './isomer-callout.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerCallout>('isomer-callout');

const FORM = 'https://form.gov.sg/635f32c5001b2d0011fff09b';

const content = html`<h3 slot="title">Applications close on 1 May</h3>
  <p>Submit the <a href=${FORM}>application form</a> with your company's registration number.</p>`;

const meta: Meta<IsomerCallout & Record<string, unknown>> = {
  title: 'Components/Callout',
  component: 'isomer-callout',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs, content),
  parameters: {
    docs: {
      description: {
        component:
          'A note set apart from the text, with an optional title. Its content is light DOM, so it reads without JavaScript; the element announces it as a note (`role="note"`) named by its title. `--blockquotes callout` makes a page\'s bare blockquotes callouts.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<IsomerCallout & Record<string, unknown>>;

/** A titled note: try every control here. */
export const Playground: Story = {};

/** A corpus page's callout, as the converter writes it from a bare blockquote. */
export const WithoutTitle: Story = { render: () => fromMarkup(examples.note) };

export const WithTitleAndList: Story = { render: () => fromMarkup(examples.titled) };

export const LongContent: Story = {
  render: () => html`<isomer-callout>
    <p slot="title">What the new criteria mean for you</p>
    <p>
      As of 1 December 2024, the scheme is being reviewed for new criteria in 2025. Companies that applied before the
      review keep their place; those that apply after it are assessed against the new criteria, which the agency
      publishes on this page once they are final.
    </p>
    <ul>
      <li>Existing grants continue until they end.</li>
      <li>New applications open again in the second quarter of 2025.</li>
    </ul>
    <p>https://www.example.gov.sg/a-very-long-unbroken-address-that-must-wrap-at-narrow-widths-without-overflowing</p>
  </isomer-callout>`,
};

export const Chinese: Story = {
  render: () =>
    frame(
      html`<isomer-callout>
        <p slot="title">申请截止日期为5月1日</p>
        <p>请填写<a href=${FORM}>申请表格</a>并附上贵公司的注册号码。</p>
      </isomer-callout>`,
      { lang: 'zh' },
    ),
};

export const Malay: Story = {
  render: () =>
    frame(
      html`<isomer-callout>
        <p slot="title">Permohonan ditutup pada 1 Mei</p>
        <p>Hantar <a href=${FORM}>borang permohonan</a> bersama nombor pendaftaran syarikat anda.</p>
      </isomer-callout>`,
      { lang: 'ms' },
    ),
};

export const Tamil: Story = {
  render: () =>
    frame(
      html`<isomer-callout>
        <p slot="title">விண்ணப்பங்கள் மே 1 அன்று முடிவடையும்</p>
        <p>உங்கள் நிறுவனப் பதிவு எண்ணுடன் <a href=${FORM}>விண்ணப்பப் படிவத்தைச்</a> சமர்ப்பிக்கவும்.</p>
      </isomer-callout>`,
      { lang: 'ta' },
    ),
};

export const Dark: Story = { render: () => frame(fromMarkup(examples.titled), { scheme: 'dark' }) };

/** At 320 CSS px (WCAG reflow) the note wraps and nothing scrolls sideways. */
export const Narrow: Story = { render: () => frame(fromMarkup(examples.titled), { width: '320px' }) };

/** Right to left: the rule moves to the reading side (logical properties). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.titled), { dir: 'rtl' }) };
