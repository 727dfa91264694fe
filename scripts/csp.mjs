// The Content Security Policy a site needs for isomer-blocks, per mode, derived from the elements'
// own allow-lists (src/iframe-embed/hosts.ts, src/video-embed/video-url.ts,
// src/social-embed/social-url.ts) and, for server-rendered
// pages, from the styles the built server renderer inlines (run after rollup). `npm run build`
// writes them into the README (between the csp markers); the strict-CSP e2e pages use them, so the
// README's policy is the tested one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSource } from './load-source.mjs';
import { isMain } from './is-main.mjs';

const origin = (url) => new URL(url).origin;

/**
 * The iframe allow-list's `host/path` patterns as CSP sources: `*.x` stays a wildcard; a path is
 * allowed as itself and as a prefix (CSP matches `/a` exactly and `/a/` as a prefix). CSP has no
 * wildcard in paths: a path with a `*` segment is allowed by its prefix before that segment.
 */
const frameSources = (hosts) => [
  ...new Set(
    hosts.flatMap(({ pattern }) => {
      const wildcard = pattern.search(/\/\*(\/|$)/);
      if (wildcard >= 0) return [`https://${pattern.slice(0, wildcard + 1)}`];
      return pattern.includes('/') ? [`https://${pattern}`, `https://${pattern}/`] : [`https://${pattern}`];
    }),
  ),
];

/**
 * The sha256 sources of every `<style>` a server renders for the blocks' examples, with the built
 * renderer (as shipped), and of the page style `convert --page` writes.
 */
async function serverStyleHashes() {
  const { renderSsr } = await import('../dist/cli/ssr.js');
  const { pageStyle } = await import('../dist/cli/page.js');
  const { blocks } = await loadSource('blocks.ts');
  const styles = new Set([pageStyle]);
  for (const tag of Object.keys(blocks)) {
    const { examples } = await loadSource(`${tag}/examples.ts`);
    for (const markup of Object.values(examples)) {
      const { html } = await renderSsr(markup);
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(css);
    }
  }
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`).sort();
}

/** The policies by mode, as directive lists. `self` is where the site serves isomer-blocks' files from. */
export async function policies() {
  const { defaultHosts } = await loadSource('iframe-embed/hosts.ts');
  const { embedUrl, parseVideoUrl, thumbnailUrl } = await loadSource('video-embed/video-url.ts');
  const youtube = parseVideoUrl('https://www.youtube.com/watch?v=3KVb3pRy_3E').video;
  const vimeo = parseVideoUrl('https://vimeo.com/76979871').video;
  const { parseSocialUrl } = await loadSource('social-embed/social-url.ts');
  // The pages a <social-embed> frames once the reader asks: one per provider.
  const posts = ['https://www.instagram.com/p/C_PViHoMNGo/', 'https://www.facebook.com/govtechsg/posts/1'].map(
    (url) => parseSocialUrl(url).post.embed,
  );
  const players = [embedUrl(youtube), embedUrl(vimeo), ...posts].map(origin);
  const base = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'"];
  const rest = [
    `frame-src ${[...players, ...frameSources(defaultHosts)].join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    "base-uri 'none'",
    "object-src 'none'",
  ];
  const strict = [...base, ...rest];
  const thumbnails = base.map((directive) =>
    directive.startsWith('img-src') ? `${directive} ${origin(thumbnailUrl(youtube))}` : directive,
  );
  const withThumbnails = [...thumbnails, ...rest];
  const hashes = await serverStyleHashes();
  const serverRendered = withThumbnails.map((directive) =>
    directive.startsWith('style-src') ? `${directive} ${hashes.join(' ')}` : directive,
  );
  return { strict, default: withThumbnails, serverRendered };
}

/** The README section between `<!-- csp -->` markers. */
export const cspPattern = /(<!-- csp -->\n)([\s\S]*?)(\n<!-- \/csp -->)/;

export function cspSection({ strict, default: withThumbnails, serverRendered }) {
  const block = (directives) => ['```http', `Content-Security-Policy: ${directives.join(';\n  ')}`, '```'].join('\n');
  return [
    'With strict video privacy (`privacy="strict"` or the site-wide meta), on a page that loads the script tag:',
    '',
    block(strict),
    '',
    'In the default video mode, `img-src` also needs YouTube’s thumbnail host:',
    '',
    block(withThumbnails),
    '',
    'A server-rendered page (`convert --ssr`, `isomer-blocks/ssr`) carries each element’s styles in its',
    'Declarative Shadow DOM, as `<style>` elements, and a page from `convert --page` its own short',
    '`<style>`: `style-src` lists their hashes (they change only when those styles do; `npm run build`',
    'regenerates this section):',
    '',
    block(serverRendered),
    '',
    'Neither the elements nor the server renderer write a `style` attribute (the shadow roots hold only',
    "those `<style>` elements), so no policy here needs `'unsafe-inline'`. `style` attributes in the",
    'content itself (Isomer pages have some, e.g. `<img style="width: 50%">`) are the author’s and pass',
    'through as written: these policies ignore them (each is a `style-src-attr` violation report); a site',
    "that wants them applied adds `style-src-attr 'unsafe-inline'`.",
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  if (!cspPattern.test(readme)) throw new Error('README.md lacks the <!-- csp --> block.');
  const section = cspSection(await policies());
  const updated = readme.replace(cspPattern, (_, open, __, close) => `${open}${section}${close}`);
  if (updated !== readme) writeFileSync('README.md', updated);
}
