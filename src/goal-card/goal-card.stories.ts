import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { GoalCard } from './goal-card.js';
import trustImage from '../../stories/assets/goal-trust.svg';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<GoalCard>('goal-card');

const trust = html`
  <img slot="image" src=${trustImage} alt="Smart Nation 2.0 Goal Trust: a shield with a tick beside a padlock" />
  <span slot="title">Trust</span>
  <p>Singaporeans should be able to confidently use digital tools, knowing their safety and privacy are protected and digital systems are reliable.</p>
`;

const meta: Meta<GoalCard & Record<string, unknown>> = {
  title: 'Components/Goal card',
  component: 'goal-card',
  args: { ...args, 'heading-level': 4 },
  argTypes,
  render: (storyArgs) => frame(template(storyArgs, trust), { width: '24rem' }),
  parameters: {
    docs: {
      description: {
        component:
          'One Isomer card. Image, title, description and link line are light-DOM children, so the card reads without JavaScript; the element makes the title a real heading and, with `href`, ONE real link stretched over the card.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<GoalCard & Record<string, unknown>>;

/** The reference article\'s first goal: try every control here. */
export const Playground: Story = {};

/** `href` makes the whole card one link, named by its title; the link line says where it goes. */
export const Clickable: Story = {
  render: () =>
    frame(
      html`<goal-card href="https://www.smartnation.gov.sg/about-smart-nation/sn2/" heading-level="4">
        ${trust}<span slot="link">Read about Smart Nation 2.0</span>
      </goal-card>`,
      { width: '24rem' },
    ),
};

/** `target="_blank"` adds a localized "opens in a new tab" description and ↗. */
export const OpensInNewTab: Story = {
  render: () =>
    frame(
      html`<goal-card href="https://www.smartnation.gov.sg/" target="_blank" heading-level="4">
        ${trust}<span slot="link">Visit smartnation.gov.sg</span>
      </goal-card>`,
      { width: '24rem' },
    ),
};

export const WithoutImage: Story = {
  render: () =>
    frame(
      html`<goal-card heading-level="4">
        <span slot="title">1. No more queueing</span>
        <p>Skip service lines and counters. Get access to government services securely and easily on the go.</p>
      </goal-card>`,
      { width: '24rem' },
    ),
};

/** `image-fit="contain"` shows the whole image, letterboxed in its band. */
export const ImageContained: Story = {
  render: () => frame(html`<goal-card image-fit="contain" heading-level="4">${trust}</goal-card>`, { width: '24rem' }),
};

export const Dark: Story = {
  render: () =>
    frame(
      html`<goal-card href="https://www.smartnation.gov.sg/" heading-level="4">${trust}<span slot="link">Find out more</span></goal-card>`,
      {
        width: '24rem',
        scheme: 'dark',
      },
    ),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.linked), { dir: 'rtl' }) };
