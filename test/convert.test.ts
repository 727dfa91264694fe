import { expect } from '@open-wc/testing';
import {
  classifyEmbed,
  convert,
  countConverted,
  slug,
  splitFrontmatter,
  type ConversionResult,
} from '../src/convert/index.js';
import { upgrade } from '../src/upgrade/upgrade.js';
import { lostContent } from './support/nothing-lost.js';

/** Converts `html` and returns the result with its output parsed for querying. */
function run(html: string, options = {}) {
  const result = convert(html, options);
  // A template: its content is inert, so test images are not fetched.
  const template = document.createElement('template');
  template.innerHTML = result.html;
  return { ...result, root: template.content };
}

const codes = (result: ConversionResult) => result.report.warnings.map((warning) => warning.code);

const card = (title: string, extra = '') =>
  `<div class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">${title}</div>${extra}</div></div>`;

describe('convert()', () => {
  describe('card grids', () => {
    const referenceCard = `
      <div class="isomer-card">
        <div class="isomer-card-image"><div class="isomer-image-wrapper">
          <img style="width: 100%" height="auto" width="100%" alt="Smart Nation 2.0 Goal Trust" src="/images/technews/SN2_0_Trust.png">
        </div></div>
        <div class="isomer-card-body">
          <div class="isomer-card-title">Trust</div>
          <div class="isomer-card-description">Singaporeans should be able to <em>confidently</em> use digital tools.</div>
        </div>
      </div>`;

    it('turns a grid of static cards into <isomer-card-grid> of <goal-card>', () => {
      const { root, report } = run(`<h3>3 key goals</h3><div class="isomer-card-grid">${referenceCard}</div>`);
      const grid = root.querySelector('isomer-card-grid')!;
      expect(grid).to.exist;
      const goal = grid.querySelector('goal-card')!;
      expect(goal.getAttribute('heading-level')).to.equal('4');
      expect(goal.hasAttribute('href')).to.equal(false);
      const image = goal.querySelector('img')!;
      expect(image.slot).to.equal('image');
      expect(image.getAttribute('alt')).to.equal('Smart Nation 2.0 Goal Trust');
      expect(image.getAttribute('src')).to.equal('/images/technews/SN2_0_Trust.png');
      expect(image.hasAttribute('style') || image.hasAttribute('width') || image.hasAttribute('height')).to.equal(
        false,
      );
      // Lazy before goal-card upgrades, too: a served page fetches the images while it is parsed.
      expect([image.getAttribute('loading'), image.getAttribute('decoding')]).to.deep.equal(['lazy', 'async']);
      expect(goal.querySelector('[slot="title"]')!.outerHTML).to.equal('<span slot="title">Trust</span>');
      expect(goal.querySelector('p')!.innerHTML).to.equal(
        'Singaporeans should be able to <em>confidently</em> use digital tools.',
      );
      expect(root.querySelector('.isomer-card, .isomer-card-grid')).to.equal(null);
      expect(countConverted(report)).to.deep.equal({ 'goal-card': 1, 'isomer-card-grid': 1 });
    });

    it('turns clickable a.isomer-card into a card whose title is a real link (issue 16), keeping target and the link line', () => {
      const { root } = run(
        `<h2>Next</h2><div class="isomer-card-grid"><a rel="noopener" href="https://form.gov.sg/" target="_blank" class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">Visit FormSG</div><div class="isomer-card-link">Go to FormSG website</div></div></a></div>`,
      );
      const goal = root.querySelector('goal-card')!;
      expect(goal.hasAttribute('href')).to.equal(false);
      expect(goal.getAttribute('heading-level')).to.equal('3');
      const link = goal.querySelector('a')!;
      expect([link.slot, link.getAttribute('href'), link.target, link.rel, link.textContent]).to.deep.equal([
        'title',
        'https://form.gov.sg/',
        '_blank',
        'noopener',
        'Visit FormSG',
      ]);
      const line = goal.querySelector('[slot="link"]')!;
      expect(line.textContent).to.equal('Go to FormSG website');
      expect(link.getAttribute('aria-labelledby')).to.equal(`${link.id} ${line.id}`);
      expect(goal.querySelectorAll('a')).to.have.length(1);
    });

    it('converts a grid mixing a and div cards, the first glued onto the opening tag', () => {
      const { root } = run(
        `<div class="isomer-card-grid"><a href="/one" class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">One</div></div></a>\n${card('Two', '<div class="isomer-card-description">Static</div>')}</div>`,
      );
      const cards = root.querySelectorAll('goal-card');
      expect([...cards].map((c) => c.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal(['/one', null]);
      expect([...cards].map((c) => c.querySelector('[slot=title]')!.textContent)).to.deep.equal(['One', 'Two']);
    });

    it('converts cards without image or description (no empty parts)', () => {
      const { root } = run(
        `<div class="isomer-card-grid">${card('Only a title', '<div class="isomer-card-description"> </div>')}</div>`,
      );
      const goal = root.querySelector('goal-card')!;
      expect(goal.children.length).to.equal(1);
      expect(goal.querySelector('img, p, div')).to.equal(null);
    });

    it('uses a <div> for a description holding block content, and keeps unknown card content', () => {
      const { root } = run(
        `<div class="isomer-card-grid">${card('T', '<div class="isomer-card-description"><p>One</p><ul><li>Two</li></ul></div><p>Extra note</p>')}</div>`,
      );
      const goal = root.querySelector('goal-card')!;
      expect(goal.querySelector(':scope > div')!.innerHTML).to.equal('<p>One</p><ul><li>Two</li></ul>');
      expect(goal.querySelector(':scope > p')!.textContent).to.equal('Extra note');
    });

    it('sets heading levels one below the nearest preceding heading, at most 6, 2 without one', () => {
      const level = (html: string) => run(html).root.querySelector('goal-card')!.getAttribute('heading-level');
      const grid = `<div class="isomer-card-grid">${card('T')}</div>`;
      expect(level(grid)).to.equal('2');
      expect(level(`<h2>A</h2><h4>B</h4><p>text</p>${grid}`)).to.equal('5');
      expect(level(`<h6>Deep</h6>${grid}`)).to.equal('6');
      expect(level(`<h2>A</h2><div><h3>nested</h3></div>${grid}`)).to.equal('4');
    });

    it('warns about a card image without alt, and a card without title', () => {
      const result = run(
        `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-image"><img src="/a.png"></div><div class="isomer-card-body"><div class="isomer-card-description">D</div></div></div></div>`,
      );
      expect(codes(result)).to.deep.equal(['missing-title', 'missing-alt']);
      expect(result.report.warnings[1].message).to.contain('/a.png');
      const image = result.root.querySelector('img')!;
      expect(image.hasAttribute('alt')).to.equal(false);
    });

    // D19: alt "Smart Nation 2.0 Goal Trust" before the heading "Trust" says the title twice.
    it('warns about a card image whose alt repeats the card title, and keeps the alt', () => {
      const image = (alt: string) =>
        `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-image"><img src="/a.png" alt="${alt}"></div><div class="isomer-card-body"><div class="isomer-card-title">Trust</div></div></div></div>`;
      const repeated = run(image('Smart Nation 2.0 Goal  trust'));
      expect(codes(repeated)).to.deep.equal(['alt-repeats-title']);
      expect(repeated.root.querySelector('img')!.alt).to.equal('Smart Nation 2.0 Goal  trust');
      expect(codes(run(image('Trustworthy hands')))).to.deep.equal([]);
      expect(codes(run(image('')))).to.deep.equal([]);
    });

    // Found by test/convert-properties.test.ts: each converted differently the second time.
    it('keeps an iframe inside a link as it is (its fallback link would nest), and a quote of only a video unconverted twice', () => {
      const linked = '<a href="/v"><iframe src="https://www.youtube.com/embed/3KVb3pRy_3E" title="V"></iframe></a>';
      expect(convert(linked).html).to.equal(linked);
      const quote = `<blockquote><p><iframe src="https://www.youtube.com/embed/3KVb3pRy_3E" title="V"></iframe></p></blockquote><p>- Someone</p>`;
      const once = convert(quote).html;
      expect(once).to.contain('<blockquote><p><video-embed');
      expect(convert(once).html).to.equal(once);
      const untitled = `<blockquote><div class="isomer-card-grid"><a class="isomer-card" href="/a"><div class="isomer-card-body"></div></a></div></blockquote><p>- </p>`;
      const first = convert(untitled).html;
      expect(convert(first).html).to.equal(first);
    });

    it("keeps the source's own loading and decoding of a card image", () => {
      const { root } = run(
        `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-image"><img loading="eager" decoding="sync" alt="A" src="/a.png"></div><div class="isomer-card-body"><div class="isomer-card-title">T</div></div></div></div>`,
      );
      const image = root.querySelector('img')!;
      expect([image.getAttribute('loading'), image.getAttribute('decoding')]).to.deep.equal(['eager', 'sync']);
    });

    it('keeps an empty grid and a grid holding other content as they are, and says so', () => {
      const empty = '<div class="isomer-card-grid">\n</div>';
      const mixed = `<div class="isomer-card-grid">${card('T')}<p>Loose paragraph</p></div>`;
      expect(convert(empty).html).to.equal(empty);
      expect(codes(convert(empty))).to.deep.equal(['empty-grid']);
      expect(convert(mixed).html).to.equal(mixed);
      expect(codes(convert(mixed))).to.deep.equal(['unexpected-content']);
      expect(convert(mixed).report.blocks[0]).to.include({ kind: 'isomer-card-grid', action: 'kept' });
    });

    it('converts cards inside cards, inner grid included', () => {
      const inner = `<div class="isomer-card-grid">${card('Inner')}</div>`;
      const { root, html } = run(
        `<div class="isomer-card-grid">${card('Outer', `<div class="isomer-card-description">${inner}</div>`)}</div>`,
      );
      expect(root.querySelectorAll('isomer-card-grid').length).to.equal(2);
      expect(root.querySelector('goal-card goal-card [slot=title]')!.textContent).to.equal('Inner');
      expect(convert(html).html).to.equal(html);
    });

    it('converts a grid of 200 cards', () => {
      const cards = Array.from({ length: 200 }, (_, i) => card(`Card ${i}`)).join('\n');
      const { root, report } = run(`<div class="isomer-card-grid">${cards}</div>`);
      expect(root.querySelectorAll('isomer-card-grid > goal-card').length).to.equal(200);
      expect(countConverted(report)['goal-card']).to.equal(200);
    });
  });

  describe('embeds', () => {
    const youtube = (src: string, extra = '') =>
      `<div class="iframe-wrapper">\n<iframe${extra} height="400" width="100%" allowfullscreen="true" frameborder="0" src="${src}"></iframe>\n</div>`;

    it('turns a wrapped YouTube iframe into <video-embed> with a fallback watch link', () => {
      const src = 'https://www.youtube.com/embed/3KVb3pRy_3E?si=-PF6_4dk0Ph9G4Jj';
      const { html, report } = run(youtube(src, ' title="Smart Nation 2.0"'));
      expect(html).to.equal(
        `<video-embed src="${src}" label="Smart Nation 2.0"><a href="https://www.youtube.com/watch?v=3KVb3pRy_3E">Watch “Smart Nation 2.0” on YouTube</a></video-embed>`,
      );
      expect(report.warnings).to.deep.equal([]);
      expect(report.blocks[0]).to.include({ kind: 'video-embed', action: 'converted', element: 'video-embed' });
    });

    it('names an untitled video after the nearest preceding heading, and reports it', () => {
      const { root, report } = run(
        `<h3>What does being a Smart Nation mean?</h3><p>Text</p>${youtube('https://www.youtube.com/embed/3KVb3pRy_3E')}`,
      );
      expect(root.querySelector('video-embed')!.getAttribute('label')).to.equal('What does being a Smart Nation mean?');
      expect(report.warnings[0].code).to.equal('inferred-title');
    });

    it('names a video with neither title nor heading after its provider, and reports it', () => {
      const { root, report } = run('<iframe src="https://player.vimeo.com/video/76979871?t=1m5s"></iframe>');
      const video = root.querySelector('video-embed')!;
      expect(video.getAttribute('label')).to.equal('Vimeo video');
      expect(video.getAttribute('start')).to.equal('65');
      expect(video.querySelector('a')!.getAttribute('href')).to.equal('https://vimeo.com/76979871');
      expect(codes({ html: '', report })).to.deep.equal(['missing-title']);
    });

    it('handles YouTube URLs with two "?" and keeps the original src', () => {
      const src = 'https://www.youtube.com/embed/-YD21elPXxs?si=SiP7FweDc7l28yxW?enablejsapi=1';
      const video = run(youtube(src)).root.querySelector('video-embed')!;
      expect(video.getAttribute('src')).to.equal(src);
      expect(video.querySelector('a')!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=-YD21elPXxs');
    });

    it('converts the same video twice, each on its own', () => {
      const src = 'https://www.youtube.com/embed/rUZf1ZcB0NY?si=LYkyxpsfDVsEFRMV';
      expect(
        run(`<h2>Singpass</h2>${youtube(src)}<p></p>${youtube(src)}`).root.querySelectorAll('video-embed').length,
      ).to.equal(2);
    });

    it('converts raw unwrapped iframes pasted from YouTube (with allow) and div.bp-youtube wrappers', () => {
      const raw =
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/Wg5qjUDQHgU" frameborder="0" allow="accelerometer; autoplay" allowfullscreen=""></iframe>';
      const { root } = run(`<p>Before</p>\n${raw}\n<div class="bp-youtube">${raw}</div>`);
      expect(root.querySelectorAll('video-embed').length).to.equal(2);
      expect(root.querySelector('iframe, .bp-youtube')).to.equal(null);
    });

    it('reads a start time from start= or t=', () => {
      expect(classifyEmbed('https://www.youtube.com/embed/Wg5qjUDQHgU?start=42')).to.include({ start: 42 });
      expect(classifyEmbed('https://www.youtube-nocookie.com/embed/Wg5qjUDQHgU?t=1h2m3s')).to.include({ start: 3723 });
      expect(classifyEmbed('//www.youtube.com/embed/Wg5qjUDQHgU?t=soon')).to.deep.include({
        kind: 'video',
        start: undefined,
      });
    });

    it('turns allow-listed hosts into <iframe-embed> with a fallback link and a pixel height', () => {
      const form =
        '<div class="iframe-wrapper"><iframe title="Feedback" style="width: 100%; height: 1000px" src="https://form.gov.sg/6123abc"></iframe></div>';
      const { html } = run(form);
      expect(html).to.equal(
        '<iframe-embed src="https://form.gov.sg/6123abc" label="Feedback" height="1000"><a href="https://form.gov.sg/6123abc">Feedback</a></iframe-embed>',
      );
      const hosts = [
        'https://www.google.com/maps/embed?pb=1',
        'https://docs.google.com/forms/d/e/x/viewform',
        'https://data.gov.sg/datasets/d_1/view',
        'https://www.checkfirst.gov.sg/c/2ee93260',
        'https://nus.ap.panopto.com/Panopto/Pages/Embed.aspx?id=1',
      ];
      for (const src of hosts) expect(classifyEmbed(src), src).to.include({ kind: 'iframe' });
      const checkFirst = run(
        '<h3>Scenario 1</h3><iframe height="800" src="https://www.checkfirst.gov.sg/c/2ee93260"></iframe>',
      );
      expect(checkFirst.root.querySelector('iframe-embed')!.getAttribute('height')).to.equal('800');
      expect(codes(checkFirst)).to.deep.equal(['inferred-title']);
    });

    // The review's L1: converted, a sandboxed or restricted frame became more capable than the author allowed.
    it('keeps a video or frame the author restricted as it was, and reports it (issue 19 L1)', () => {
      for (const [src, restriction] of [
        ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'sandbox=""'],
        ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'sandbox="allow-scripts allow-same-origin"'],
        ['https://form.gov.sg/6123abc', `allow="camera 'none'"`],
        ['https://form.gov.sg/6123abc', 'referrerpolicy="no-referrer"'],
      ]) {
        const input = `<iframe ${restriction} src="${src}" title="Form"></iframe>`;
        const result = convert(input);
        expect(result.html, input).to.equal(input);
        expect(codes(result), input).to.include('restricted-frame');
        expect(
          result.report.blocks.map(({ action }) => action),
          input,
        ).to.deep.equal(['kept']);
        const upgraded = document.createElement('template');
        upgraded.innerHTML = input;
        upgrade(upgraded.content);
        expect(upgraded.innerHTML, `upgrade: ${input}`).to.equal(input);
      }
      // Grants and the elements' own referrer policy restrict nothing more: converted as before.
      for (const attributes of [
        'allow="autoplay; encrypted-media"',
        'referrerpolicy="strict-origin-when-cross-origin"',
      ])
        expect(
          convert(`<iframe ${attributes} src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="T"></iframe>`).html,
        ).to.match(/^<video-embed/);
    });

    it('keeps iframes on unknown hosts or with bad URLs exactly as they were, and reports them', () => {
      for (const src of [
        'https://evil.example/embed',
        'javascript:alert(1)',
        'https://www.google.com/search?q=x',
        'https://www.youtube.com/embed/short',
        'https://player.vimeo.com/video/abc',
        'http://form.gov.sg/6123abc',
        'https://vimeo.com/showcase/7654321/embed',
        'https://www.youtube.com/embed/live_stream?channel=UC1',
      ]) {
        const input = `<div class="iframe-wrapper"><iframe src="${src}"></iframe></div>`;
        const result = convert(input);
        expect(result.html, src).to.equal(input);
        // …and counted as a frame passed through as written (safe mode would link it instead).
        expect(codes(result)).to.deep.equal(['unknown-host', 'passed-through']);
        expect(result.report.passedThrough?.frame, src).to.equal(1);
        expect(result.report.warnings[0].message).to.contain(src);
      }
      expect(convert('<iframe></iframe>').report.warnings[0].message).to.contain('without src');
    });

    it('converts only the iframe of a wrapper that holds more', () => {
      const { root } = run(
        '<div class="iframe-wrapper"><iframe title="V" src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe><p>Caption</p></div>',
      );
      expect(root.querySelector('.iframe-wrapper > video-embed + p')).to.exist;
    });
  });

  describe('quotes', () => {
    const quote = '<blockquote>\n<p>“In Smart Nation 1.0, we focused on building up capabilities.”</p>\n</blockquote>';
    const attribution =
      '<p>- PM Lawrence Wong at the <a href="https://www.pmo.gov.sg/launch" target="_blank">launch of Smart Nation 2.0</a>\n</p>';

    it('turns a blockquote and its attribution paragraph into <pull-quote>, links kept', () => {
      const { html, report } = run(`${quote}\n${attribution}`);
      expect(html).to.equal(
        `<pull-quote cite="https://www.pmo.gov.sg/launch">\n<p>“In Smart Nation 1.0, we focused on building up capabilities.”</p>\n<p slot="attribution">- PM Lawrence Wong at the <a href="https://www.pmo.gov.sg/launch" target="_blank">launch of Smart Nation 2.0</a>\n</p></pull-quote>\n`,
      );
      expect(countConverted(report)).to.deep.equal({ 'pull-quote': 1 });
    });

    it('accepts en and em dash attributions and keeps a blockquote cite', () => {
      for (const dash of ['–', '—']) {
        const { root } = run(`<blockquote cite="https://a.example/">Q</blockquote><p>${dash} Someone</p>`);
        expect(root.querySelector('pull-quote')!.getAttribute('cite')).to.equal('https://a.example/');
        expect(root.querySelector('[slot=attribution]')!.textContent).to.equal(`${dash} Someone`);
      }
      expect(
        run(`${quote}<p>- Someone with no link</p>`).root.querySelector('pull-quote')!.hasAttribute('cite'),
      ).to.equal(false);
    });

    it('leaves blockquotes without attribution (callouts, questions, empty) as they are', () => {
      const inputs = [
        '<blockquote><p>Join us as a partner!</p></blockquote><p>Contact us.</p>',
        '<blockquote><p>What do you do?</p></blockquote>',
        '<blockquote>\n<p></p>\n</blockquote><p>- not a quote of anything</p>',
      ];
      for (const input of inputs) {
        const result = convert(input);
        expect(result.html).to.equal(input);
        expect(result.report.blocks[0]).to.include({ kind: 'pull-quote', action: 'kept' });
      }
    });

    it('turns every non-empty blockquote into <pull-quote> with pullQuotes: "all"', () => {
      const { root } = run('<blockquote><p>Callout</p></blockquote><blockquote></blockquote>', { pullQuotes: 'all' });
      expect(root.querySelectorAll('pull-quote').length).to.equal(1);
      expect(root.querySelectorAll('blockquote').length).to.equal(1);
    });

    it("finds the attribution inside the quote: its last paragraph, after the quote's words", () => {
      const input = `<blockquote id="q">\n<p>“We focused on capabilities.”</p>\n${attribution}\n</blockquote><p>Next.</p>`;
      const { html, root, report } = run(input);
      const pullQuote = root.querySelector('pull-quote#q')!;
      expect(pullQuote.getAttribute('cite')).to.equal('https://www.pmo.gov.sg/launch');
      expect(pullQuote.querySelector(':scope > p:not([slot])')!.textContent).to.equal('“We focused on capabilities.”');
      expect(pullQuote.lastElementChild!.getAttribute('slot')).to.equal('attribution');
      expect(pullQuote.nextElementSibling!.textContent).to.equal('Next.');
      expect(countConverted(report)).to.deep.equal({ 'pull-quote': 1 });
      expect(lostContent(input, html)).to.deep.equal([]);
      expect(convert(html).html, 'converted twice').to.equal(html);
    });

    it('takes no attribution from a quote of only a dash paragraph, nor from a dash before the end', () => {
      const inputs = [
        '<blockquote><p>- Someone</p></blockquote>',
        '<blockquote><p>- A list</p><p>Of things</p></blockquote>',
      ];
      for (const input of inputs) expect(convert(input).html).to.equal(input);
    });

    it('makes the other blockquotes callouts with blockquotes: "callout", a first heading their title', () => {
      const input =
        '<blockquote lang="ms" id="n"><h3>Note</h3><p>Apply by <a href="/apply">1 May</a>.</p></blockquote><blockquote><p>Join us.</p></blockquote>';
      const { html, root, report } = run(input, { blockquotes: 'callout' });
      const [first, second] = Array.from(root.querySelectorAll('isomer-callout'));
      expect(first.getAttribute('lang')).to.equal('ms');
      expect(first.id).to.equal('n');
      expect(first.querySelector('h3')!.slot).to.equal('title');
      expect(second.innerHTML).to.equal('<p>Join us.</p>');
      expect(countConverted(report)).to.deep.equal({ 'isomer-callout': 2 });
      expect(report.blocks.map((block) => block.kind)).to.deep.equal(['isomer-callout', 'isomer-callout']);
      expect(lostContent(input, html)).to.deep.equal([]);
      expect(convert(html, { blockquotes: 'callout' }).html, 'converted twice').to.equal(html);
      expect(convert(input).html, 'by default').to.equal(input);
    });

    it('keeps quotes, embeds, empty blockquotes and a lone heading as they are with blockquotes: "callout"', () => {
      const { root, report } = run(`${quote}${attribution}<blockquote><h3>Only a heading</h3></blockquote>`, {
        blockquotes: 'callout',
      });
      expect(root.querySelector('pull-quote')).to.exist;
      expect(root.querySelector('isomer-callout h3')!.hasAttribute('slot')).to.equal(false);
      expect(countConverted(report)).to.deep.equal({ 'pull-quote': 1, 'isomer-callout': 1 });
      const kept = [
        '<blockquote cite="https://a.example/"><p>A quotation</p></blockquote>',
        '<blockquote class="twitter-tweet"><p>A post</p></blockquote>',
        '<blockquote>\n<p></p>\n</blockquote>',
        '<blockquote class="instagram-media"><p>A post</p></blockquote>',
      ];
      for (const input of kept) {
        const result = convert(input, { blockquotes: 'callout' });
        expect(result.html).to.equal(input);
        expect(result.report.blocks).to.have.length(1);
        expect(result.report.blocks[0].action).to.equal('kept');
      }
    });

    it('keeps a javascript: link inside a callout as the author wrote it (the converter is no sanitizer)', () => {
      const input = '<blockquote><p><a href="javascript:alert(1)">Run</a></p></blockquote>';
      const { root } = run(input, { blockquotes: 'callout' });
      expect(root.querySelector('isomer-callout a')!.getAttribute('href')).to.equal('javascript:alert(1)');
    });

    it('keeps an Instagram embed whose permalink is no post (/p/x/) and its script untouched, and reports them', () => {
      const input =
        '<div class="instagram-wrapper"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><p>- A post</p></blockquote><p>- not attribution</p><script async="" src="//www.instagram.com/embed.js"></script></div>';
      const result = convert(input);
      expect(result.html).to.equal(input);
      expect(codes(result)).to.deep.equal(['instagram', 'passed-through']);
      expect(result.report.passedThrough).to.deep.equal({ script: 1 });
    });
  });

  describe('table of contents', () => {
    const list = (...items: string[]) =>
      `<ul data-tight="true" class="tight">${items.map((item) => `<li>\n<p>${item}</p>\n</li>`).join('\n')}</ul>`;

    it('turns a list repeating the section headings into <article-toc> linking to them', () => {
      const { root, report } = run(
        `${list('What is it?', 'Why now?', 'Not a heading')}<h3>What is it?</h3><p>x</p><h3 id="why">Why   now?</h3>`,
      );
      const toc = root.querySelector('article-toc')!;
      expect(toc.getAttribute('levels')).to.equal('3-3');
      const links = [...toc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
      expect(links).to.deep.equal([
        ['#what-is-it', 'What is it?'],
        ['#why', 'Why now?'],
      ]);
      expect(root.querySelector('h3')!.id).to.equal('what-is-it');
      // An item without a heading is kept as text, in a span that takes a link's box in the list.
      expect(toc.querySelector('ul.tight li:last-child > span')!.textContent).to.equal('Not a heading');
      expect(codes({ html: '', report })).to.deep.equal(['unmatched-toc-item']);
    });

    it('leaves lists that are not contents lists alone', () => {
      const inputs = [
        `${list('One thing', 'Another thing')}<h2>Something else</h2>`,
        `${list('Only one')}<h2>Only one</h2>`,
        `${list('A', 'B', 'C', 'D', 'E')}<h2>A</h2><h2>B</h2>`,
        `<ul><li><a href="#a">A</a></li><li>B</li></ul><h2>A</h2><h2>B</h2>`,
        `<ol><li>A</li>text<li>B</li></ol><h2>A</h2><h2>B</h2>`,
      ];
      for (const input of inputs) expect(convert(input).html).to.equal(input);
    });

    it('makes unique ids that keep non-Latin letters', () => {
      const taken = new Set(['faq-section']);
      expect(slug('FAQ', taken)).to.equal('faq-section-2');
      expect(slug('常见问题', taken)).to.equal('常见问题-section');
      expect(slug('அடிக்கடி கேட்கப்படும்', taken)).to.equal('அடிக்கடி-கேட்கப்படும்');
      expect(slug('!!!', taken)).to.equal('section-section');
      const { root } = run(
        `<ol><li>常见问题</li><li>Soalan Lazim</li></ol><h2 id="x"></h2><h2>常见问题</h2><h2>Soalan Lazim</h2>`,
      );
      expect([...root.querySelectorAll('article-toc a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '#常见问题-section',
        '#soalan-lazim',
      ]);
    });

    it('gives no heading an id a script could name as a global, and keeps the ids the author wrote (issue 19, L4)', () => {
      const { root } = run(
        `${list('Config', 'Analytics', 'Contact')}<h2>Config</h2><h2>Analytics</h2><h2 id="contact">Contact</h2>`,
      );
      expect([...root.querySelectorAll('h2')].map((heading) => heading.id)).to.deep.equal([
        'config-section',
        'analytics-section',
        'contact',
      ]);
      expect([...root.querySelectorAll('article-toc a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '#config-section',
        '#analytics-section',
        '#contact',
      ]);
    });
  });

  describe('accordions', () => {
    const details =
      '<details class="isomer-details"><summary>Q</summary><div data-type="detailsContent" class="isomer-details-content"><p>A</p></div></details>';

    it('wraps a detail group in <isomer-accordion>, keeping the same details and its variant', () => {
      const { html } = run(
        `<div data-type="detailGroup" class="isomer-accordion isomer-accordion-white">\n${details}\n</div>`,
      );
      expect(html).to.equal(`<isomer-accordion variant="white">\n${details}\n</isomer-accordion>`);
      expect(
        run(
          `<div data-type="detailGroup" class="isomer-accordion-group isomer-accordion isomer-accordion-gray" id="g">${details}</div>`,
        ).root.querySelector('isomer-accordion')!.outerHTML,
      ).to.equal(`<isomer-accordion id="g" variant="gray">${details}</isomer-accordion>`);
      expect(
        run(`<div data-type="detailGroup" class="isomer-accordion">${details}</div>`)
          .root.querySelector('isomer-accordion')!
          .hasAttribute('variant'),
      ).to.equal(false);
    });

    it('leaves bare <details> and other divs alone', () => {
      for (const input of [
        details,
        `<div class="isomer-accordion">${details}</div>`,
        `<div data-type="detailGroup">${details}</div>`,
      ]) {
        expect(convert(input).html).to.equal(input);
      }
    });
  });

  describe('heading levels', () => {
    it('shifts every heading so the highest is headingBase, keeping attributes and content', () => {
      const input = '<h3 id="a">A <em>b</em></h3><p>x</p><h4>C</h4><blockquote><h3>D</h3></blockquote>';
      const { html, report } = convert(input, { headingBase: 2 });
      expect(html).to.equal('<h2 id="a">A <em>b</em></h2><p>x</p><h3>C</h3><blockquote><h2>D</h2></blockquote>');
      expect(report.blocks[0]).to.deep.equal({
        kind: 'headings',
        action: 'converted',
        message: '3 headings shifted by -1, the highest now h2',
      });
      expect(convert(html, { headingBase: 2 }).html).to.equal(html);
    });

    it('shifts down and clamps to h6; cards follow the shifted levels', () => {
      const { root } = run(`<h1>T</h1><h5>Deep</h5><h6>Deeper</h6><div class="isomer-card-grid">${card('C')}</div>`, {
        headingBase: 2,
      });
      expect([...root.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.localName)).to.deep.equal([
        'h2',
        'h6',
        'h6',
      ]);
      expect(root.querySelector('goal-card')!.getAttribute('heading-level')).to.equal('6');
      expect(convert('<p>No headings</p>', { headingBase: 2 }).report.blocks).to.deep.equal([]);
      expect(convert('<h2>Already</h2>', { headingBase: 2 }).html).to.equal('<h2>Already</h2>');
    });
  });

  describe('everything else', () => {
    // Linked images became <isomer-image> in issue 13 (src/isomer-image/convert.test.ts).
    it('passes unknown markup, empty paragraphs and Markdown leftovers through unchanged', () => {
      const inputs = [
        '<p></p>\n<p></p>\n<p>&nbsp;</p>\n<p></p>',
        '### **“Tear down” the token!**\n\n![img](/images/a.png)\n[link](https://x.example)\n---\n.',
        '<svg><a href="/svg-link"><text>svg</text></a></svg><math><mi>x</mi></math>',
        '<custom-thing foo="bar"><!-- note --></custom-thing><template><div class="isomer-card-grid"></div></template>',
        '',
      ];
      for (const input of inputs) expect(convert(input).html).to.equal(convert(convert(input).html).html);
      for (const input of inputs.slice(1)) {
        const { html, report } = convert(input);
        expect(report.blocks).to.deep.equal([]);
        expect(lostContent(input, html)).to.deep.equal([]);
      }
      expect(convert(inputs[0]).html).to.equal(inputs[0]);
    });

    it('reports the site settings it finds in the content, which the elements ignore, and keeps them (issue 19)', () => {
      const meta = '<meta name="isomer-blocks:iframe-hosts" content="*.com">';
      const { html, report } = convert(`<p>Text</p>${meta}<div>${meta.replace('iframe', 'IFRAME')}</div>`);
      expect(html).to.equal(`<p>Text</p>${meta}<div>${meta.replace('iframe', 'IFRAME')}</div>`);
      expect(report.warnings).to.deep.equal([
        {
          code: 'site-setting-in-content',
          message:
            '<meta name="isomer-blocks:iframe-hosts"> in the content is ignored (kept as written): site settings count in <head> only.',
        },
        {
          code: 'site-setting-in-content',
          message:
            '<meta name="isomer-blocks:IFRAME-hosts"> in the content is ignored (kept as written): site settings count in <head> only.',
        },
      ]);
      const page = `<!doctype html><html><head>${meta}</head><body><p>Text</p></body></html>`;
      expect(convert(page).report.warnings).to.deep.equal([]);
    });

    it('never throws, whatever it is given', () => {
      expect(convert(undefined as unknown as string).html).to.equal('');
      expect(convert(42 as unknown as string).html).to.equal('42');
    });
  });

  describe('Markdown bodies (issue 16)', () => {
    const page =
      '# Smart Nation 2.0\n\nSome **bold**, [a link](https://www.tech.gov.sg) and ![A chart](/images/c.png)\n\n## What\'s new?\n\n<div class="iframe-wrapper"><iframe title="Launch" src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe></div>\n\n## What\'s new?\n';

    it('renders a Markdown body first (format markdown or auto), with kramdown heading ids, and reports it', () => {
      for (const format of ['markdown', 'auto'] as const) {
        const { root, html, report } = run(page, { format });
        expect([...root.querySelectorAll('h1, h2')].map((h) => h.id)).to.deep.equal([
          'smart-nation-20',
          'whats-new',
          'whats-new-1',
        ]);
        expect(root.querySelector('strong')!.textContent).to.equal('bold');
        expect(root.querySelector('a[href="https://www.tech.gov.sg"]')!.textContent).to.equal('a link');
        expect(root.querySelector('img')!.getAttribute('alt')).to.equal('A chart');
        expect(root.querySelector('video-embed')!.getAttribute('label')).to.equal('Launch');
        expect(html).not.to.match(/\*\*|!\[|^#/m);
        expect(report.blocks[0]).to.include({ kind: 'markdown-body', action: 'converted' });
        expect(convert(html, { format }).html, `${format}, converted twice`).to.equal(html);
      }
    });

    it('leaves HTML bodies alone in every format, and warns about Markdown leftovers in them', () => {
      const tiptap = '<p>Intro</p><p>**Opening Address**</p><p>![logo](/images/logo.png)</p>';
      for (const format of ['html', 'markdown', 'auto'] as const) {
        const { html, report } = convert(tiptap, { format });
        expect(html).to.equal(tiptap);
        expect(codes({ html, report })).to.deep.equal(['markdown-leftover']);
        expect(report.warnings[0].message).to.contain('2 pieces of Markdown');
      }
      expect(convert(page).html).to.contain('# Smart Nation 2.0');
      expect(codes(convert(page))).to.include('markdown-leftover');
      expect(codes(convert('<p>Plain <code>**code**</code></p>'))).to.deep.equal([]);
    });

    // D19: the seed's "optimal ways</a>to improve" reads "ways (opens in a new tab)to improve".
    it('warns about a new-tab link glued to the next word, not about Chinese, spaced or same-tab links', () => {
      const glued = convert('<p>optimal <a href="/x" target="_blank">ways</a>to improve</p>');
      expect(codes(glued)).to.deep.equal(['glued-link']);
      expect(glued.report.warnings[0].message).to.contain('“ways|to”');
      for (const fine of [
        '<p><a href="/x" target="_blank">ways</a> to</p>',
        '<p lang="zh"><a href="/x" target="_blank">链接</a>文字</p>',
        '<p><a href="/x">ways</a>to</p>',
        '<p><a href="/x" target="_blank">ways</a>, to</p>',
      ])
        expect(codes(convert(fine)), fine).to.deep.equal([]);
    });

    it('reads the frontmatter variant', async () => {
      const { formatOfVariant, kramdownId } = await import('../src/convert/index.js');
      expect([
        formatOfVariant('markdown'),
        formatOfVariant(' Markdown '),
        formatOfVariant(undefined),
        formatOfVariant('tiptap'),
      ]).to.deep.equal(['markdown', 'markdown', 'auto', 'html']);
      const used = new Map<string, number>();
      expect(
        ['3 key goals of Smart Nation 2.0', 'FAQ', 'FAQ', '智慧国 2.0', '!!!'].map((text) => kramdownId(text, used)),
      ).to.deep.equal(['3-key-goals-of-smart-nation-20', 'faq', 'faq-1', '智慧国-20', 'section']);
    });

    it("keeps kramdown's ids even where a script could name one as a global: links into the page name them (issue 19, L4)", () => {
      const { root } = run('- Config\n- Next\n\n## Config\n\n## Next\n', { format: 'markdown' });
      expect([...root.querySelectorAll('h2')].map((heading) => heading.id)).to.deep.equal(['config', 'next']);
      expect([...root.querySelectorAll('article-toc a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '#config',
        '#next',
      ]);
    });
  });

  describe('whole documents (issue 16)', () => {
    const doc =
      '<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>页面</title>\n</head>\n<body>\n<h2>视频</h2>\n<iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe>\n</body>\n</html>\n';

    it('parses a document as one and writes it back as one, its body converted in its language', () => {
      const { html, report } = convert(doc);
      // Outside the body, every byte is kept.
      expect(html).to.match(
        /^<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>页面<\/title>\n<\/head>\n<body>\n<h2>视频<\/h2>\n<video-embed /,
      );
      expect(html).to.contain('在 YouTube 上观看“视频”');
      expect(html).to.match(/<\/video-embed>\n<\/body>\n<\/html>\n$/);
      // Without <body> tags of its own, a document is written as parse5 writes it, which has them.
      const implied = convert(
        '<html lang="ms"><title>T</title><iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe>',
      );
      expect(implied.html).to.match(
        /^<html lang="ms"><head><title>T<\/title><\/head><body><video-embed [^>]+><a href="[^"]+">Tonton/,
      );
      expect(convert(implied.html).html).to.equal(implied.html);
      expect(report.blocks.map((block) => block.kind)).to.deep.equal(['video-embed']);
      expect(convert(html).html).to.equal(html);
      expect(lostContent(doc.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''), html)).to.deep.equal([]);
    });

    it('tells documents from fragments', async () => {
      const { isDocument } = await import('../src/convert/index.js');
      expect(['<!DOCTYPE html><p>x', '  <!-- c -->\n<html lang="en">', '<HTML>'].map(isDocument)).to.deep.equal([
        true,
        true,
        true,
      ]);
      expect(['<p>x</p>', '<html-thing>', 'text <html>', '<!-- <html> -->'].map(isDocument)).to.deep.equal([
        false,
        false,
        false,
        false,
      ]);
    });
  });

  describe('levels blocks carry (issue 16)', () => {
    it('shifts goal-card heading-level and article-toc levels with the headings: one step or two give the same page', () => {
      const source = `<ul class="tight"><li>Goals</li><li>More</li></ul><h3>Goals</h3><div class="isomer-card-grid">${card('Trust')}</div><h3>More</h3><h4>Detail</h4>`;
      const oneStep = convert(source, { headingBase: 2 });
      const firstStep = convert(source);
      expect(firstStep.html).to.contain('heading-level="4"').and.to.contain('levels="3-3"');
      const twoSteps = convert(firstStep.html, { headingBase: 2 });
      expect(twoSteps.html).to.equal(oneStep.html);
      expect(oneStep.html).to.contain('heading-level="3"').and.to.contain('levels="2-2"');
      expect(twoSteps.report.blocks[0].message).to.equal(
        '3 headings shifted by -1 (and the levels of 2 blocks), the highest now h2',
      );
      expect(convert('<article-toc levels="3"><ul></ul></article-toc><h3>A</h3>', { headingBase: 2 }).html).to.contain(
        'levels="2"',
      );
    });
  });

  describe('embed names and what embeds keep (issue 16)', () => {
    const yt = (id: string, extra = '') =>
      `<div class="bp-youtube"><iframe${extra} src="https://www.youtube.com/embed/${id}"></iframe></div>`;

    it('names a video after the bold label before it (past a describing paragraph), not the heading above', () => {
      const { root } = run(
        `<h3>3rd Prize</h3><p><strong>Team Alpha</strong></p><p>They built a long description of their entry that is not a label.</p>${yt('Wg5qjUDQHgU')}<p><b>Team Beta</b></p>${yt('3KVb3pRy_3E')}`,
      );
      expect([...root.querySelectorAll('video-embed')].map((v) => v.getAttribute('label'))).to.deep.equal([
        'Team Alpha',
        'Team Beta',
      ]);
    });

    it('names an embed in <details> after its <summary>, and a **bold** line nobody rendered', () => {
      const chart = (n: number) =>
        `<details><summary>Chart ${n}</summary><iframe src="https://data.gov.sg/datasets/d_${n}/view"></iframe></details>`;
      const { root } = run(
        `<h3>Charts</h3>${chart(1)}${chart(2)}\n<br>\n**Opening Address**\n<br>\n${yt('Wg5qjUDQHgU')}`,
      );
      expect([...root.querySelectorAll('iframe-embed, video-embed')].map((e) => e.getAttribute('label'))).to.deep.equal(
        ['Chart 1', 'Chart 2', 'Opening Address'],
      );
    });

    it('never gives two embeds of a page the same name, also against embeds converted before', () => {
      const { html, root } = run(
        `<h2>Singpass</h2>${yt('Wg5qjUDQHgU')}${yt('Wg5qjUDQHgU')}${yt('3KVb3pRy_3E', ' title="YouTube video player"')}`,
      );
      expect([...root.querySelectorAll('video-embed')].map((v) => v.getAttribute('label'))).to.deep.equal([
        'Singpass',
        'Singpass (2)',
        'Singpass (3)',
      ]);
      const more = run(`${html}<h2>Singpass</h2>${yt('rUZf1ZcB0NY')}`);
      expect(more.root.querySelectorAll('video-embed')[3].getAttribute('label')).to.equal('Singpass (4)');
      const untitled = run(`${yt('Wg5qjUDQHgU')}${yt('3KVb3pRy_3E')}`);
      expect([...untitled.root.querySelectorAll('video-embed')].map((v) => v.getAttribute('label'))).to.deep.equal([
        'YouTube video',
        'YouTube video (2)',
      ]);
    });

    it('writes its own words in the page language, English marked lang="en" in other languages', () => {
      const video = yt('Wg5qjUDQHgU');
      const words = (lang: string) => {
        const element = run(video, { lang }).root.querySelector('video-embed')!;
        return [
          element.getAttribute('label'),
          element.querySelector('a')!.textContent,
          element.querySelector('a')!.getAttribute('lang'),
        ];
      };
      expect(words('en')).to.deep.equal(['YouTube video', 'Watch “YouTube video” on YouTube', null]);
      expect(words('zh-SG')).to.deep.equal(['YouTube 视频', '在 YouTube 上观看“YouTube 视频”', null]);
      expect(words('ms')).to.deep.equal(['Video YouTube', 'Tonton “Video YouTube” di YouTube', null]);
      expect(words('ta')[1]).to.contain('YouTube');
      expect(words('fr')).to.deep.equal(['YouTube video', 'Watch “YouTube video” on YouTube', 'en']);
      expect(
        run('<iframe src="https://form.gov.sg/6123abc"></iframe>', { lang: 'ms' })
          .root.querySelector('iframe-embed')!
          .getAttribute('label'),
      ).to.equal('Kandungan terbenam daripada form.gov.sg');
    });

    it('keeps the iframe id, the player parameters in src, the fallback text; unwraps the padding-bottom wrapper', () => {
      const src =
        'https://www.youtube.com/embed/Wg5qjUDQHgU?start=30&rel=0&controls=0&cc_lang_pref=zh&cc_load_policy=1';
      const input = `<div style="position:relative; padding-bottom:56.25%; height:0"><iframe id="launch" title="Launch" src="${src}">Loading…</iframe></div><p>After</p>`;
      const { root, html } = run(input);
      const video = root.querySelector('video-embed')!;
      expect(root.firstElementChild).to.equal(video);
      expect([video.id, video.getAttribute('src'), video.getAttribute('start')]).to.deep.equal(['launch', src, '30']);
      expect(video.textContent).to.equal('Watch “Launch” on YouTube Loading…');
      expect(convert(html).html).to.equal(html);
      const form = run(
        '<div class="iframe-wrapper"><iframe id="iframe" title="Feedback" src="https://form.gov.sg/6123abc">Loading…</iframe></div>',
      ).root.querySelector('iframe-embed')!;
      expect([form.id, form.textContent]).to.deep.equal(['iframe', 'Feedback Loading…']);
      // Named by label: the global title would be a tooltip over the whole block (D12).
      expect([video, form].map((embed) => [embed.getAttribute('label'), embed.hasAttribute('title')])).to.deep.equal([
        ['Launch', false],
        ['Feedback', false],
      ]);
      const kept = '<div style="padding-bottom:56.25%"><iframe src="https://evil.example/x"></iframe></div>';
      expect(convert(kept).html).to.equal(kept);
    });

    it('keeps the rel and target of a clickable card', () => {
      const grid =
        '<div class="isomer-card-grid"><a class="isomer-card" href="https://x.gov.sg" target="_blank" rel="noopener noreferrer"><div class="isomer-card-title">X</div></a></div>';
      const link = run(grid).root.querySelector('goal-card > a')!;
      expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).to.deep.equal([
        'https://x.gov.sg',
        '_blank',
        'noopener noreferrer',
      ]);
    });
  });

  describe('frontmatter', () => {
    it('splits YAML frontmatter from the body', () => {
      expect(splitFrontmatter('---\ntitle: A\n---\n<p>B</p>')).to.deep.equal({
        frontmatter: 'title: A',
        body: '<p>B</p>',
      });
      expect(splitFrontmatter('\uFEFF---\n---\n')).to.deep.equal({ frontmatter: '', body: '' });
      expect(splitFrontmatter('<p>No frontmatter</p>')).to.deep.equal({
        frontmatter: null,
        body: '<p>No frontmatter</p>',
      });
      expect(splitFrontmatter('---\ntitle: unclosed\n<p>B</p>')).to.deep.equal({
        frontmatter: null,
        body: '---\ntitle: unclosed\n<p>B</p>',
      });
    });
  });
});
