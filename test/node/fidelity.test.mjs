// Issue 16 over the whole corpus, from the build (npm run build first): converting any output again
// gives it back byte for byte (.md, fragments and documents, with and without --page/--ssr), two-step
// conversion gives the one-step page, nothing is lost for --page and --page --ssr, and no two embeds
// of a page share a name. Plus the small synthetic reproducers of the CLI parts.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { transform } from 'esbuild';
import { main } from '../../dist/cli/main.js';
import { splitFrontmatter } from '../../dist/convert/index.js';
import { corpusDir, corpusPages } from '../support/corpus.mjs';

/** The nothing-lost helper of the browser tests (TypeScript), compiled for Node. */
async function nothingLost() {
  const source = readFileSync(new URL('../support/nothing-lost.ts', import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const patched = code
    .replace(/(["'])\.\.\/\.\.\/src\/([\w/-]+\.js)\1/g, (_, quote, path) =>
      JSON.stringify(new URL(`../../dist/${path}`, import.meta.url).href),
    )
    .replace(/(["'])parse5\1/, JSON.stringify(import.meta.resolve('parse5')));
  return import(`data:text/javascript,${encodeURIComponent(patched)}`);
}

async function run(args, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t) => (stdout += t) },
    stderr: { write: (t) => (stderr += t), isTTY: false },
    readStdin: async () => stdin,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

/** Every converted file under `dir` (the copied assets aside), by path relative to it. */
function files(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .filter((file) => /\.(md|html)$/.test(file) && !/(^|\/)README\.(md|html)$/.test(file))
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );
}

describe('fidelity over the corpus (issue 16)', () => {
  let dir;
  let lostContent;
  const pages = corpusPages();
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isomer-blocks-fidelity-'));
    ({ lostContent } = await nothingLost());
    // The same pages as HTML fragments (frontmatter stripped).
    mkdirSync(join(dir, 'fragments'));
    for (const page of pages)
      writeFileSync(
        join(dir, 'fragments', page.replace(/[\\/]/g, '_').replace(/\.md$/, '.html')),
        splitFrontmatter(readFileSync(join(corpusDir, page), 'utf8')).body,
      );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const forms = [
    ['.md', []],
    ['.md --ssr', ['--ssr']],
    ['--page', ['--page']],
    ['--page --ssr', ['--page', '--ssr']],
    ['fragments', [], 'fragments'],
    ['fragments --ssr', ['--ssr'], 'fragments'],
    ['fragments --page', ['--page'], 'fragments'],
  ];
  for (const [name, flags, input] of forms) {
    it(`converting the output again gives it back byte for byte: ${name}`, async () => {
      const first = join(dir, `${name.replace(/\W+/g, '-')}-1`);
      const second = join(dir, `${name.replace(/\W+/g, '-')}-2`);
      assert.equal((await run(['convert', input ? join(dir, input) : corpusDir, '--out', first, ...flags])).status, 0);
      assert.equal((await run(['convert', first, '--out', second, ...flags])).status, 0);
      const once = files(first);
      const twice = files(second);
      assert.equal(Object.keys(once).length, pages.length);
      for (const [file, text] of Object.entries(once)) assert.equal(twice[file], text, `${name}: ${file}`);
    });
  }

  it('gives the one-step page in two steps (convert --out, then --page on the result), with and without --ssr', async () => {
    for (const flags of [[], ['--ssr']]) {
      const step1 = join(dir, `two-step-1${flags.join('')}`);
      const step2 = join(dir, `two-step-2${flags.join('')}`);
      const oneStep = join(dir, `one-step${flags.join('')}`);
      assert.equal((await run(['convert', corpusDir, '--out', step1, ...flags])).status, 0);
      assert.equal((await run(['convert', step1, '--out', step2, '--page', ...flags])).status, 0);
      assert.equal((await run(['convert', corpusDir, '--out', oneStep, '--page', ...flags])).status, 0);
      const expected = files(oneStep);
      for (const [file, text] of Object.entries(files(step2)))
        assert.equal(text, expected[file], `${flags.join(' ')} ${file}`);
    }
  });

  it('loses nothing with --page and --page --ssr, and names no two embeds of a page alike', async () => {
    for (const flags of [['--page'], ['--page', '--ssr']]) {
      const out = join(dir, `lost${flags.join('')}`);
      assert.equal((await run(['convert', corpusDir, '--out', out, ...flags])).status, 0);
      for (const page of pages) {
        const input = splitFrontmatter(readFileSync(join(corpusDir, page), 'utf8')).body;
        const output = readFileSync(join(out, page.replace(/\.md$/, '.html')), 'utf8');
        assert.deepEqual(lostContent(input, output), [], `${flags.join(' ')} ${page}`);
        const names = [...output.matchAll(/<(?:video|iframe)-embed\b[^>]*?\slabel="([^"]*)"/g)].map(
          (match) => match[1],
        );
        assert.equal(new Set(names).size, names.length, `${page}: ${names.join(' | ')}`);
      }
    }
  });

  it('keeps every clickable card a real link without JavaScript, with --page and --page --ssr', async () => {
    const clickable = (html) =>
      [...html.matchAll(/<a\b[^>]*>/g)].filter(([tag]) => /\bclass="isomer-card"/.test(tag) && /\shref=/.test(tag))
        .length;
    const titleLinks = (html) => html.match(/<a slot="title" href=/g)?.length ?? 0;
    let cards = 0;
    for (const flags of [['--page'], ['--page', '--ssr']]) {
      const out = join(dir, `links${flags.join('')}`);
      assert.equal((await run(['convert', corpusDir, '--out', out, ...flags])).status, 0);
      cards = 0;
      for (const page of pages) {
        const input = readFileSync(join(corpusDir, page), 'utf8');
        const output = readFileSync(join(out, page.replace(/\.md$/, '.html')), 'utf8');
        cards += clickable(input);
        assert.equal(titleLinks(output), clickable(input), `${flags.join(' ')} ${page}`);
        assert.doesNotMatch(output, /<goal-card[^>]*\shref=/, 'no href on the element');
      }
    }
    assert.equal(cards, 52, 'the corpus has 52 clickable cards (3 of them mailto:)');
  });
});

describe('isomer-blocks convert: the reproducers of issue 16', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'isomer-blocks-issue16-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('renders a variant: markdown page (and one without a variant) and reports markdown-body', async () => {
    const body =
      '## Our **goals**\n\nRead [the plan](https://www.smartnation.gov.sg/) and see ![the chart](/images/chart.png).\n';
    for (const frontmatter of ['title: M\nvariant: markdown', 'title: M']) {
      const file = write('markdown.md', `---\n${frontmatter}\n---\n${body}`);
      const { status, stdout, stderr } = await run(['convert', file, '--report', 'json']);
      assert.equal(status, 0);
      assert.match(stdout, /<h2 id="our-goals">Our <strong>goals<\/strong><\/h2>/);
      assert.match(stdout, /<a href="https:\/\/www.smartnation.gov.sg\/">the plan<\/a>/);
      assert.match(stdout, /<img src="\/images\/chart.png" alt="the chart">/);
      assert.deepEqual(JSON.parse(stderr)[0].warnings, []);
      const again = await run(['convert', write('again.md', stdout)]);
      assert.equal(again.stdout, stdout, 'converted twice');
    }
    const tiptap = write('tiptap.md', `---\nvariant: tiptap\n---\n<p>**Opening Address**</p>`);
    const { stdout, stderr } = await run(['convert', tiptap, '--report', 'json']);
    assert.match(stdout, /<p>\*\*Opening Address\*\*<\/p>/);
    assert.deepEqual(
      JSON.parse(stderr)[0].warnings.map((w) => w.code),
      ['markdown-leftover'],
    );
  });

  it('keeps an HTML document a document, and --page does not wrap it again', async () => {
    const doc = write(
      'doc.html',
      '<!doctype html>\n<html lang="ms">\n<head><title>Dokumen</title></head>\n<body>\n<h1>Dokumen</h1>\n<iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe>\n</body>\n</html>\n',
    );
    for (const flags of [[], ['--page'], ['--page', '--ssr']]) {
      const { status, stdout } = await run(['convert', doc, ...flags]);
      assert.equal(status, 0);
      assert.match(
        stdout,
        /^<!doctype html>\n<html lang="ms">\n<head><title>Dokumen<\/title><\/head>\n<body>\n<h1>Dokumen<\/h1>\n(?:<!--lit-part [^>]*-->)?<video-embed /,
        flags.join(' '),
      );
      assert.equal(stdout.match(/<html/g).length, 1, 'one document');
      assert.match(stdout, /Tonton “Dokumen” di YouTube/);
      assert.match(stdout, /<\/body>\n<\/html>\n$/);
    }
  });

  it('shifts card heading-level and article-toc levels in two steps as in one', async () => {
    const page = write(
      'levels.md',
      '---\ntitle: L\nvariant: tiptap\n---\n<ul class="tight"><li>Goals</li><li>Next</li></ul><h3>Goals</h3><div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-title">Trust</div></div></div><h3>Next</h3>',
    );
    const converted = join(dir, 'converted');
    await run(['convert', page, '--out', converted]);
    const twoStep = await run(['convert', join(converted, 'levels.md'), '--page', '--assets', '/a/']);
    const oneStep = await run(['convert', page, '--page', '--assets', '/a/']);
    assert.equal(twoStep.stdout, oneStep.stdout);
    assert.match(oneStep.stdout, /<article-toc levels="2-2">/);
    assert.match(oneStep.stdout, /<goal-card heading-level="3">/);
    assert.match(oneStep.stdout, /<h2 id="goals-section">Goals<\/h2>/);
  });

  it('makes --page a real page: measure, description as meta only, absolute og:image, local assets, CDN with integrity', async () => {
    const page = write(
      'real.md',
      '---\ntitle: Real\ndescription: A page that says what it is about.\nimage: /images/og.png\n---\n<p>Body with <a href="https://x.gov.sg" target="_blank">ways</a>to improve</p>',
    );
    const out = join(dir, 'site');
    const local = await run(['convert', page, '--page', '--out', join(out, 'nested'), '--report', 'json']);
    assert.equal(local.status, 0);
    const html = readFileSync(join(out, 'nested', 'real.html'), 'utf8');
    assert.equal(
      html.match(/A page that says what it is about\./g).length,
      2,
      'in the description and og:description meta only',
    );
    assert.doesNotMatch(html, /<p>A page that says/);
    assert.match(html, /<style>main\{[^<]*max-inline-size:calc\(70ch \+ 2rem\)/);
    assert.match(html, /<link rel="stylesheet" href="isomer-blocks\/preflight.css">/);
    assert.match(html, /<script type="module" src="isomer-blocks\/isomer-blocks.js"><\/script>/);
    for (const file of ['preflight.css', 'prose.css', 'isomer-blocks.js', 'isomer-blocks-ssr.js'])
      assert.ok(existsSync(join(out, 'nested', 'isomer-blocks', file)), file);
    assert.doesNotMatch(html, /og:image/, 'a relative image is no og:image');
    assert.deepEqual(
      JSON.parse(local.stdout)[0].warnings.map((w) => w.code),
      ['glued-link', 'og-image'],
    );
    // A directory: pages below the top link the copied assets relatively.
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'a', 'b'), { recursive: true });
    cpSync(page, join(tree, 'a', 'b', 'deep.md'));
    await run(['convert', tree, '--page', '--out', join(dir, 'tree-out')]);
    assert.match(
      readFileSync(join(dir, 'tree-out', 'a', 'b', 'deep.html'), 'utf8'),
      /href="\.\.\/\.\.\/isomer-blocks\/prose.css"/,
    );

    const site = await run(['convert', page, '--page', '--site-url', 'https://www.tech.gov.sg', '--assets', '/assets']);
    assert.match(site.stdout, /<meta property="og:image" content="https:\/\/www.tech.gov.sg\/images\/og.png">/);
    assert.match(site.stdout, /href="\/assets\/prose.css"/);
    const cdn = await run(['convert', page, '--page', '--cdn', '--site-url', 'https://www.tech.gov.sg/']);
    assert.match(
      cdn.stdout,
      /<link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/isomer-blocks@[^/]+\/dist\/cdn\/prose.css" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous">/,
    );
    assert.match(
      cdn.stdout,
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/isomer-blocks@[^/]+\/dist\/cdn\/isomer-blocks.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/,
    );
    assert.equal((await run(['convert', page, '--page', '--cdn', '--assets', '/x'])).status, 2);
    const stdout = await run(['convert', page, '--page', '--report', 'json']);
    assert.ok(
      JSON.parse(stdout.stderr)[0].warnings.some((w) => w.code === 'assets'),
      'to stdout, it says where the assets must go',
    );
  });

  describe('clickable cards (issue 16 item 1, accessibility D7–D9)', () => {
    const grid = (cards) => `<h2>Contact</h2><div class="isomer-card-grid">${cards}</div>`;
    const clickable = (attributes, title = 'Have questions? Email us', line = 'info@example.gov.sg') =>
      `<a ${attributes} class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">${title}</div><div class="isomer-card-description">We reply in a day.</div><div class="isomer-card-link">${line}</div></div></a>`;
    const convertOne = async (html, flags = []) => {
      const { status, stdout, stderr } = await run(['convert', write('card.html', html), '--report', 'json', ...flags]);
      assert.equal(status, 0);
      return { html: stdout, warnings: JSON.parse(stderr)[0].warnings };
    };

    it('writes the link as the title, a real <a href> that works without JavaScript, named by title and link line', async () => {
      const { html, warnings } = await convertOne(grid(clickable('href="/contact/" rel="nofollow"')));
      assert.deepEqual(warnings, []);
      assert.match(
        html,
        /<goal-card heading-level="3"><a slot="title" href="\/contact\/" rel="nofollow" id="card-link-1" aria-labelledby="card-link-1 card-link-1-line">Have questions\? Email us<\/a><p>We reply in a day\.<\/p><span slot="link" id="card-link-1-line">info@example\.gov\.sg<\/span><\/goal-card>/,
      );
    });

    for (const href of ['mailto:info@example.gov.sg', 'tel:+6561234567']) {
      it(`keeps a card linking to ${href.split(':')[0]}: (it is a link), also with --ssr`, async () => {
        for (const flags of [[], ['--ssr']]) {
          const { html, warnings } = await convertOne(grid(clickable(`href="${href}"`)), flags);
          assert.deepEqual(warnings, [], flags.join(' '));
          assert.ok(html.includes(`<a slot="title" href="${href}"`), flags.join(' '));
        }
      });
    }

    it('keeps target="_blank" and adds noopener; server-rendered, the card shows one ↗ (D7) and renders no second link', async () => {
      const card = grid(clickable('href="https://www.example.gov.sg/" target="_blank" rel="nofollow"'));
      const { html } = await convertOne(card);
      assert.match(
        html,
        /<a slot="title" href="https:\/\/www\.example\.gov\.sg\/" target="_blank" rel="nofollow noopener"/,
      );
      const { html: ssr } = await convertOne(card, ['--ssr']);
      const shadow = ssr.slice(ssr.indexOf('<goal-card'), ssr.indexOf('</template>', ssr.indexOf('<goal-card')));
      assert.doesNotMatch(shadow.replace(/<style>[\s\S]*?<\/style>/g, ''), /href=|new-tab-icon|↗/);
      assert.equal(ssr.match(/\shref=/g).length, 1, 'one link in the whole card');
    });

    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)']) {
      it(`refuses a card link to ${href.trim().split(':')[0]}: with a warning, and shows the card without a link`, async () => {
        const { html, warnings } = await convertOne(grid(clickable(`href="${href}"`)));
        assert.deepEqual(
          warnings.map((w) => w.code),
          ['unsafe-url'],
        );
        assert.doesNotMatch(html, /href/);
        assert.match(html, /<span slot="title">Have questions\? Email us<\/span>/);
      });
    }

    it('gives each card link its own ids, not taken on the page, and names a card by its title alone when the line repeats it', async () => {
      const { html } = await convertOne(
        `<p id="card-link-1">Taken</p>${grid(clickable('href="/a"') + clickable('href="/b"', 'Same', 'Same') + clickable('href="/c"'))}`,
      );
      assert.deepEqual(
        [...html.matchAll(/<a slot="title"[^>]*>/g)].map((m) => m[0].match(/ id="([^"]*)"/)?.[1] ?? null),
        ['card-link-2', null, 'card-link-3'],
      );
    });

    it('names an untitled clickable card by its address', async () => {
      const { html } = await convertOne(
        grid('<a href="/only" class="isomer-card"><div class="isomer-card-description">Text</div></a>'),
      );
      assert.match(html, /<a slot="title" href="\/only">\/only<\/a>/);
    });
  });

  it('takes the page language from the frontmatter or --lang for its own words', async () => {
    const video = '<iframe src="https://www.youtube.com/embed/Wg5qjUDQHgU"></iframe>';
    assert.match(
      (await run(['convert', write('zh.md', `---\nlang: zh\n---\n${video}`)])).stdout,
      /在 YouTube 上观看“YouTube 视频”/,
    );
    assert.match((await run(['convert', write('plain.html', video), '--lang', 'ta'])).stdout, /YouTube காணொளி/);
  });
});
