import type { Language } from './i18n.js';

/**
 * The converter's own words (src/convert/embed.ts: fallback links and the names it gives embeds), in
 * the four languages. A module of its own, so that the elements (and the CDN main file, which
 * holds every module the upgrade file shares with it) do not carry them: only the converter does.
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
