import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { date, description, html, report, title } from 'virtual:reference-article';
import '../src/index.js';
import './assets/reference-article.css';
import { convertedArticle } from './support.js';

/**
 * The reference article (GovTech TechNews, "Smart Nation 2") exactly as the converter turns its
 * real Isomer markup (test/fixtures/corpus/seed-smart-nation-2.md) into isomer-blocks, at build time.
 */
function renderArticle(): HTMLElement {
  const article = convertedArticle(title, html);
  const time = document.createElement('time');
  time.dateTime = date;
  time.textContent = new Intl.DateTimeFormat('en-SG', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  const summary = document.createElement('p');
  summary.className = 'description';
  summary.textContent = description;
  const published = document.createElement('p');
  published.append(time);
  article.querySelector('header')!.append(published, summary);
  return article;
}

const converted = report.blocks
  .filter((block) => block.action === 'converted' && block.element)
  .map((block) => `\`<${block.element}>\``);

const meta: Meta = {
  title: 'Reference article',
  render: renderArticle,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `The reference article converted from its real Isomer markup when Storybook is built: ${converted.join(', ')}. Converter warnings: ${report.warnings.map((warning) => warning.message).join(' ')}`,
      },
    },
  },
};
export default meta;

export const ReferenceArticle: StoryObj = { name: 'Smart Nation 2' };
