import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { articles } from 'virtual:every-block';
import '../src/index.js';
import './assets/reference-article.css';
import { convertedArticle } from './support.js';

type Lang = keyof typeof articles;

const meta: Meta<{ lang: Lang }> = {
  title: 'Every Isomer article block',
  render: ({ lang }) => convertedArticle(articles[lang].title, articles[lang].html, lang),
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'One of each block an Isomer article can hold, written as Isomer classic writes it (stories/every-block/legacy.mjs) and converted by the converter when Storybook is built, with `blockquotes: "callout"`: the same article in English, Chinese, Malay and Tamil. The words of the blocks themselves (buttons, hints, names) follow the page’s language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<{ lang: Lang }>;

export const English: Story = { args: { lang: 'en' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Malay: Story = { args: { lang: 'ms' } };
export const Tamil: Story = { args: { lang: 'ta' } };
