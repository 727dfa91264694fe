import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import type { IsomerTable } from './isomer-table.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerTable>('isomer-table');

const meta: Meta<IsomerTable & Record<string, unknown>> = {
  title: 'Components/Isomer table',
  component: 'isomer-table',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs, html`<p>TODO: real content.</p>`),
};
export default meta;

type Story = StoryObj<IsomerTable & Record<string, unknown>>;

/** Try every control here. */
export const Playground: Story = {};
