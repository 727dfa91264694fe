import { unsafeCSS, type CSSResult } from 'lit';
import { languages, strings, type Language, type StringKey } from './i18n.js';

/** `text` as a CSS string: quotes, backslashes and line breaks escaped (the table has none today). */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The selector of `language` for CSS `:lang()`, as resolveLanguage (src/shared/i18n.ts) decides:
 * Chinese is Simplified only, Traditional keeps English. (The stylesheets spell out the same.)
 */
export function langSelector(language: Exclude<Language, 'en'>): string {
  return language === 'zh'
    ? ':is(:lang(zh-Hans),:lang(zh):not(:lang(zh-Hant),:lang(zh-TW),:lang(zh-HK),:lang(zh-MO)))'
    : `:lang(${language})`;
}

/** The rule that sets `property` on the host to UI string `key` in `language` (English: the default). */
export function stringRule(property: string, key: StringKey, language: Language): string {
  const host = language === 'en' ? ':host' : `:host(${langSelector(language)})`;
  return `${host}{${property}:${cssString(strings[language][key])}}`;
}

/**
 * Shadow CSS that sets the custom property `property` to UI string `key` in the element's language,
 * for text that only CSS can place (generated content, its alternative text): written from the
 * string table (src/shared/i18n.ts) rather than copied into a stylesheet. The strings are the
 * library's own constants, never page input, so building CSS from them is safe.
 */
export function cssStrings(property: string, key: StringKey): CSSResult {
  return unsafeCSS(languages.map((language) => stringRule(property, key, language)).join(''));
}
