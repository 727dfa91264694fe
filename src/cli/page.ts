import { bcp47 } from '../shared/i18n.js';
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
  /** `integrity` values by file name, for assets from a CDN (written with `crossorigin`). */
  integrity?: Record<string, string>;
  /** The site's address: a relative `image` in the frontmatter is resolved against it for `og:image`. */
  siteUrl?: string;
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
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-SG' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  } catch {
    return date;
  }
}

/** The page's own stylesheet: a readable measure (about 70 characters a line) for the article, centred. */
export const pageStyle =
  'main{box-sizing:border-box;max-inline-size:calc(70ch + 2rem);margin-inline:auto;padding-inline:1rem}';

/** `og:image` wants an absolute URL: `image` resolved against `siteUrl`, or null when it cannot be. */
export function absoluteImage(image: string, siteUrl: string | undefined): string | null {
  try {
    return new URL(image).href;
  } catch {
    if (!siteUrl) return null;
    try {
      return new URL(image, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
    } catch {
      return null;
    }
  }
}

/**
 * A complete, standalone article page: language, title, description (as `<meta>` only) and Open
 * Graph tags from the frontmatter (`og:image` absolute, so only when it can be), an article header
 * (h1, date), the converted body in an `.isomer-prose` article of readable width, the stylesheets
 * and the script tag (with `integrity` and `crossorigin` when given, for a CDN).
 */
export function renderPage({
  meta,
  body,
  fallbackTitle,
  assets,
  integrity = {},
  siteUrl,
  script,
  lang: defaultLang,
  serverRendered = false,
}: PageOptions): string {
  // A CMS locale (`ms_SG`) as BCP 47 (`ms-SG`), which CSS `:lang()` and the date format understand.
  const lang = bcp47(meta.lang ?? defaultLang);
  const title = meta.title ?? fallbackTitle;
  const image = meta.image ? absoluteImage(meta.image, siteUrl) : null;
  const sri = (file: string) =>
    integrity[file] ? ` integrity="${escapeAttribute(integrity[file])}" crossorigin="anonymous"` : '';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    meta.description && `<meta name="description" content="${escapeAttribute(meta.description)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeAttribute(title)}">`,
    meta.description && `<meta property="og:description" content="${escapeAttribute(meta.description)}">`,
    image && `<meta property="og:image" content="${escapeAttribute(image)}">`,
    meta.date && `<meta property="article:published_time" content="${meta.date}">`,
    `<link rel="stylesheet" href="${escapeAttribute(assets)}preflight.css"${sri('preflight.css')}>`,
    `<link rel="stylesheet" href="${escapeAttribute(assets)}prose.css"${sri('prose.css')}>`,
    `<style>${pageStyle}</style>`,
    `<script type="module"${serverRendered ? ' fetchpriority="low"' : ''} src="${escapeAttribute(assets + script)}"${sri(script)}></script>`,
  ];
  const header = [
    `<h1>${escapeText(title)}</h1>`,
    meta.date && `<p><time datetime="${meta.date}">${escapeText(displayDate(meta.date, lang))}</time></p>`,
  ];
  const lines = (items: (string | null | undefined)[]) => items.filter(Boolean).join('\n');
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
