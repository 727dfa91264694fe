import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { frame } from './support.js';

/** The opening of the reference article and a table from the TradeTrust "Trials" page, as the CMS writes them. */
const body = html`
  <p>
    As we approach the end of 2024, it is fitting to close this year by focusing on the importance of a refreshed Smart
    Nation blueprint for the years ahead.
  </p>
  <p>
    The
    <a href="https://www.smartnation.gov.sg/sn1/" rel="noopener noreferrer nofollow" target="_blank">first Smart Nation initiative</a>
    was announced in 2014 by former Prime Minister (PM) Lee Hsien Loong, which sought to transform Singapore into a
    digitally-enabled nation. This has been largely successful, with
    <a href="https://www.tech.gov.sg/products-and-services/for-citizens/digital-services/"><u>more government services becoming digitised</u></a>
    among others.
  </p>
  <p></p>
  <p></p>
  <ul data-tight="true" class="tight">
    <li><p>What does being a Smart Nation mean?</p></li>
    <li><p>Why is Smart Nation 2.0 necessary?</p></li>
    <li><p>3 key goals of Smart Nation 2.0</p></li>
  </ul>
  <h3>Why is Smart Nation 2.0 necessary?</h3>
  <blockquote>
    <p>
      Over 60 industry players, 14 government bodies and Trade Association and Chambers, and 36 platforms have
      successfully conducted trials for Trade Finance and Cargo Release use cases.
    </p>
  </blockquote>
  <table style="minWidth: 75px">
    <colgroup><col /><col /><col /></colgroup>
    <tbody>
      <tr>
        <th rowspan="1" colspan="1"><p>Trade Lane (Port Of Load - Port Of Departure)</p></th>
        <th rowspan="1" colspan="1"><p>Companies</p></th>
        <th rowspan="1" colspan="1"><p>Document Types</p></th>
      </tr>
      <tr>
        <td rowspan="1" colspan="1"><p>Vietnam - Netherlands</p></td>
        <td rowspan="1" colspan="1"><p>Vietnamese exporter, Dutch importer, shipping line and banks</p></td>
        <td rowspan="1" colspan="1"><p>Electronic bill of lading, certificate of origin</p></td>
      </tr>
      <tr>
        <th rowspan="1" colspan="1"><p>Singapore - Australia</p></th>
        <td rowspan="1" colspan="2"><p>Agencies and shipping lines across both countries exchanged trade documents</p></td>
      </tr>
    </tbody>
  </table>
  <ol start="4" data-tight="true" class="tight">
    <li><p>Complete the subscription form.</p></li>
    <li><p>Wait for the confirmation email.</p></li>
  </ol>
  <hr />
  <p>Line one<br />line two of the same paragraph.</p>
`;

const meta: Meta = {
  title: 'Guides/Prose stylesheet',
  parameters: {
    docs: {
      description: {
        component:
          '`isomer-blocks/prose.css` styles the light-DOM article body around the elements (headings, paragraphs, tight lists, links with a localized "opens in a new tab" hint and file type (PDF, DOCX, XLSX…), images, tables that fit or scroll in the column, callout blockquotes, empty paragraphs collapsed). It applies only inside `.isomer-prose`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ReferenceArticle: Story = {
  render: () => html`<article class="isomer-prose">${body}</article>`,
};

export const Dark: Story = {
  render: () => frame(html`<article class="isomer-prose">${body}</article>`, { scheme: 'dark' }),
};

/** At 320 CSS px the table fits its column (long words break in cells) and nothing scrolls the page. */
export const Narrow: Story = {
  render: () => frame(html`<article class="isomer-prose">${body}</article>`, { width: '320px' }),
};

/** The new-tab hint and the line height follow the language. */
export const Tamil: Story = {
  render: () =>
    frame(
      html`<article class="isomer-prose">
        <p>
          அறிவார்ந்த தேசம் 2.0 பற்றி
          <a href="https://www.smartnation.gov.sg/" target="_blank" rel="noopener">மேலும் அறிக</a>.
        </p>
      </article>`,
      { lang: 'ta' },
    ),
};

export const Chinese: Story = {
  render: () =>
    frame(
      html`<article class="isomer-prose">
        <p>了解更多关于<a href="https://www.smartnation.gov.sg/" target="_blank" rel="noopener">智慧国2.0</a>的信息。</p>
      </article>`,
      { lang: 'zh' },
    ),
};

const fileLinks = (words: Record<'report' | 'data' | 'slides', string>) =>
  html`<article class="isomer-prose">
    <ul>
      <li><a href="/files/annual-report-2024.pdf">${words.report}</a></li>
      <li><a href="/files/bus-stops.xlsx?v=2" target="_blank" rel="noopener">${words.data}</a></li>
      <li><a href="/files/briefing.pptx">${words.slides}</a></li>
    </ul>
  </article>`;

/** Links to files (PDF, DOC/DOCX, XLS/XLSX, CSV, PPT/PPTX, by the end of the path) say the file's type in the text's language. */
export const LinksToFiles: Story = {
  render: () =>
    html`${(
      [
        ['en', { report: 'Annual report 2024', data: 'Bus stops', slides: 'Briefing slides' }],
        ['zh', { report: '2024年度报告', data: '巴士站', slides: '简报幻灯片' }],
        ['ms', { report: 'Laporan tahunan 2024', data: 'Perhentian bas', slides: 'Slaid taklimat' }],
        ['ta', { report: 'ஆண்டறிக்கை 2024', data: 'பேருந்து நிறுத்தங்கள்', slides: 'விளக்கக் காட்சிகள்' }],
      ] as const
    ).map(([lang, words]) => frame(fileLinks(words), { lang }))}`,
};
