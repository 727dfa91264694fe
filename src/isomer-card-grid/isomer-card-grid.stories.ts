import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, nothing } from 'lit';
import './define.js';
import { examples } from './examples.js';
import '../goal-card/define.js';
import type { IsomerCardGrid } from './isomer-card-grid.js';
import communityImage from '../../stories/assets/goal-community.svg';
import growthImage from '../../stories/assets/goal-growth.svg';
import trustImage from '../../stories/assets/goal-trust.svg';
import { frame, fromMarkup } from '../../stories/support.js';

const { args, argTypes, template } = getStorybookHelpers<IsomerCardGrid>('isomer-card-grid');

interface Goal {
  title: string;
  description: string;
  image?: string;
  alt?: string;
  href?: string;
  link?: string;
}

/** The three goals of the reference article (seed-smart-nation-2.md), with our own illustrations. */
const goals: Goal[] = [
  {
    title: 'Trust',
    description:
      'Singaporeans should be able to confidently use digital tools, knowing their safety and privacy are protected and digital systems are reliable.',
    image: trustImage,
    alt: 'Smart Nation 2.0 Goal Trust: a shield with a tick beside a padlock',
  },
  {
    title: 'Growth',
    description:
      'Technology must be leveraged to empower individuals and businesses to learn, adapt, and develop new skills.',
    image: growthImage,
    alt: 'Smart Nation 2.0 Goal Growth: rising bars and a sprouting plant',
  },
  {
    title: 'Community',
    description:
      'Technology can unite communities and strengthen society. A Smart Nation should foster social cohesion without leaving anyone behind.',
    image: communityImage,
    alt: 'Smart Nation 2.0 Goal Community: three people side by side',
  },
];

/** Clickable cards with a link line, as on the WorkBuddy and FormSG pages of the corpus. */
const clickable: Goal[] = goals.map((goal) => ({
  ...goal,
  href: `https://www.smartnation.gov.sg/about-smart-nation/sn2/#${goal.title.toLowerCase()}`,
  link: `Read about the ${goal.title.toLowerCase()} goal`,
}));

/** Cards without images, as on the Singpass page of the corpus. */
const benefits: Goal[] = [
  {
    title: '1. No more queueing',
    description: 'Skip service lines and counters. Get access to government services securely and easily on the go.',
  },
  {
    title: '2. One account',
    description: 'Use one account for more than 2,700 services from over 800 government agencies and businesses.',
  },
  {
    title: '3. Secure by design',
    description: 'Log in with your face, fingerprint or a one-time code: no passwords to remember or lose.',
  },
];

const card = ({ title, description, image, alt, href, link }: Goal) =>
  html`<goal-card heading-level="4" href=${href ?? nothing}>
    ${image ? html`<img slot="image" src=${image} alt=${alt!} />` : nothing}
    <span slot="title">${title}</span>
    <p>${description}</p>
    ${link ? html`<span slot="link">${link}</span>` : nothing}
  </goal-card>`;

/** `count` cards cycling through the three goals, numbered so each title is distinct. */
const numbered = (count: number) =>
  Array.from({ length: count }, (_, i) => card({ ...goals[i % 3], title: `${i + 1}. ${goals[i % 3].title}` }));

const grid = (cards: unknown, attributes: { label?: string; maxColumns?: number } = {}) =>
  html`<isomer-card-grid label=${attributes.label ?? 'Smart Nation 2.0 goals'} max-columns=${attributes.maxColumns ?? 3}>${cards}</isomer-card-grid>`;

