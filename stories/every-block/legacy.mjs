// One of each block an Isomer article can hold, written as Isomer classic writes it (the forms the
// converter's rules take, as in ../../test/fixtures/corpus), in the four languages of the site. The
// Storybook article "Every Isomer article block" converts it when Storybook is built.

/** Escapes text for HTML: the words below are ours, but a story must show the markup it means. */
const escape = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** `value` with every string in it escaped. */
const escaped = (value) =>
  typeof value === 'string'
    ? escape(value)
    : Array.isArray(value)
      ? value.map(escaped)
      : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escaped(item)]));

/** The words of the article in each language. */
export const texts = {
  en: {
    post: ['View this post on Instagram', 'A post shared by GovTech (Singapore) (@govtechsg)'],
    video: 'Smart Nation 2.0 in two minutes',
    title: 'Every Isomer article block',
    intro: 'This article holds one of each block an Isomer article can hold, written as Isomer writes it.',
    sections: ['Images and tables', 'Cards', 'Videos, forms and posts', 'Quotes and notes', 'Questions'],
    imageAlt: 'Participants of a hackathon present their prototype',
    table: {
      caption: 'Opening hours',
      head: ['Day', 'Opens', 'Closes'],
      rows: [
        ['Monday to Friday', '9 am', '6 pm'],
        ['Saturday', '9 am', '1 pm'],
      ],
    },
    cards: [
      ['Trust', 'Digital tools that are safe, private and reliable.'],
      ['Growth', 'Skills for individuals and businesses to learn and adapt.'],
      ['Community', 'Technology that brings people together.'],
    ],
    form: 'Feedback form',
    quote: '“Technology is a means to serve people, not an end in itself.”',
    attribution: '- A speaker at the launch of Smart Nation 2.0',
    note: ['Note', 'Applications close on 31 December.'],
    questions: [
      ['Who can take part?', 'Every public officer can take part.'],
      ['Is there a fee?', 'No, taking part is free.'],
    ],
  },
  zh: {
    post: ['在 Instagram 查看这篇帖子', 'GovTech (Singapore) (@govtechsg) 分享的帖子'],
    video: '两分钟了解智慧国 2.0',
    title: 'Isomer 文章的所有区块',
    intro: '这篇文章包含 Isomer 文章可以容纳的每一种区块，按照 Isomer 的写法编写。',
    sections: ['图片和表格', '卡片', '视频、表单和帖子', '引言和提示', '常见问题'],
    imageAlt: '黑客马拉松的参赛者展示他们的原型',
    table: {
      caption: '开放时间',
      head: ['日期', '开始', '结束'],
      rows: [
        ['星期一至星期五', '上午 9 时', '下午 6 时'],
        ['星期六', '上午 9 时', '下午 1 时'],
      ],
    },
    cards: [
      ['信任', '安全、私密且可靠的数码工具。'],
      ['成长', '让个人和企业学习与适应的技能。'],
      ['社区', '让人们团结在一起的科技。'],
    ],
    form: '意见表格',
    quote: '“科技是服务人民的手段，而不是目的本身。”',
    attribution: '- 智慧国 2.0 推介礼上的一位讲者',
    note: ['提示', '申请于 12 月 31 日截止。'],
    questions: [
      ['谁可以参加？', '所有公务员都可以参加。'],
      ['需要付费吗？', '不需要，参加是免费的。'],
    ],
  },
  ms: {
    post: ['Lihat hantaran ini di Instagram', 'Hantaran yang dikongsi oleh GovTech (Singapore) (@govtechsg)'],
    video: 'Negara Bijak 2.0 dalam dua minit',
    title: 'Setiap blok artikel Isomer',
    intro: 'Artikel ini mengandungi satu daripada setiap blok yang boleh dimuatkan dalam artikel Isomer.',
    sections: ['Gambar dan jadual', 'Kad', 'Video, borang dan hantaran', 'Petikan dan nota', 'Soalan'],
    imageAlt: 'Peserta hackathon membentangkan prototaip mereka',
    table: {
      caption: 'Waktu dibuka',
      head: ['Hari', 'Dibuka', 'Ditutup'],
      rows: [
        ['Isnin hingga Jumaat', '9 pagi', '6 petang'],
        ['Sabtu', '9 pagi', '1 petang'],
      ],
    },
    cards: [
      ['Kepercayaan', 'Alat digital yang selamat, peribadi dan boleh dipercayai.'],
      ['Pertumbuhan', 'Kemahiran untuk individu dan perniagaan belajar dan menyesuaikan diri.'],
      ['Masyarakat', 'Teknologi yang menyatukan orang ramai.'],
    ],
    form: 'Borang maklum balas',
    quote: '“Teknologi ialah cara untuk melayani rakyat, bukan matlamat itu sendiri.”',
    attribution: '- Seorang penceramah di pelancaran Negara Bijak 2.0',
    note: ['Nota', 'Permohonan ditutup pada 31 Disember.'],
    questions: [
      ['Siapa boleh menyertai?', 'Setiap pegawai awam boleh menyertai.'],
      ['Adakah bayaran dikenakan?', 'Tidak, penyertaan adalah percuma.'],
    ],
  },
  ta: {
    post: ['இந்த இடுகையை Instagram-இல் பாருங்கள்', 'GovTech (Singapore) (@govtechsg) பகிர்ந்த இடுகை'],
    video: 'இரண்டு நிமிடங்களில் அறிவார்ந்த தேசம் 2.0',
    title: 'Isomer கட்டுரையின் ஒவ்வொரு தொகுதியும்',
    intro: 'Isomer கட்டுரையில் இடம்பெறக்கூடிய ஒவ்வொரு தொகுதியிலும் ஒன்று இந்தக் கட்டுரையில் உள்ளது.',
    sections: ['படங்களும் அட்டவணைகளும்', 'அட்டைகள்', 'காணொளிகள், படிவங்கள், இடுகைகள்', 'மேற்கோள்களும் குறிப்புகளும்', 'கேள்விகள்'],
    imageAlt: 'ஹேக்கத்தான் பங்கேற்பாளர்கள் தங்கள் முன்மாதிரியை வழங்குகின்றனர்',
    table: {
      caption: 'திறந்திருக்கும் நேரம்',
      head: ['நாள்', 'திறப்பு', 'மூடல்'],
      rows: [
        ['திங்கள் முதல் வெள்ளி வரை', 'காலை 9', 'மாலை 6'],
        ['சனி', 'காலை 9', 'மதியம் 1'],
      ],
    },
    cards: [
      ['நம்பிக்கை', 'பாதுகாப்பான, தனிப்பட்ட, நம்பகமான மின்னிலக்கக் கருவிகள்.'],
      ['வளர்ச்சி', 'தனிநபர்களும் வணிகங்களும் கற்றுத் தகவமைக்கும் திறன்கள்.'],
      ['சமூகம்', 'மக்களை ஒன்றிணைக்கும் தொழில்நுட்பம்.'],
    ],
    form: 'கருத்துப் படிவம்',
    quote: '“தொழில்நுட்பம் மக்களுக்குச் சேவை செய்வதற்கான வழி, அதுவே இலக்கு அல்ல.”',
    attribution: '- அறிவார்ந்த தேசம் 2.0 தொடக்க விழாவில் ஒரு பேச்சாளர்',
    note: ['குறிப்பு', 'விண்ணப்பங்கள் டிசம்பர் 31 அன்று முடிவடையும்.'],
    questions: [
      ['யார் பங்கேற்கலாம்?', 'எல்லாப் பொது அதிகாரிகளும் பங்கேற்கலாம்.'],
      ['கட்டணம் உண்டா?', 'இல்லை, பங்கேற்பது இலவசம்.'],
    ],
  },
};

