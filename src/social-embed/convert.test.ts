import { expect } from '@open-wc/testing';
import { classifyEmbed, convert, countConverted, splitFrontmatter } from '../convert/index.js';
import { lostContent } from '../../test/support/nothing-lost.js';
import { parseSocialUrl } from './social-url.js';

const PAGE = 'isomer/04-govtech-internships.md';
const REEL = 'https://www.instagram.com/reel/C_PViHoMNGo/?utm_source=ig_embed&utm_campaign=loading';
const BY = 'A post shared by GovTech (Singapore) (@govtechsg)';

/** The corpus page with two Instagram reels (served by test/support/convert-plugin.mjs), frontmatter stripped. */
async function corpusPage(): Promise<string> {
  return splitFrontmatter(await (await fetch(`/corpus/${encodeURIComponent(PAGE)}`)).text()).body;
}

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

/** A Facebook plugin iframe as Facebook's share dialog writes it. */
const facebook = (kind: string, href: string, attributes = '') =>
  `<iframe src="https://www.facebook.com/plugins/${kind}.php?href=${encodeURIComponent(href)}&amp;show_text=false&amp;width=560" width="560" height="314" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"${attributes}></iframe>`;

describe('convert(): social embeds', () => {
  it('turns the corpus page’s two Instagram reels into <social-embed>, their scripts removed and reported, nothing lost', async () => {
    const body = await corpusPage();
    const { html, report } = convert(body);
    const root = parse(html);
    const posts = [...root.querySelectorAll('social-embed')];
    expect(posts.map((post) => [post.getAttribute('src'), post.getAttribute('label')])).to.deep.equal([
      [REEL, BY],
      [REEL.replace('C_PViHoMNGo', 'DAIhZ0LyVJH'), `${BY} (2)`],
    ]);
    expect(posts[0].innerHTML).to.equal(
      `<p><a href="${REEL.replace('&', '&amp;')}">View this post on Instagram</a></p><p><a href="${REEL.replace('&', '&amp;')}" target="_blank" rel="noopener">${BY}</a></p>`,
    );
    expect(root.querySelector('.instagram-wrapper, blockquote.instagram-media, script')).to.equal(null);
    expect(countConverted(report)['social-embed']).to.equal(2);
    expect(report.warnings.filter((warning) => warning.code === 'provider-script')).to.have.length(2);
    expect(report.warnings.some((warning) => warning.code === 'instagram')).to.equal(false);
    expect(report.passedThrough?.script).to.equal(undefined);
    expect(lostContent(body, html)).to.deep.equal([]);
    expect(convert(html).html).to.equal(html);
  });

  it('takes a bare blockquote and the script after it, and keeps the caption, its links and time', () => {
    const input = `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B1a2C3d4E5f/" style="margin:1px"><div style="padding:16px"><a href="https://www.instagram.com/p/B1a2C3d4E5f/" target="_blank"><div>View this post on Instagram</div></a><p style="margin:8px 0 0 0"><a href="https://www.instagram.com/p/B1a2C3d4E5f/" target="_blank">Our interns at work #govtech</a></p><p>A post shared by <a href="https://www.instagram.com/govtechsg/">GovTech</a> (@govtechsg) on <time datetime="2019-01-01T00:00:00+00:00">Jan 1, 2019</time></p></div></blockquote>\n<script async src="https://www.instagram.com/embed.js"></script>`;
    const { html } = convert(input);
    expect(html).to.equal(
      '<social-embed src="https://www.instagram.com/p/B1a2C3d4E5f/" label="A post shared by GovTech (@govtechsg) on Jan 1, 2019"><p><a href="https://www.instagram.com/p/B1a2C3d4E5f/" target="_blank" rel="noopener">View this post on Instagram</a></p><p><a href="https://www.instagram.com/p/B1a2C3d4E5f/" target="_blank" rel="noopener">Our interns at work #govtech</a></p><p>A post shared by <a href="https://www.instagram.com/govtechsg/">GovTech</a> (@govtechsg) on <time datetime="2019-01-01T00:00:00+00:00">Jan 1, 2019</time></p></social-embed>\n',
    );
    expect(lostContent(input, html)).to.deep.equal([]);
  });

  it('gives a post without words a link in the page’s language', () => {
    const input =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B1a2C3d4E5f/"></blockquote>';
    const { html } = convert(input, { lang: 'ms' });
    expect(html).to.equal(
      '<social-embed src="https://www.instagram.com/p/B1a2C3d4E5f/" label="Kandungan terbenam daripada www.instagram.com"><p><a href="https://www.instagram.com/p/B1a2C3d4E5f/">Kandungan terbenam daripada www.instagram.com</a></p></social-embed>',
    );
  });

  it('keeps an Instagram embed whose permalink is no post on www.instagram.com, with its script, and reports it', () => {
    for (const permalink of [
      'https://www.instagram.com/govtechsg/',
      'https://evil.example/p/B1a2C3d4E5f/',
      'javascript:alert(1)',
    ]) {
      const input = `<div class="instagram-wrapper"><blockquote class="instagram-media" data-instgrm-permalink="${permalink}"><p>A post</p></blockquote><script async="" src="//www.instagram.com/embed.js"></script></div>`;
      const result = convert(input);
      expect(result.html, permalink).to.equal(input);
      expect(result.report.warnings.map((warning) => warning.code)).to.include('instagram');
      expect(result.report.blocks).to.deep.equal([
        { kind: 'social-embed', action: 'kept', message: `Instagram embed “${permalink}”` },
      ]);
    }
  });

  it('leaves a wrapper holding more than the embed, and another script, to the rest of the page', () => {
    const input = `<div class="instagram-wrapper"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B1a2C3d4E5f/"><p>A post</p></blockquote><script src="https://example.gov.sg/other.js"></script></div>`;
    const { html } = convert(input);
    expect(html).to.equal(
      '<div class="instagram-wrapper"><social-embed src="https://www.instagram.com/p/B1a2C3d4E5f/" label="A post"><p>A post</p></social-embed><script src="https://example.gov.sg/other.js"></script></div>',
    );
  });

  it('routes Facebook video and post plugin iframes to <social-embed>, the src kept and the link to the post', () => {
    const video = 'https://www.facebook.com/GovTechSG/videos/1234567890123456/';
    const input = `<h3>Smart Nation Week</h3><div class="iframe-wrapper">${facebook('video', video, ' title="Smart Nation Week highlights"')}</div>`;
    const { html, report } = convert(input);
    const el = parse(html).querySelector('social-embed')!;
    expect(el.getAttribute('src')).to.equal(
      `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(video)}&show_text=false&width=560`,
    );
    expect(el.getAttribute('label')).to.equal('Smart Nation Week highlights');
    expect(el.innerHTML).to.equal(`<p><a href="${video}">Smart Nation Week highlights</a></p>`);
    expect(report.blocks).to.deep.equal([
      {
        kind: 'social-embed',
        action: 'converted',
        element: 'social-embed',
        message: `“Smart Nation Week highlights” ${el.getAttribute('src')}`,
      },
    ]);
    expect(lostContent(input, html)).to.deep.equal([]);
    expect(convert(html).html).to.equal(html);
    const post = convert(`<h3>News</h3>${facebook('post', 'https://www.facebook.com/GovTechSG/posts/pfbid02Xyz')}`);
    expect(parse(post.html).querySelector('social-embed')!.getAttribute('label')).to.equal('News');
    expect(post.report.warnings.map((warning) => warning.code)).to.deep.equal(['inferred-title']);
  });

  it('classifies Facebook plugins as social, and keeps one that shows no Facebook post as an unknown frame', () => {
    expect(
      classifyEmbed('https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fposts%2F1'),
    ).to.deep.equal({
      kind: 'social',
      provider: 'Facebook',
    });
    const input = facebook('post', 'https://evil.example/x');
    const { html, report } = convert(input);
    expect(html).to.equal(input.replace('allowfullscreen="true">', 'allowfullscreen="true">'));
    expect(report.warnings.map((warning) => warning.code)).to.deep.equal(['unknown-host', 'passed-through']);
  });
});