const meta: Meta<IsomerCardGrid & Record<string, unknown>> = {
  title: 'Components/Card grid',
  component: 'isomer-card-grid',
  args: { ...args, label: 'Smart Nation 2.0 goals' },
  argTypes,
  render: (storyArgs) => template(storyArgs, html`${goals.map(card)}`),
  parameters: {
    docs: {
      description: {
        component:
          'Lays out `<goal-card>`s by the width of its container (3 columns from 696 px, so three cards share the row of an article column; 2 from 456 px; 1 below), with equal-height rows; two cards share the row in halves, one spans it. Screen readers hear a list of N items. Resize the canvas to see the columns change.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<IsomerCardGrid & Record<string, unknown>>;

/** The reference article's three goals (Trust, Growth, Community): try every control here. */
export const Playground: Story = {};

export const ClickableWithLinkLine: Story = {
  render: () => grid(clickable.map(card), { label: 'Smart Nation 2.0 goals, with links' }),
};

export const WithoutImages: Story = { render: () => grid(benefits.map(card), { label: 'Benefits of using Singpass' }) };

export const OneCard: Story = { render: () => grid(numbered(1)) };

/** Exactly two cards share the row in halves. */
export const TwoCards: Story = { render: () => grid(numbered(2)) };

export const ThreeCards: Story = { render: () => grid(numbered(3)) };

export const SevenCards: Story = { render: () => grid(numbered(7)) };

export const EighteenCards: Story = { render: () => grid(numbered(18)) };

export const FourColumns: Story = { render: () => grid(numbered(8), { maxColumns: 4 }) };

export const LongTitlesAndDescriptions: Story = {
  render: () =>
    grid(
      [
        card({
          ...goals[0],
          title:
            'Harnessing digital technologies to build a trusted, secure and reliable Smart Nation for every Singaporean',
          description: goals.map((goal) => goal.description).join(' '),
        }),
        card({ ...goals[1], title: 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-unbreakable-words' }),
        card({ ...goals[2], description: `${goals[2].description} `.repeat(4) }),
      ],
      { label: 'Goals with long text' },
    ),
};

// Each translated card has its own alt text: the English one would be read with the page's voice (D19).
const translated = (lang: string, label: string, cards: Goal[]) =>
  frame(
    grid(
      cards.map((goal, i) => card({ ...goals[i], ...goal, href: clickable[i].href })),
      { label },
    ),
    { lang },
  );

export const Chinese: Story = {
  render: () =>
    translated('zh', '智慧国2.0目标', [
      {
        title: '信任',
        alt: '智慧国2.0目标“信任”：盾牌上有一个勾，旁边是一把挂锁',
        description: '国人应能放心使用数码工具，确信自己的安全与隐私受到保护，数码系统可靠。',
        link: '了解更多',
      },
      {
        title: '成长',
        alt: '智慧国2.0目标“成长”：上升的柱状图和发芽的植物',
        description: '善用科技，让个人和企业学习、适应并培养新技能。',
        link: '了解更多',
      },
      {
        title: '社区',
        alt: '智慧国2.0目标“社区”：三个人并肩站着',
        description: '科技能团结社区、凝聚社会。智慧国应促进社会凝聚力，不让任何人掉队。',
        link: '了解更多',
      },
    ]),
};

export const Malay: Story = {
  render: () =>
    translated('ms', 'Matlamat Negara Bijak 2.0', [
      {
        title: 'Kepercayaan',
        alt: 'Matlamat Negara Bijak 2.0 Kepercayaan: perisai bertanda semak di sebelah mangga',
        description:
          'Rakyat Singapura harus yakin menggunakan alat digital, dengan keselamatan dan privasi mereka dilindungi.',
        link: 'Ketahui lebih lanjut',
      },
      {
        title: 'Pertumbuhan',
        alt: 'Matlamat Negara Bijak 2.0 Pertumbuhan: bar yang meningkat dan tumbuhan yang bercambah',
        description:
          'Teknologi mesti dimanfaatkan untuk membolehkan individu dan perniagaan belajar dan membina kemahiran baharu.',
        link: 'Ketahui lebih lanjut',
      },
      {
        title: 'Masyarakat',
        alt: 'Matlamat Negara Bijak 2.0 Masyarakat: tiga orang berdiri bersebelahan',
        description:
          'Teknologi boleh menyatukan masyarakat. Negara Bijak harus memupuk perpaduan tanpa meninggalkan sesiapa.',
        link: 'Ketahui lebih lanjut',
      },
    ]),
};

export const Tamil: Story = {
  render: () =>
    translated('ta', 'அறிவார்ந்த தேசம் 2.0 இலக்குகள்', [
      {
        title: 'நம்பிக்கை',
        alt: 'அறிவார்ந்த தேசம் 2.0 இலக்கு நம்பிக்கை: பூட்டின் அருகே சரிக்குறியுடன் ஒரு கேடயம்',
        description:
          'பாதுகாப்பும் தனியுரிமையும் காக்கப்படுகின்றன என்ற நம்பிக்கையுடன் சிங்கப்பூரர்கள் மின்னிலக்கக் கருவிகளைப் பயன்படுத்த வேண்டும்.',
        link: 'மேலும் அறிக',
      },
      {
        title: 'வளர்ச்சி',
        alt: 'அறிவார்ந்த தேசம் 2.0 இலக்கு வளர்ச்சி: உயரும் பட்டைகளும் முளைக்கும் செடியும்',
        description: 'தனிநபர்களும் வணிகங்களும் கற்று, புதிய திறன்களை வளர்க்கத் தொழில்நுட்பம் உதவ வேண்டும்.',
        link: 'மேலும் அறிக',
      },
      {
        title: 'சமூகம்',
        alt: 'அறிவார்ந்த தேசம் 2.0 இலக்கு சமூகம்: அருகருகே நிற்கும் மூன்று பேர்',
        description: 'தொழில்நுட்பம் சமூகங்களை ஒன்றிணைக்கும். யாரையும் விட்டுவிடாமல் சமூக ஒற்றுமையை வளர்க்க வேண்டும்.',
        link: 'மேலும் அறிக',
      },
    ]),
};

/** Links that open in a new tab say so, in the page's language. */
export const OpensInNewTab: Story = {
  render: () =>
    grid(
      clickable.map(
        (goal) => html`<goal-card heading-level="4" href=${goal.href!} target="_blank">
          <img slot="image" src=${goal.image!} alt=${goal.alt!} />
          <span slot="title">${goal.title}</span>
          <p>${goal.description}</p>
          <span slot="link">${goal.link}</span>
        </goal-card>`,
      ),
    ),
};

/** In a 320 px column (WCAG reflow) the grid has one column and nothing scrolls sideways. */
export const NarrowColumn: Story = { render: () => frame(grid(clickable.map(card)), { width: '320px' }) };

/** In a 1400 px column: three columns. */
export const WideColumn: Story = { render: () => frame(grid(numbered(6)), { width: '1400px' }) };

export const Dark: Story = { render: () => frame(grid(clickable.map(card)), { scheme: 'dark' }) };

/** Right to left: the block mirrors, its styles use logical properties (the conformance suite measures every example). */
export const RightToLeft: Story = { render: () => frame(fromMarkup(examples.goals), { dir: 'rtl' }) };
