import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { PullQuote } from './pull-quote.js';
import portrait from '../../stories/assets/portrait.svg';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<PullQuote>('pull-quote');

const PMO = 'https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation';

const referenceQuote = html`<p>
  “In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology. For our
  next phase, or Smart Nation 2.0, we aim to sharpen our focus and use technology more effectively to transform
  our future and shape our nation together.”
</p>`;

const referenceAttribution = html`<p slot="attribution">
  - PM Lawrence Wong at the <a href=${PMO}>launch of Smart Nation 2.0 in Oct 2024</a>
</p>`;

const meta: Meta<PullQuote & Record<string, unknown>> = {
  title: 'Components/Pull quote',
  component: 'pull-quote',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs, html`${referenceQuote}${referenceAttribution}`),
  parameters: {
    docs: {
      description: {
        component:
          'A quotation with its attribution. Quote and attribution are light-DOM children, so the quote reads without JavaScript; the element adds `figure` › `blockquote` + `figcaption` semantics.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PullQuote & Record<string, unknown>>;

/** The quote of the reference article, with its linked attribution: try every control here. */
export const Playground: Story = {};

export const WithoutLink: Story = {
  render: () => html`<pull-quote>
    ${referenceQuote}
    <p slot="attribution">- PM Lawrence Wong, October 2024</p>
  </pull-quote>`,
};

export const WithPortrait: Story = {
  render: () => html`<pull-quote>
    ${referenceQuote}
    <img slot="portrait" src=${portrait} alt="Portrait of PM Lawrence Wong (illustration)" />
    ${referenceAttribution}
  </pull-quote>`,
};

/** `cite` names the source; a localized "Source" link shows it when the attribution does not link there. */
export const WithSourceLink: Story = {
  render: () => html`<pull-quote cite=${PMO}>
    ${referenceQuote}
    <p slot="attribution">- PM Lawrence Wong</p>
  </pull-quote>`,
};

export const QuoteOnly: Story = {
  render: () => html`<pull-quote>${referenceQuote}</pull-quote>`,
};

export const LongQuote: Story = {
  render: () => html`<pull-quote>
    ${referenceQuote}
    <p>
      A refreshed Smart Nation 2.0 is necessary because the technological landscape has evolved significantly since
      Singapore first embarked on its Smart Nation journey back in 2014. The rise of generative AI, the ubiquity of
      smartphones, and the growing influence of digital platforms on every aspect of life present both new opportunities
      and challenges.
    </p>
    <p>https://www.smartnation.gov.sg/initiatives/a-very-long-unbroken-address-that-must-wrap-at-narrow-widths-without-overflowing-the-column</p>
    ${referenceAttribution}
  </pull-quote>`,
};

export const Chinese: Story = {
  render: () =>
    frame(
      html`<pull-quote cite=${PMO}>
        <p>“在智慧国1.0阶段，我们专注于建设能力并鼓励使用科技。在下一阶段，即智慧国2.0，我们将更有效地利用科技，共同塑造国家的未来。”</p>
        <p slot="attribution">- 黄循财总理，2024年10月</p>
      </pull-quote>`,
      { lang: 'zh' },
    ),
};

export const Malay: Story = {
  render: () =>
    frame(
      html`<pull-quote cite=${PMO}>
        <p>“Dalam Negara Bijak 1.0, kami memberi tumpuan kepada membina keupayaan dan menggalakkan penggunaan teknologi.”</p>
        <p slot="attribution">- PM Lawrence Wong, Oktober 2024</p>
      </pull-quote>`,
      { lang: 'ms' },
    ),
};

export const Tamil: Story = {
  render: () =>
    frame(
      html`<pull-quote cite=${PMO}>
        <p>“அறிவார்ந்த தேசம் 1.0இல், நாங்கள் திறன்களை வளர்ப்பதிலும் தொழில்நுட்பப் பயன்பாட்டை ஊக்குவிப்பதிலும் கவனம் செலுத்தினோம்.”</p>
        <p slot="attribution">- பிரதமர் லாரன்ஸ் வோங், அக்டோபர் 2024</p>
      </pull-quote>`,
      { lang: 'ta' },
    ),
};

export const Dark: Story = {
  render: () => frame(html`<pull-quote>${referenceQuote}${referenceAttribution}</pull-quote>`, { scheme: 'dark' }),
};

/** At 320 CSS px (WCAG reflow) the quote wraps and nothing scrolls sideways. */
export const Narrow: Story = {
  render: () => frame(html`<pull-quote>${referenceQuote}${referenceAttribution}</pull-quote>`, { width: '320px' }),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.attributed), { dir: 'rtl' }) };
