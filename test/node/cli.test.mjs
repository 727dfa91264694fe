// The `isomer-blocks` command, run from the build (npm run build first): files, directories, stdin,
// standalone pages, server rendering, reports and exit statuses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../dist/cli/main.js';
import { corpusDir, corpusPath } from '../support/corpus.mjs';

const bin = new URL('../../bin/isomer-blocks.mjs', import.meta.url).pathname;
const seed = corpusPath('seed-smart-nation-2.md');

/** Runs main() with captured output; `stdin` is what standard input holds. */
async function run(args, { stdin = '', tty = false } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text), isTTY: tty },
    readStdin: async () => stdin,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

describe('isomer-blocks convert', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'isomer-blocks-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help and the version', async () => {
    const help = await run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: isomer-blocks convert/);
    assert.match(help.stdout, /--page/);
    const version = await run(['-v']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  it('writes a single file to stdout, with a summary on stderr', async () => {
    const { status, stdout, stderr } = await run(['convert', seed]);
    assert.equal(status, 0);
    assert.match(stdout, /^---\ntitle: "Smart Nation 2/);
    assert.match(stdout, /<pull-quote cite=/);
    assert.match(stdout, /<isomer-card-grid>/);
    assert.match(stdout, /<video-embed src="https:\/\/www.youtube.com\/embed\/3KVb3pRy_3E/);
    assert.match(stderr, /seed-smart-nation-2\.md\s+ok\s+1\s+3\s+1\s+0\s+0\s+1\s+1\s+0\s+0\s+0\s+0\s+7/);
    assert.match(stderr, /1 files\s+0 failed/);
  });

  it('writes a standalone page from the frontmatter', async () => {
    const { status, stdout } = await run([
      'convert',
      seed,
      '--page',
      '--assets',
      '/assets/',
      '--site-url',
      'https://www.tech.gov.sg',
    ]);
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>\n<html lang="en">/);
    assert.match(stdout, /<title>Smart Nation 2: Paving the Way Forward for a New and Inclusive Digital Era<\/title>/);
    assert.match(stdout, /<meta name="description" content="Learn about the key goals/);
    assert.match(stdout, /<meta property="og:title" content="Smart Nation 2:/);
    assert.match(
      stdout,
      /<meta property="og:image" content="https:\/\/www.tech.gov.sg\/images\/technews\/Smart_Nation_2_0_GovTech_TechNews.png">/,
    );
    assert.match(
      stdout,
      /<article class="isomer-prose">\n<header>\n<h1>Smart Nation 2:[^<]*<\/h1>\n<p><time[^<]*<\/time><\/p>\n<\/header>\n/,
      'the description is not repeated under the title',
    );
    assert.match(stdout, /<time datetime="2024-12-30">30 December 2024<\/time>/);
    assert.match(
      stdout,
      /<h2 id="what-does-being-a-smart-nation-mean">What does being a Smart Nation mean\?<\/h2>/,
      'sections start at h2',
    );
    assert.match(stdout, /<goal-card heading-level="3">/);
    assert.match(
      stdout,
      /<link rel="stylesheet" href="\/assets\/preflight.css">\n<link rel="stylesheet" href="\/assets\/prose.css">/,
    );
    assert.match(stdout, /<script type="module" src="\/assets\/isomer-blocks.js"><\/script>/);
    assert.doesNotMatch(stdout, /^---/m);
  });

  it('takes --assets with or without a trailing slash', async () => {
    for (const assets of ['./cdn', './cdn/']) {
      const { status, stdout } = await run(['convert', seed, '--page', '--assets', assets]);
      assert.equal(status, 0);
      assert.match(stdout, /<link rel="stylesheet" href="\.\/cdn\/preflight.css">/, assets);
      assert.match(stdout, /<script type="module" src="\.\/cdn\/isomer-blocks.js"><\/script>/, assets);
    }
  });

  it('escapes frontmatter in the page and falls back to the file name without a title', async () => {
    const file = join(dir, 'odd page.md');
    writeFileSync(
      file,
      '---\ndescription: "<script>alert(1)</script> & \\"quotes\\""\nlang: ms\ndate: 2024-02-30\n---\n<p>Body</p>',
    );
    const { stdout } = await run(['convert', file, '--page']);
    assert.match(stdout, /<html lang="ms">/);
    assert.match(stdout, /<title>odd page<\/title>/);
    assert.match(stdout, /content="&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quotes&quot;"/);
    assert.doesNotMatch(stdout, /<time/, 'an impossible date is left out');
    assert.match(stdout, /<link rel="stylesheet" href="isomer-blocks\/prose.css">/, 'assets are local unless --cdn');
  });

  it('server-renders the components into Declarative Shadow DOM with --ssr, light DOM kept', async () => {
    const { status, stdout, stderr } = await run(['convert', seed, '--page', '--ssr']);
    assert.equal(status, 0, stderr);
    const quote = stdout.slice(stdout.indexOf('<pull-quote'), stdout.indexOf('</pull-quote>'));
    assert.match(quote, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(quote, /<figcaption id="caption" part="attribution"\s*>/, 'the caption is shown before JavaScript');
    assert.match(quote, /<p slot="attribution">- PM Lawrence Wong at the <a href=/);
    // The script only hydrates what already paints: it waits behind the stylesheets and images.
    assert.match(
      stdout,
      /<script type="module" fetchpriority="low" src="isomer-blocks\/isomer-blocks-ssr\.js"><\/script>/,
    );
  });

  it('server-renders UI strings in the page language, from the frontmatter or --lang, ms_SG written as ms-SG (D6)', async () => {
    const body =
      '<isomer-accordion controls><details><summary>Q</summary><p>A</p></details><details><summary>R</summary><p>B</p></details></isomer-accordion>';
    const words = (html) => html.replace(/<!--[^>]*-->/g, '').match(/<button part="control"[^>]*>([^<]*)</)?.[1];
    const fromFrontmatter = await run(['convert', '-', '--page', '--ssr'], { stdin: `---\nlang: ms_SG\n---\n${body}` });
    assert.equal(fromFrontmatter.status, 0, fromFrontmatter.stderr);
    assert.match(fromFrontmatter.stdout, /<html lang="ms-SG">/);
    assert.equal(words(fromFrontmatter.stdout), 'Kembangkan semua');
    const fromOption = await run(['convert', '-', '--ssr', '--lang', 'zh-SG'], { stdin: body });
    assert.equal(words(fromOption.stdout), '全部展开');
  });

  it('reads stdin', async () => {
    const { status, stdout } = await run(['convert', '-'], {
      stdin: '<blockquote><p>Q</p></blockquote><p>— Someone</p>',
    });
    assert.equal(status, 0);
    assert.equal(stdout, '<pull-quote><p>Q</p><p slot="attribution">— Someone</p></pull-quote>');
  });

  it('makes the other blockquotes callouts with --blockquotes callout', async () => {
    const stdin = '<blockquote><p>Note</p></blockquote>';
    const { status, stdout } = await run(['convert', '-', '--blockquotes', 'callout'], { stdin });
    assert.equal(status, 0);
    assert.equal(stdout, '<isomer-callout><p>Note</p></isomer-callout>');
    assert.equal((await run(['convert', '-'], { stdin })).stdout, stdin);
  });

  it('mirrors a directory into --out, keeps going past failures, reports JSON and exits 1', async () => {
    const input = join(dir, 'site');
    cpSync(corpusDir, input, { recursive: true });
    mkdirSync(join(input, 'nested', 'deeper'), { recursive: true });
    writeFileSync(
      join(input, 'nested', 'deeper', 'broken-yaml.md'),
      '---\ntitle: [unclosed\n---\n<p>Still converted</p>',
    );
    writeFileSync(join(input, 'nested', 'notes.txt'), 'not a page');
    const out = join(dir, 'out');
    const { status, stdout } = await run(['convert', input, join(dir, 'missing.md'), '--out', out, '--report', 'json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.length, 29);
    const missing = report.find((entry) => entry.file.endsWith('missing.md'));
    assert.equal(missing.ok, false);
    assert.match(missing.error, /cannot read: ENOENT/);
    const broken = report.find((entry) => entry.file.endsWith('broken-yaml.md'));
    assert.equal(broken.ok, true);
    assert.equal(broken.warnings[0].code, 'frontmatter');
    assert.match(broken.warnings[0].message, /not valid YAML/);
    const seedEntry = report.find((entry) => entry.file.endsWith('seed-smart-nation-2.md'));
    assert.deepEqual(seedEntry.converted, {
      'article-toc': 1,
      'video-embed': 1,
      'pull-quote': 1,
      'goal-card': 3,
      'isomer-card-grid': 1,
    });
    assert.deepEqual(
      seedEntry.warnings.map((w) => w.code),
      [
        'unmatched-toc-item',
        'unmatched-toc-item',
        'inferred-title',
        // The seed's card images are described by their titles ("Smart Nation 2.0 Goal Trust"), D19.
        ...Array(3).fill('alt-repeats-title'),
        // "optimal ways</a>to improve": the new-tab hint would sit between the two words (D19).
        'glued-link',
      ],
    );
    assert.equal(readdirSync(join(out, 'isomer')).length, 25);
    assert.equal(
      readFileSync(join(out, 'nested', 'deeper', 'broken-yaml.md'), 'utf8'),
      '---\ntitle: [unclosed\n---\n<p>Still converted</p>',
    );
    assert.match(
      readFileSync(join(out, 'isomer', '03-govtech-launchpad.md'), 'utf8'),
      /^---\n[\s\S]*<isomer-accordion variant="white">/,
    );
  });

  it('writes .html pages for a directory with --page, with a progress bar on a terminal', async () => {
    const out = join(dir, 'pages');
    const { status, stderr } = await run(['convert', join(corpusDir, 'isomer'), '--out', out, '--page'], { tty: true });
    assert.equal(status, 0);
    assert.match(stderr, /\[#{24}\] 25\/25 done/);
    assert.match(stderr, /25 files\s+0 failed\s+16\s+73/);
    assert.match(readFileSync(join(out, '01-govtech-formsg.html'), 'utf8'), /^<!doctype html>/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      [],
      ['render'],
      ['convert', seed, seed],
      ['convert', corpusDir],
      ['convert', seed, '--report', 'xml'],
      ['convert', seed, '--pull-quotes', 'some'],
      ['convert', seed, '--blockquotes', 'quote'],
      ['convert', '--nope'],
    ]) {
      const { status, stderr } = await run(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^isomer-blocks: .+\n\nUsage:/);
    }
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    assert.equal((await run(['convert', empty, '--out', join(dir, 'x')])).status, 2);
  });

  it('runs as the package bin: stdin to stdout, exit status', () => {
    const ok = spawnSync(process.execPath, [bin, 'convert'], {
      input: '<div data-type="detailGroup" class="isomer-accordion"><details><summary>S</summary></details></div>',
      encoding: 'utf8',
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, '<isomer-accordion><details><summary>S</summary></details></isomer-accordion>');
    const failed = spawnSync(process.execPath, [bin, 'convert', join(dir, 'nope.md'), '--report', 'json'], {
      encoding: 'utf8',
    });
    assert.equal(failed.status, 1);
    assert.equal(JSON.parse(failed.stderr)[0].ok, false);
  });
});

describe('isomer-blocks without its optional peer dependencies', () => {
  const hider = new URL('../support/hide-packages.mjs', import.meta.url).pathname;
  /** Runs the bin with `hidden` resolving as not installed. */
  const runWithout = (hidden, args, input = '<p>x</p>') =>
    spawnSync(process.execPath, ['--import', hider, bin, ...args], {
      input,
      encoding: 'utf8',
      env: { ...process.env, HIDE_PACKAGES: hidden.join(',') },
    });

  it('convert --ssr without @lit-labs/ssr says what to install, and exits 2 with no stack trace', () => {
    const { status, stdout, stderr } = runWithout(['@lit-labs/ssr'], ['convert', '--ssr']);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'isomer-blocks: Server rendering (convert --ssr, isomer-blocks/ssr) needs @lit-labs/ssr and parse5: npm install @lit-labs/ssr parse5\n',
    );
    // Without --ssr it converts as before.
    const plain = runWithout(['@lit-labs/ssr'], ['convert']);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(plain.stdout, '<p>x</p>');
  });

  it('convert without parse5 or yaml says what to install', () => {
    for (const hidden of [['parse5'], ['yaml'], ['parse5', 'yaml']]) {
      const { status, stderr } = runWithout(hidden, ['convert']);
      assert.equal(status, 2, hidden.join());
      assert.equal(
        stderr,
        'isomer-blocks: isomer-blocks convert needs parse5, yaml, and markdown-it: npm install parse5 yaml markdown-it\n',
      );
    }
  });

  it('isomer-blocks/ssr without parse5 or @lit-labs/ssr rejects with what to install', () => {
    const ssr = new URL('../../dist/cli/ssr.js', import.meta.url).href;
    const script = `const { renderSsr } = await import(${JSON.stringify(ssr)});
      await renderSsr('<pull-quote></pull-quote>').then(() => console.log('rendered'), (error) => console.log(error.name, error.message));`;
    for (const hidden of [['parse5'], ['@lit-labs/ssr']]) {
      const { status, stdout } = spawnSync(process.execPath, ['--import', hider, '--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, HIDE_PACKAGES: hidden.join(',') },
      });
      assert.equal(status, 0, hidden.join());
      assert.equal(
        stdout.trim(),
        `MissingPeerError ${hidden[0] === 'parse5' ? 'isomer-blocks convert needs parse5, yaml, and markdown-it: npm install parse5 yaml markdown-it' : 'Server rendering (convert --ssr, isomer-blocks/ssr) needs @lit-labs/ssr and parse5: npm install @lit-labs/ssr parse5'}`,
      );
    }
  });

  it('names only the optional peers, and rethrows other errors', async () => {
    const { missingPeer, missingPeerMessage } = await import('../../dist/cli/missing.js');
    const notFound = (specifier) =>
      Object.assign(new Error(`Cannot find package '${specifier}' imported from /x.js`), {
        code: 'ERR_MODULE_NOT_FOUND',
      });
    assert.equal(missingPeer(notFound('@lit-labs/ssr')), '@lit-labs/ssr');
    assert.equal(missingPeer(notFound('/app/node_modules/yaml/dist/index.js')), 'yaml');
    assert.equal(missingPeer(notFound('left-pad')), undefined);
    assert.equal(missingPeer(new Error('boom')), undefined);
    assert.equal(
      missingPeerMessage('@lit-labs/ssr'),
      'Server rendering (convert --ssr, isomer-blocks/ssr) needs @lit-labs/ssr and parse5: npm install @lit-labs/ssr parse5',
    );
  });
});
