import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples, placeholder } from './examples.js';
import type { IsomerImage } from './isomer-image.js';
import imageUrl from '../../stories/assets/image-placeholder.svg';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerImage>('isomer-image');

/** A named example, with Storybook's address of the stand-in image. */
const example = (name: keyof typeof examples) => fromMarkup(examples[name].replaceAll(placeholder, imageUrl));

const captioned = (alt: string, caption: string) =>
  html`<isomer-image>
    <img src=${imageUrl} alt=${alt} width="640" height="360" loading="lazy" decoding="async" />
    <p slot="caption">${caption}</p>
  </isomer-image>`;

const meta: Meta<IsomerImage & Record<string, unknown>> = {
  title: 'Components/Image',
  component: 'isomer-image',
  args,
  argTypes,
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<img src=${imageUrl} alt="GovTech interns at their orientation day" width="640" height="360" />`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          "An article image (Isomer's `div.isomer-image-wrapper`, a linked `a.isomer-image-wrapper`, or a paragraph holding only an image): a figure with an optional caption, its room reserved from `width` and `height`, lazy unless `priority`, and a check of its `alt`.",
      },
    },
  },
};
export default meta;

/** A link the element takes away (written as an author might). */
const unsafeLink = ['javascript', 'alert(1)'].join(':');

type Story = StoryObj<IsomerImage & Record<string, unknown>>;

/** Try every control here. */
export const Playground: Story = {};

export const Default: Story = { render: () => example('image') };

/** The page's first image, at its top: loaded at once, with `fetchpriority="high"`. */
export const Priority: Story = { render: () => example('priority') };

export const Smaller: Story = { render: () => example('smaller') };

export const Captioned: Story = { render: () => example('captioned') };

/** A linked image: the link is named by the image's alt. */
export const Linked: Story = { render: () => example('linked') };

/** `alt=""`: the image only decorates, and screen readers pass it by. */
export const Decorative: Story = { render: () => example('decorative') };

/**
 * `alt="Divider"` says nothing of what the image shows: a console warning and an
 * `isomer-image-error` event, and the image is read as decorative. A linked image without a name is
 * named by its address, and a `javascript:` link is taken away (the image stays).
 */
export const BadAlt: Story = {
  tags: ['warns'],
  render: () =>
    html`<isomer-image><img src=${imageUrl} alt="Divider" width="640" height="360" /></isomer-image>
      <isomer-image><a href="https://go.gov.sg/dotc-pressify"><img src=${imageUrl} alt="" width="640" height="360" /></a></isomer-image>
      <isomer-image><a href=${unsafeLink}><img src=${imageUrl} alt="Model Terms" width="640" height="360" /></a></isomer-image>`,
};

export const Chinese: Story = {
  render: () => frame(captioned('黑客马拉松的参赛者', '各团队向机构展示了他们的原型。'), { lang: 'zh' }),
};

export const Malay: Story = {
  render: () => frame(captioned('Peserta hackathon', 'Pasukan membentangkan prototaip mereka.'), { lang: 'ms' }),
};

export const Tamil: Story = {
  render: () => frame(captioned('ஹேக்கத்தான் பங்கேற்பாளர்கள்', 'அணிகள் தங்கள் முன்மாதிரிகளை வழங்கின.'), { lang: 'ta' }),
};

export const Dark: Story = { render: () => frame(example('captioned'), { scheme: 'dark' }) };

export const Narrow: Story = { render: () => frame(example('smaller'), { width: '320px' }) };

/** Right to left: the caption and the link's focus ring mirror (logical properties). */
export const RightToLeft: Story = { render: () => frame(example('captioned'), { dir: 'rtl' }) };
