import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import './define.js';
import { examples } from './examples.js';
import type { ArticleToc } from './article-toc.js';
import { slugify } from './outline.js';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<ArticleToc>('article-toc');

interface Section {
  title: string;
  paragraphs: string[];
}

/** The reference article's five sections (its text shortened), each an h3 as the CMS writes it. */
const referenceSections: Section[] = [
  {
    title: 'What does being a Smart Nation mean?',
    paragraphs: [
      'Being a Smart Nation means leveraging technology in optimal ways to improve the quality of life for all citizens, create economic opportunities, and foster a more connected and inclusive society.',
      'In Singapore, this has meant transforming government services into user-friendly digital experiences, fostering cashless transactions, and building smart infrastructure that enhances urban living.',
      'At its core, being a Smart Nation reflects a collective whole-of-nation effort. It requires active participation from government, businesses, and citizens.',
    ],
  },
  {
    title: 'Why is Smart Nation 2.0 necessary?',
    paragraphs: [
      'A refreshed Smart Nation 2.0 is necessary because the technological landscape has evolved significantly since Singapore first embarked on its Smart Nation journey back in 2014.',
      'The rise of generative AI, the ubiquity of smartphones, and the growing influence of digital platforms on every aspect of life present both new opportunities and challenges.',
    ],
  },
  {
    title: '3 key goals of Smart Nation 2.0',
    paragraphs: [
      'Trust: people should be confident that their safety and privacy are protected and digital systems are reliable.',
      'Growth: everyone should have opportunities to learn, adapt, and develop new skills.',
      'Community: technology should foster social cohesion without leaving anyone behind.',
    ],
  },
  {
    title: 'Developing tech talent to achieve Smart Nation 2.0 goals',
    paragraphs: [
      'Achieving these goals needs people who can build and run digital services: the public service grows its own engineers, designers and data scientists, and works with industry and schools to train more.',
      'Programmes for students, mid-career switchers and public officers help people at every stage pick up digital skills.',
    ],
  },
  {
    title: 'What to expect from Smart Nation 2.0 moving forward',
    paragraphs: [
      'Expect more services designed around the needs of citizens and businesses, safer digital systems, and more chances to take part in shaping them.',
      'Smart Nation 2.0 is a whole-of-nation effort: its success depends on everyone taking part.',
    ],
  },
];

const sections = (list: Section[], tag: 'h2' | 'h3' = 'h3') =>
  list.map(
    ({ title, paragraphs }) => html`${
      tag === 'h2' ? html`<h2 id=${slugify(title)}>${title}</h2>` : html`<h3 id=${slugify(title)}>${title}</h3>`
    }
      ${paragraphs.map((text) => html`<p>${text}</p>`)}`,
  );

/** What the converter writes inside <article-toc>: the list of links to the headings' ids, which it gives them. */
const fallbackList = (list: Section[]) => html`<ul>
  ${list.map(({ title }) => html`<li><a href="#${slugify(title)}">${title}</a></li>`)}
</ul>`;

const article = (toc: TemplateResult, list = referenceSections) =>
  html`<article class="isomer-prose">${toc}${sections(list)}</article>`;

const meta: Meta<ArticleToc & Record<string, unknown>> = {
  title: 'Components/Article table of contents',
  component: 'article-toc',
  args,
  argTypes,
  render: (storyArgs) => article(template(storyArgs, fallbackList(referenceSections))),
  parameters: {
    docs: {
      description: {
        component:
          '"On this page" navigation built from the headings of the nearest `article` or `main` (or the element named by `for`). Headings without ids get stable ids made from their text, in any script. The section being read is marked as you scroll; activating a link scrolls there (smoothly unless reduced motion is preferred) and moves focus to the heading. Without JavaScript its light-DOM list of links is the table of contents.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ArticleToc & Record<string, unknown>>;

/** The reference article's five sections with a real table of contents: try every control here. */
export const Playground: Story = {};

/** h2 sections with h3 subsections nest; `levels="2-3"` is the default. */
export const Nested: Story = {
  render: () => html`<article>
    <article-toc></article-toc>
    <h2>About Smart Nation</h2>
    ${sections(referenceSections.slice(0, 2))}
    <h2>Smart Nation 2.0</h2>
    ${sections(referenceSections.slice(2))}
  </article>`,
};

/** `for` names the element whose headings are listed, here a table of contents outside the article. */
export const ForAnotherElement: Story = {
  render: () => html`<div>
    <article-toc for="story-body"></article-toc>
    <section id="story-body">${sections(referenceSections.slice(0, 3), 'h2')}</section>
  </div>`,
};

const translated: Record<string, Section[]> = {
  zh: [
    {
      title: '成为智慧国意味着什么？',
      paragraphs: ['成为智慧国意味着以最佳方式利用科技，改善所有公民的生活质量，创造经济机会。'],
    },
    {
      title: '为什么需要智慧国2.0？',
      paragraphs: ['自2014年以来，科技环境发生了巨大变化，生成式人工智能的兴起带来了新的机遇和挑战。'],
    },
    { title: '智慧国2.0的三大目标', paragraphs: ['信任、成长和社区。'] },
  ],
  ms: [
    {
      title: 'Apakah maksud menjadi Negara Bijak?',
      paragraphs: [
        'Menjadi Negara Bijak bermaksud menggunakan teknologi dengan cara yang terbaik untuk meningkatkan kualiti hidup semua rakyat.',
      ],
    },
    {
      title: 'Mengapa Negara Bijak 2.0 diperlukan?',
      paragraphs: ['Landskap teknologi telah berubah dengan ketara sejak tahun 2014.'],
    },
    { title: '3 matlamat utama Negara Bijak 2.0', paragraphs: ['Kepercayaan, pertumbuhan dan komuniti.'] },
  ],
  ta: [
    {
      title: 'அறிவார்ந்த தேசமாக இருப்பது என்றால் என்ன?',
      paragraphs: ['அனைத்து குடிமக்களின் வாழ்க்கைத் தரத்தை மேம்படுத்த தொழில்நுட்பத்தைச் சிறந்த முறையில் பயன்படுத்துவது.'],
    },
    { title: 'அறிவார்ந்த தேசம் 2.0 ஏன் தேவை?', paragraphs: ['2014 முதல் தொழில்நுட்பச் சூழல் பெரிதும் மாறியுள்ளது.'] },
    { title: 'அறிவார்ந்த தேசம் 2.0இன் 3 முக்கிய இலக்குகள்', paragraphs: ['நம்பிக்கை, வளர்ச்சி, சமூகம்.'] },
  ],
};

/** Chinese headings get ids in Chinese characters; the label is 本页内容. */
export const Chinese: Story = {
  render: () => frame(article(html`<article-toc></article-toc>`, translated.zh), { lang: 'zh' }),
};

export const Malay: Story = {
  render: () => frame(article(html`<article-toc></article-toc>`, translated.ms), { lang: 'ms' }),
};

/** Tamil ids keep the vowel signs of their letters. */
export const Tamil: Story = {
  render: () => frame(article(html`<article-toc></article-toc>`, translated.ta), { lang: 'ta' }),
};

export const Dark: Story = {
  render: () => frame(article(html`<article-toc></article-toc>`), { scheme: 'dark' }),
};

/** At 320 CSS px (WCAG reflow) long titles wrap and nothing scrolls sideways. */
export const Narrow: Story = {
  render: () => frame(article(html`<article-toc></article-toc>`), { width: '320px' }),
};

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.page), { dir: 'rtl' }) };
