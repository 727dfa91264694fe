/** The official languages of Singapore, in which every UI string exists. */
export const languages = ['en', 'zh', 'ms', 'ta'] as const;
export type Language = (typeof languages)[number];

const en = {
  source: 'Source',
  // <goal-card>
  newTab: 'opens in a new tab',
  // <video-embed>
  playVideo: 'Play video: {title}',
  // <article-toc>, <isomer-accordion>
  onThisPage: 'On this page',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
};

export type StringKey = keyof typeof en;

/** Every UI string in the four languages; `{name}` marks a parameter. */
export const strings: Record<Language, Record<StringKey, string>> = {
  en,
  zh: {
    source: '来源',
    newTab: '在新标签页中打开',
    playVideo: '播放视频：{title}',
    onThisPage: '本页内容',
    expandAll: '全部展开',
    collapseAll: '全部收起',
  },
  ms: {
    source: 'Sumber',
    newTab: 'dibuka dalam tab baharu',
    playVideo: 'Mainkan video: {title}',
    onThisPage: 'Di halaman ini',
    expandAll: 'Kembangkan semua',
    collapseAll: 'Kuncupkan semua',
  },
  ta: {
    source: 'மூலம்',
    newTab: 'புதிய தாவலில் திறக்கும்',
    playVideo: 'காணொளியை இயக்கு: {title}',
    onThisPage: 'இந்தப் பக்கத்தில்',
    expandAll: 'அனைத்தையும் விரி',
    collapseAll: 'அனைத்தையும் சுருக்கு',
  },
};

/**
 * The converter's own words (src/convert/embed.ts: fallback links and the names it gives embeds), in
 * the four languages. A table of their own, so that the elements (and the CDN main file) do not
 * carry them: only the converter and the upgrade file do.
 */
const converterEn = {
  watchOn: 'Watch “{title}” on {provider}',
  providerVideo: '{provider} video',
  embeddedFrom: 'Embedded content from {host}',
};

export type ConverterStringKey = keyof typeof converterEn;

export const converterStrings: Record<Language, Record<ConverterStringKey, string>> = {
  en: converterEn,
  zh: {
    watchOn: '在 {provider} 上观看“{title}”',
    providerVideo: '{provider} 视频',
    embeddedFrom: '来自 {host} 的嵌入内容',
  },
  ms: {
    watchOn: 'Tonton “{title}” di {provider}',
    providerVideo: 'Video {provider}',
    embeddedFrom: 'Kandungan terbenam daripada {host}',
  },
  ta: {
    watchOn: '“{title}” காணொளியை {provider} தளத்தில் பாருங்கள்',
    providerVideo: '{provider} காணொளி',
    embeddedFrom: '{host} தளத்திலிருந்து உட்பொதிக்கப்பட்ட உள்ளடக்கம்',
  },
};

/** The converter's string `key` in `language`, with each `{param}` replaced by its value. */
export function converterText(
  language: Language,
  key: ConverterStringKey,
  params: Record<string, string> = {},
): string {
  return converterStrings[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? params[name] : match,
  );
}

/** Maps a BCP 47 tag (`zh-Hans-SG`, `ms`, `TA-sg`…) to one of our languages; English otherwise. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The string `key` in `language`, with each `{param}` replaced by its value. */
export function translate(language: Language, key: StringKey, params: Record<string, string> = {}): string {
  return strings[language][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? params[name] : match));
}

/** The `lang` of the nearest ancestor that has one, crossing shadow-root boundaries. */
export function closestLang(node: Element): string | null {
  let current: Element | null = node;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
