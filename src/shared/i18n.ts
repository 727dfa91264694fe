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
  // <isomer-table>
  table: 'Table',
  scrolls: '{name} (scrolls sideways)',
  // <social-embed>: the provider is a proper name, the same in every language.
  showPost: 'Show the {provider} post',
  showNamed: 'Show the {provider} post: {name}',
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
    table: '表格',
    scrolls: '{name}（可左右滚动）',
    showPost: '显示 {provider} 帖子',
    showNamed: '显示 {provider} 帖子：{name}',
  },
  ms: {
    source: 'Sumber',
    newTab: 'dibuka dalam tab baharu',
    playVideo: 'Mainkan video: {title}',
    onThisPage: 'Di halaman ini',
    expandAll: 'Kembangkan semua',
    collapseAll: 'Kuncupkan semua',
    table: 'Jadual',
    scrolls: '{name} (boleh ditatal ke sisi)',
    showPost: 'Papar hantaran {provider}',
    showNamed: 'Papar hantaran {provider}: {name}',
  },
  ta: {
    source: 'மூலம்',
    newTab: 'புதிய தாவலில் திறக்கும்',
    playVideo: 'காணொளியை இயக்கு: {title}',
    onThisPage: 'இந்தப் பக்கத்தில்',
    expandAll: 'அனைத்தையும் விரி',
    collapseAll: 'அனைத்தையும் சுருக்கு',
    table: 'அட்டவணை',
    scrolls: '{name} (பக்கவாட்டில் உருட்டலாம்)',
    // "View the … post", short enough for one line of a 320 px column in Firefox's Tamil font.
    showPost: '{provider} இடுகை காண்க',
    showNamed: '{provider} இடுகை காண்க: {name}',
  },
};

/**
 * Chinese in Traditional characters: the `Hant` script, or (with no script named) Taiwan, Hong Kong
 * or Macau. There are no Traditional strings yet: such pages get English, marked `lang="en"`,
 * rather than Simplified characters (README, "Languages").
 */
function isTraditionalChinese([, second = '']: string[]): boolean {
  return /^[a-z]{4}$/.test(second) ? second === 'hant' : ['tw', 'hk', 'mo'].includes(second);
}

/**
 * Maps a BCP 47 tag (`zh-Hans-SG`, `ms`, `TA-sg`…) to one of our languages; English otherwise
 * (Traditional Chinese too, see above). A CMS locale such as `ms_SG` counts as `ms-SG`.
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const subtags = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  const [primary] = subtags;
  if (primary === 'zh' && isTraditionalChinese(subtags)) return 'en';
  return (languages as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * Whether `tag` names a language that gets English strings though it is not English (`fr`,
 * `zh-Hant`): those strings then need `lang="en"`, or they are read with the page's voice.
 */
export function isEnglishFallback(tag: string | null | undefined): boolean {
  const trimmed = (tag ?? '').trim();
  return trimmed !== '' && resolveLanguage(trimmed) === 'en' && !/^en(?:[-_]|$)/i.test(trimmed);
}

/** `tag` with the underscores of a CMS locale (`ms_SG`) as BCP 47's hyphens (`ms-SG`): what `lang` and CSS `:lang()` understand. */
export function bcp47(tag: string): string {
  return tag.trim().replace(/_/g, '-');
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
