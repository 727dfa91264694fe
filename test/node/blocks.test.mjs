// Every block is complete: a registry line, a size budget, a folder holding its element, styles,
// preflight box, define module, named examples, stories and tests (scripts/blocks.mjs), and its
// element in the manifest. The browser suites add the rest: a client/SSR/hydrated case
// (test/ssr-hydration.test.ts) and the conformance suite over its examples (test/conformance.test.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { missingPieces } from '../../scripts/blocks.mjs';
import { loadSource } from '../../scripts/load-source.mjs';
import { elementsOf, readManifest } from '../../scripts/manifest.mjs';
import { fileURLToPath } from 'node:url';
import { convertedArticles, texts } from '../../stories/every-block/legacy.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestTags = elementsOf(readManifest()).map((element) => element.tagName);

describe('blocks', () => {
  it('every block of the registry and of the manifest has every piece', async () => {
    const { blocks } = await loadSource('blocks.ts');
    assert.deepEqual(missingPieces(root, blocks, manifestTags), []);
  });

  it('a block that lacks a piece is reported', async () => {
    const { blocks } = await loadSource('blocks.ts');
    const copy = mkdtempSync(join(tmpdir(), 'isomer-blocks-'));
    try {
      cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
      rmSync(join(copy, 'src/pull-quote/examples.ts'));
      const registry = { ...blocks, 'goal-card': { ...blocks['goal-card'], budget: undefined } };
      assert.deepEqual(missingPieces(copy, registry, [...manifestTags, 'scaffold-probe']), [
        '<scaffold-probe> has no line in src/blocks.ts',
        '<goal-card> has no size budget',
        '<pull-quote> lacks src/pull-quote/examples.ts',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('the Storybook article "Every Isomer article block" converts into every block, in each language, warning only of the script it removed', async () => {
    const { blockTags } = await loadSource('blocks.ts');
    const { convert } = await loadSource('convert/index.ts');
    const articles = convertedArticles(convert);
    assert.deepEqual(Object.keys(articles), ['en', 'zh', 'ms', 'ta']);
    for (const [lang, { html, report }] of Object.entries(articles)) {
      const missing = blockTags.filter((tag) => !html.includes(`<${tag}`));
      assert.deepEqual(missing, [], `${lang}: every block`);
      // Only the report that Instagram's script is gone.
      assert.deepEqual(
        report.warnings.map((warning) => warning.code),
        ['provider-script'],
        `${lang}: no other warning`,
      );
      assert.ok(html.includes(`>${texts[lang].note[1]}<`), `${lang}: in its own words`);
    }
  });

  it('npm run new-block writes a complete folder and its registry line', () => {
    const copy = mkdtempSync(join(tmpdir(), 'isomer-blocks-'));
    try {
      for (const path of ['src', 'scripts', 'package.json', '.prettierrc.json'])
        cpSync(join(root, path), join(copy, path), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      execFileSync(process.execPath, ['scripts/new-block.mjs', 'scaffold-probe'], { cwd: copy });
      // Formatted as `npm run lint` wants.
      const files = readdirSync(join(copy, 'src/scaffold-probe')).map((file) => join(copy, 'src/scaffold-probe', file));
      execFileSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', ...files], {
        cwd: copy,
      });
      const registry = readFileSync(join(copy, 'src/blocks.ts'), 'utf8');
      assert.match(
        registry,
        /\n {2}'scaffold-probe': \{ converts: false, label: 'scaffold probes', budget: 1024 \},\n\} as const/,
      );
      const blocks = { 'scaffold-probe': { converts: false, label: 'scaffold probes', budget: 1024 } };
      assert.deepEqual(missingPieces(copy, blocks, ['scaffold-probe']), []);
      assert.match(
        readFileSync(join(copy, 'src/scaffold-probe/scaffold-probe.ts'), 'utf8'),
        /@tagname scaffold-probe[\s\S]*export class ScaffoldProbe extends IsomerElement/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
