import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { IsomerAccordion } from './isomer-accordion.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerAccordion>('isomer-accordion');

type Faq = [question: string, answer: string];

/** Questions in the style of the NEA WIS and LaunchPad FAQs of the corpus. */
const topics: Faq[] = [
  [
    'How can I subscribe to and download the data through email?',
    'Complete the subscription form. You will receive an email with a link to confirm your subscription.',
  ],
  [
    'Which satellites do the images come from?',
    'The images come from the SUOMI NPP and NOAA-20 polar-orbiting satellites.',
  ],
  ['How often are the images updated?', 'New images are published after each satellite pass, usually twice a day.'],
  ['Is there a fee for the data?', 'No. The data is free for government agencies, researchers and the public.'],
  ['Who can take part in LaunchPad?', 'Public officers from every agency can take part, alone or as a team.'],
  ['What support will my team get?', 'Teams get mentoring, access to cloud credits and help to run user research.'],
];

/** 30 items: the six topics above, asked five times over (as long FAQ pages are). */
const thirtyItems: Faq[] = Array.from({ length: 30 }, (_, i) => {
  const [question, answer] = topics[i % topics.length];
  return [`${i + 1}. ${question}`, answer];
});

const items = (faqs: Faq[]) =>
  faqs.map(
    ([question, answer]) => html`<details class="isomer-details">
      <summary><strong>${question}</strong></summary>
      <div data-type="detailsContent" class="isomer-details-content"><p>${answer}</p></div>
    </details>`,
  );

const meta: Meta<IsomerAccordion & Record<string, unknown>> = {
  title: 'Components/Accordion',
  component: 'isomer-accordion',
  args: { ...args, controls: true },
  argTypes,
  render: (storyArgs) => template(storyArgs, html`${items(topics)}`),
  parameters: {
    docs: {
      description: {
        component:
          "Isomer's FAQ accordion around the page's own native `details`/`summary` items, which keep working without JavaScript, with the keyboard and with screen readers. The browser opens an item for find-in-page and for a link to its content; the element adds the white or gray look, Expand all / Collapse all, one-open-at-a-time (`single`), opening the item the URL fragment names, and printing every item open.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<IsomerAccordion & Record<string, unknown>>;

/** Six questions with the Expand all control: try every control here. */
export const Playground: Story = {};

/** A long FAQ page: 30 items with the Expand all / Collapse all control. */
export const LongFaq: Story = {
  render: () => html`<isomer-accordion controls>${items(thirtyItems)}</isomer-accordion>`,
};

export const White: Story = {
  render: () => html`<isomer-accordion variant="white">${items(topics)}</isomer-accordion>`,
};

export const Gray: Story = {
  render: () => html`<isomer-accordion variant="gray" controls>${items(topics)}</isomer-accordion>`,
};

/** `single`: opening an item closes the one that was open (the native `name` attribute). */
export const OneAtATime: Story = {
  render: () => html`<isomer-accordion single>${items(topics)}</isomer-accordion>`,
};

const translated: Record<string, Faq[]> = {
  zh: [
    ['如何通过电子邮件订阅和下载数据？', '请填写订阅表格，您将收到确认订阅的电子邮件。'],
    ['数据收费吗？', '不收费。'],
  ],
  ms: [
    [
      'Bagaimanakah saya boleh melanggan data melalui e-mel?',
      'Lengkapkan borang langganan. Anda akan menerima e-mel pengesahan.',
    ],
    ['Adakah data ini percuma?', 'Ya.'],
  ],
  ta: [
    ['மின்னஞ்சல் மூலம் தரவைப் பெறுவது எப்படி?', 'சந்தா படிவத்தைப் பூர்த்தி செய்யுங்கள். உறுதிப்படுத்தும் மின்னஞ்சல் உங்களுக்கு வரும்.'],
    ['தரவு இலவசமா?', 'ஆம்.'],
  ],
};

export const Chinese: Story = {
  render: () => frame(html`<isomer-accordion controls>${items(translated.zh)}</isomer-accordion>`, { lang: 'zh' }),
};

export const Malay: Story = {
  render: () => frame(html`<isomer-accordion controls>${items(translated.ms)}</isomer-accordion>`, { lang: 'ms' }),
};

export const Tamil: Story = {
  render: () =>
    frame(html`<isomer-accordion controls variant="gray">${items(translated.ta)}</isomer-accordion>`, { lang: 'ta' }),
};

export const Dark: Story = {
  render: () =>
    frame(
      html`<isomer-accordion controls>${items(topics.slice(0, 3))}</isomer-accordion>
        <isomer-accordion variant="gray">${items(topics.slice(3))}</isomer-accordion>`,
      { scheme: 'dark' },
    ),
};

/** At 320 CSS px (WCAG reflow) questions and answers wrap and nothing scrolls sideways. */
export const Narrow: Story = {
  render: () =>
    frame(html`<isomer-accordion controls variant="gray">${items(topics)}</isomer-accordion>`, { width: '320px' }),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.faq), { dir: 'rtl' }) };
