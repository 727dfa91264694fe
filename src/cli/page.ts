import { escapeAttribute, escapeText } from './escape.js';
import type { PageMeta } from './source.js';

export interface PageOptions {
  meta: PageMeta;
  /** The converted article body. */
  body: string;
  /** Used as the title when the frontmatter has none. */
  fallbackTitle: string;
  /** Where isomer-blocks.js, preflight.css and prose.css are served from (ends with `/`). */
  assets: string;
  /** The script file to load (the SSR pages load the hydrating one). */
  script: string;
  /** Language when the frontmatter names none. */
  lang: string;
  /**
   * The body is server-rendered (`--ssr`): it paints without the script, which only hydrates it, so
   * the script is fetched at low priority, after the stylesheets and images of the first paint.
   */
  serverRendered?: boolean;
}

/** "30 December 2024" in the page's language (Singapore's conventions for plain `en`), for a `YYYY-MM-DD` date. */
function displayDate(date: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-SG' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  } catch {
    return date;
  }
}

/**
 * A complete, standalone article page: language, title, description and Open Graph tags from the
 * frontmatter, an article header (h1, date, description), the converted body in an
 * `.isomer-prose` article, the stylesheets and the script tag.
 */
export function renderPage({ meta, body, fallbackTitle, assets, script, lang: defaultLang, serverRendered = false }: PageOptions): string {
  const lang = meta.lang ?? defaultLang;
  const title = meta.title ?? fallbackTitle;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    meta.description && `<meta name="description" content="${escapeAttribute(meta.description)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeAttribute(title)}">`,
    meta.description && `<meta property="og:description" content="${escapeAttribute(meta.description)}">`,
    meta.image && `<meta property="og:image" content="${escapeAttribute(meta.image)}">`,
    meta.date && `<meta property="article:published_time" content="${meta.date}">`,
    `<link rel="stylesheet" href="${escapeAttribute(assets)}preflight.css">`,
    `<link rel="stylesheet" href="${escapeAttribute(assets)}prose.css">`,
    `<script type="module"${serverRendered ? ' fetchpriority="low"' : ''} src="${escapeAttribute(assets + script)}"></script>`,
  ];
  const header = [
    `<h1>${escapeText(title)}</h1>`,
    meta.date && `<p><time datetime="${meta.date}">${escapeText(displayDate(meta.date, lang))}</time></p>`,
    meta.description && `<p>${escapeText(meta.description)}</p>`,
  ];
  const lines = (items: (string | undefined)[]) => items.filter(Boolean).join('\n');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
${lines(head)}
</head>
<body>
<main>
<article class="isomer-prose">
<header>
${lines(header)}
</header>
${body}
</article>
</main>
</body>
</html>
`;
}
