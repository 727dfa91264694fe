import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { date, description, html, report, title } from 'virtual:reference-article';
import '../src/index.js';
import placeholder from './assets/image-placeholder.svg';
import './assets/reference-article.css';

/**
 * The reference article (GovTech TechNews, "Smart Nation 2") exactly as the converter turns its
 * real Isomer markup (test/fixtures/corpus/seed-smart-nation-2.md) into isomer-blocks, at build time.
 */
function renderArticle(): HTMLElement {
  const article = document.createElement('article');
  article.className = 'isomer-prose';
  article.lang = 'en';
  // Markup converted at build time from the corpus file: the author's content, not user input.
  article.innerHTML = `<header><h1></h1><p><time></time></p><p class="description"></p></header>${html}`;
  article.querySelector('h1')!.textContent = title;
  const time = article.querySelector('time')!;
  time.dateTime = date;
  time.textContent = new Intl.DateTimeFormat('en-SG', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  article.querySelector('.description')!.textContent = description;
  // The site's images are not in the corpus: placeholders keep their size and alt text.
  for (const image of article.querySelectorAll<HTMLImageElement>('img[src^="/"]')) image.src = placeholder;
  // Strict privacy: the review shows the neutral poster and contacts YouTube only on play.
  for (const video of article.querySelectorAll('video-embed')) video.setAttribute('privacy', 'strict');
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
