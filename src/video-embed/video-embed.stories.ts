import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { VideoEmbed } from './video-embed.js';
import poster from '../../stories/assets/video-poster.svg';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<VideoEmbed>('video-embed');

// Every story uses strict mode or a local poster: Storybook runs offline in CI, where the one
// thumbnail that default mode fetches from i.ytimg.com would fail with a console error.
const REFERENCE = 'https://www.youtube.com/embed/3KVb3pRy_3E?si=-PF6_4dk0Ph9G4Jj';
const TITLE = 'Smart Nation 2.0';

const reference = (title = TITLE, link = `Watch “${title}” on YouTube`) =>
  html`<video-embed src=${REFERENCE} label=${title} privacy="strict"><a href="https://www.youtube.com/watch?v=3KVb3pRy_3E">${link}</a></video-embed>`;

const meta: Meta<VideoEmbed & Record<string, unknown>> = {
  title: 'Components/Video embed',
  component: 'video-embed',
  args: { ...args, src: REFERENCE, label: TITLE, privacy: 'strict' },
  argTypes,
  render: (storyArgs) =>
    template(storyArgs, html`<a href="https://www.youtube.com/watch?v=3KVb3pRy_3E">Watch “${TITLE}” on YouTube</a>`),
  parameters: {
    docs: {
      description: {
        component:
          'A YouTube or Vimeo video that loads nothing from the provider until the reader presses play. Strict mode (`privacy="strict"` or `<meta name="isomer-blocks:video-privacy" content="strict">`) makes no third-party request at all; default mode loads one cookieless thumbnail. These stories use strict mode or a local poster so that they make no request offline.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<VideoEmbed & Record<string, unknown>>;

/** The reference article's video, in strict mode: the neutral poster drawn from title and provider. */
export const Playground: Story = {};

/** A poster of the site's own, in default mode: still no request to YouTube before play. */
export const CustomPoster: Story = {
  render: () =>
    html`<video-embed src=${REFERENCE} label=${TITLE} poster=${poster}><a href="https://www.youtube.com/watch?v=3KVb3pRy_3E">Watch “${TITLE}” on YouTube</a></video-embed>`,
};

export const Vimeo: Story = {
  render: () =>
    html`<video-embed src="https://vimeo.com/76979871" label="The New Vimeo Player (You Know, For Videos)"><a href="https://vimeo.com/76979871">Watch “The New Vimeo Player” on Vimeo</a></video-embed>`,
};

/** Shorts are portrait (9:16), their height capped at 40rem. */
export const Shorts: Story = {
  render: () =>
    html`<video-embed src="https://www.youtube.com/shorts/3KVb3pRy_3E" label="Smart Nation in 60 seconds" privacy="strict"></video-embed>`,
};

/** `start` and `aspect-ratio` as attributes. */
export const StartTimeAndRatio: Story = {
  render: () =>
    html`<video-embed src=${REFERENCE} label=${TITLE} start="1m30s" aspect-ratio="4/3" privacy="strict"></video-embed>`,
};

export const Chinese: Story = {
  render: () => frame(reference('智慧国2.0', '在YouTube观看“智慧国2.0”'), { lang: 'zh' }),
};

export const Malay: Story = {
  render: () => frame(reference('Negara Bijak 2.0', 'Tonton “Negara Bijak 2.0” di YouTube'), { lang: 'ms' }),
};

export const Tamil: Story = {
  render: () => frame(reference('அறிவார்ந்த தேசம் 2.0', 'YouTube இல் “அறிவார்ந்த தேசம் 2.0” பார்க்கவும்'), { lang: 'ta' }),
};

export const Dark: Story = { render: () => frame(reference(), { scheme: 'dark' }) };

/** At 320 CSS px the poster keeps its ratio and the title wraps. */
export const Narrow: Story = {
  render: () =>
    frame(reference('Smart Nation 2.0: a thriving digital future for all, explained by the Prime Minister'), {
      width: '320px',
    }),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.youtube), { dir: 'rtl' }) };
