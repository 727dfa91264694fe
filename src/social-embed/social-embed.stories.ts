import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { SocialEmbed } from './social-embed.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<SocialEmbed>('social-embed');

// No story presses the button: Storybook runs offline in CI, where the provider's frame would fail.
const REEL = 'https://www.instagram.com/reel/C_PViHoMNGo/';

/** The corpus reel's card, its caption in another language. */
const card = (view: string, by: string) =>
  html`<social-embed src=${REEL} label=${by}><p><a href=${REEL}>${view}</a></p><p>${by}</p></social-embed>`;

const meta: Meta<SocialEmbed & Record<string, unknown>> = {
  title: 'Components/Social embed',
  component: 'social-embed',
  args: { ...args, src: REEL, label: 'A post shared by GovTech (Singapore) (@govtechsg)' },
  argTypes,
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<p><a href=${REEL}>View this post on Instagram</a></p>
        <p>A post shared by GovTech (Singapore) (@govtechsg)</p>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          'An Instagram or Facebook post that loads nothing from the provider until the reader asks. Until then it is a card of the author’s words with a real link to the post (what readers get without JavaScript) and a button that loads the provider’s embed page in a frame, never its script. A site that has consent loads every post at once with `<meta name="isomer-blocks:social-embeds" content="load">` in `<head>`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SocialEmbed & Record<string, unknown>>;

/** An Instagram reel's card: try every control here. */
export const Playground: Story = {};

/** A corpus page's Instagram reel, as the converter writes it from Instagram's blockquote and script. */
export const Instagram: Story = { render: () => fromMarkup(examples.instagram) };

/** A Facebook video plugin: 16:9 once shown. */
export const FacebookVideo: Story = { render: () => fromMarkup(examples.facebookVideo) };

/** A Facebook post plugin. */
export const FacebookPost: Story = { render: () => fromMarkup(examples.facebookPost) };

export const Chinese: Story = {
  render: () => frame(card('在 Instagram 上查看此帖子', 'GovTech（新加坡）分享的帖子'), { lang: 'zh' }),
};

export const Malay: Story = {
  render: () =>
    frame(card('Lihat hantaran ini di Instagram', 'Hantaran dikongsi oleh GovTech (Singapura)'), { lang: 'ms' }),
};

export const Tamil: Story = {
  render: () => frame(card('இந்த இடுகையை Instagram இல் காண்க', 'GovTech (சிங்கப்பூர்) பகிர்ந்த இடுகை'), { lang: 'ta' }),
};

export const Dark: Story = { render: () => frame(fromMarkup(examples.instagram), { scheme: 'dark' }) };

/** At 320 CSS px (WCAG reflow) the card wraps and the button fits on one line. */
export const Narrow: Story = { render: () => frame(fromMarkup(examples.instagram), { width: '320px' }) };

/** Right to left: logical properties only. */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.instagram), { dir: 'rtl' }) };