describe('parseSocialUrl()', () => {
  it('builds the Instagram embed URL from /p/, /reel/ and /tv/ permalinks, with or without the author’s name', () => {
    for (const path of [
      'p/B1a2C3d4E5f/',
      'reel/B1a2C3d4E5f',
      'tv/B1a2C3d4E5f/?utm_source=ig_embed',
      'govtechsg/p/B1a2C3d4E5f/',
    ])
      expect(parseSocialUrl(`https://www.instagram.com/${path}`), path).to.deep.equal({
        ok: true,
        post: { provider: 'Instagram', embed: 'https://www.instagram.com/p/B1a2C3d4E5f/embed', video: false },
      });
  });

  it('reads Facebook permalinks and plugins, keeping only the plugin parameters it knows', () => {
    const href = 'https://www.facebook.com/watch/?v=1234567890';
    const result = parseSocialUrl(
      `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(href)}&width=500&autoplay=1&app_id=99&show_text=<x>`,
    );
    expect(result).to.deep.equal({
      ok: true,
      post: {
        provider: 'Facebook',
        embed: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(href)}&width=500`,
        video: true,
      },
    });
    expect(parseSocialUrl(href)).to.deep.include({ ok: true });
    expect(parseSocialUrl('https://www.facebook.com/GovTechSG/posts/1')).to.deep.include({
      post: {
        provider: 'Facebook',
        embed: `https://www.facebook.com/plugins/post.php?href=${encodeURIComponent('https://www.facebook.com/GovTechSG/posts/1')}`,
        video: false,
      },
    });
  });

  it('refuses other hosts, http, ids that are no post, and plugins of no Facebook post', () => {
    for (const [src, reason] of [
      ['https://instagram.com/p/B1a2C3d4E5f/', 'unknown-host'],
      ['https://www.instagram.com.evil.example/p/B1a2C3d4E5f/', 'unknown-host'],
      ['https://www.instagram.com@evil.example/p/B1a2C3d4E5f/', 'malformed'],
      ['http://www.instagram.com/p/B1a2C3d4E5f/', 'not-https'],
      ['https://www.instagram.com/p/B1/', 'invalid-id'],
      ['https://www.instagram.com/p/B1a2C3d4E5f/embed/../../../x', 'invalid-id'],
      ['https://www.facebook.com/', 'invalid-id'],
      ['https://www.facebook.com/plugins/post.php', 'invalid-id'],
      ['https://www.facebook.com/plugins/post.php?href=javascript:alert(1)', 'invalid-id'],
      ['https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com.evil.example%2Fx', 'invalid-id'],
      ['javascript:alert(1)', 'not-http'],
    ])
      expect(parseSocialUrl(src), src).to.deep.equal({ ok: false, reason });
  });
});