/** The article's body in `lang`, as Isomer classic writes it (Tiptap's markup). */
function legacyArticle(lang) {
  const t = escaped(texts[lang]);
  const [images, cards, embeds, quotes, questions] = t.sections;
  const reel = 'https://www.instagram.com/reel/C_PViHoMNGo/?utm_source=ig_embed&amp;utm_campaign=loading';
  const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  return `<p>${t.intro}</p>
<ul data-tight="true" class="tight">
${t.sections.map((section) => `<li><p>${section}</p></li>`).join('\n')}
</ul>
<h3>${images}</h3>
<div class="isomer-image-wrapper"><img alt="${t.imageAlt}" src="/images/every-block/hackathon.png" width="1200" height="675"></div>
<table>
<caption>${t.table.caption}</caption>
<thead>${row(t.table.head, 'th')}</thead>
<tbody>${t.table.rows.map((cells) => row(cells, 'td')).join('')}</tbody>
</table>
<h3>${cards}</h3>
<div class="isomer-card-grid">
${t.cards
  .map(
    ([title, description], i) => `<a class="isomer-card" href="https://www.smartnation.gov.sg/">
<div class="isomer-card-image"><div class="isomer-image-wrapper"><img style="width: 100%" height="auto" width="100%" alt="" src="/images/every-block/goal-${i + 1}.png"></div></div>
<div class="isomer-card-body"><div class="isomer-card-title">${title}</div><div class="isomer-card-description">${description}</div></div>
</a>`,
  )
  .join('\n')}
</div>
<h3>${embeds}</h3>
<div class="iframe-wrapper"><iframe title="${t.video}" height="400" width="100%" allowfullscreen="true" frameborder="0" src="https://www.youtube.com/embed/3KVb3pRy_3E"></iframe></div>
<iframe id="iframe" title="${t.form}" src="https://form.gov.sg/5e2a9ab5c5f1f40011a1a45e" style="width: 100%; height: 500px"></iframe>
<div class="instagram-wrapper">
<blockquote class="instagram-media" data-instgrm-permalink="${reel}" data-instgrm-version="14" style="background:#FFF; border:0; margin: 1px; max-width:540px; min-width:326px; padding:0;">
<div style="padding: 16px;"><a href="${reel}" target="_blank">${t.post[0]}</a>
<p><a href="${reel}" target="_blank">${t.post[1]}</a></p></div>
</blockquote>
<script src="//www.instagram.com/embed.js" async="true"></script>
</div>
<h3>${quotes}</h3>
<blockquote><p>${t.quote}</p></blockquote>
<p>${t.attribution}</p>
<blockquote><h4>${t.note[0]}</h4><p>${t.note[1]}</p></blockquote>
<h3>${questions}</h3>
<div data-type="detailGroup" class="isomer-accordion isomer-accordion-white">
${t.questions
  .map(
    ([question, answer]) => `<details class="isomer-details"><summary>${question}</summary>
<div data-type="detailsContent" class="isomer-details-content"><p>${answer}</p></div></details>`,
  )
  .join('\n')}
</div>`;
}

/**
 * The article in each language, converted by `convert` (src/convert) as the stories show it: its
 * blockquotes without attribution are notes (the site asks for callouts).
 */
export function convertedArticles(convert) {
  return Object.fromEntries(
    Object.keys(texts).map((lang) => {
      const { html, report } = convert(legacyArticle(lang), { headingBase: 2, blockquotes: 'callout', lang });
      return [lang, { title: texts[lang].title, html, report }];
    }),
  );
}
