import { langSelector } from './css-strings.js';
import type { Language } from './i18n.js';

/**
 * The files a link can point to whose type a reader wants to know before following it, by the end
 * of the address's path (`.pdf`, also before a `?` or `#`, in any case). Build-time data, like
 * palette.ts: scripts/generate-from-registry.mjs writes fileTypeCss() into prose.css (article links)
 * and preflight.css (a card's title link).
 */
export const fileTypes = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'ppt', 'pptx'] as const;

/** The hint after a link to a file, around its type, in each language: "Annual report (PDF)". */
export const fileHints: Record<Language, [before: string, after: string]> = {
  en: [' (', ') '],
  zh: ['（', ' 文件）'],
  ms: [' (fail ', ') '],
  ta: [' (', ' கோப்பு) '],
};

/**
 * The CSS that gives each `link` to a file `--_ib-file` (its type, e.g. `"PDF"`) and
 * `--_ib-file-hint` (the hint in the link's language). A link to anything else has no
 * `--_ib-file`, which leaves its `--_ib-file-hint` invalid: `content: var(--_ib-file-hint)` shows
 * nothing there, and `var(--_ib-file-hint, '')` the empty string.
 */
export function fileTypeCss(link: string): string {
  const types = fileTypes.map((type) => {
    const ends = [`'.${type}'`, `'.${type}?'`, `'.${type}#'`];
    return `${link}:is([href$=${ends[0]} i], [href*=${ends[1]} i], [href*=${ends[2]} i]) {\n  --_ib-file: '${type.toUpperCase()}';\n}\n`;
  });
  const hints = Object.entries(fileHints).map(([language, [before, after]]) => {
    const selector = language === 'en' ? link : `${link}${langSelector(language as Exclude<Language, 'en'>)}`;
    return `${selector} {\n  --_ib-file-hint: '${before}' var(--_ib-file) '${after}';\n}\n`;
  });
  return [...types, ...hints].join('\n');
}
