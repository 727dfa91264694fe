/** The official languages of Singapore, in which every UI string exists. */
export const languages = ['en', 'zh', 'ms', 'ta'] as const;
export type Language = (typeof languages)[number];

const en = {
  source: 'Source',
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
    // <article-toc>, <isomer-accordion>
    onThisPage: '本页内容',
    expandAll: '全部展开',
    collapseAll: '全部收起',
  },
  ms: {
    source: 'Sumber',
    // <article-toc>, <isomer-accordion>
    onThisPage: 'Di halaman ini',
    expandAll: 'Kembangkan semua',
    collapseAll: 'Kuncupkan semua',
  },
  ta: {
    source: 'மூலம்',
    // <article-toc>, <isomer-accordion>
    onThisPage: 'இந்தப் பக்கத்தில்',
    expandAll: 'அனைத்தையும் விரி',
    collapseAll: 'அனைத்தையும் சுருக்கு',
  },
};

/** Maps a BCP 47 tag (`zh-Hans-SG`, `ms`, `TA-sg`…) to one of our languages; English otherwise. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The string `key` in `language`, with each `{param}` replaced by its value. */
export function translate(
  language: Language,
  key: StringKey,
  params: Record<string, string> = {},
): string {
  return strings[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? params[name] : match,
  );
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
