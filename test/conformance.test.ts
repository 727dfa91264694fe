// Every block of the registry (src/blocks.ts) passes the conformance suite (test/support/conformance.ts)
// over each of its named examples. Runs client-rendered, and server-rendered then hydrated (the
// `hydrated` group of web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { blockTags } from '../src/blocks.js';
import {
  boxesBeforeAndAfterUpgrade,
  checkDarkScheme,
  checkForcedColours,
  checkHidden,
  checkMirrored,
  checkNoMotion,
  checkPrinted,
  checkReflow,
  checkTokens,
  consoleOutput,
  ownPartsOf,
  partsOf,
  render,
  withMedia,
} from './support/conformance.js';
import { renderMode } from './support/fixture.js';
import { itWhere } from './support/engines.js';

/** Each block's named examples, by tag. */
const examplesOf = async (tag: string): Promise<Record<string, string>> =>
  (await import(`../src/${tag}/examples.ts`)).examples;

/** Blocks whose examples take no colour from the tokens (a bare frame; a neutral poster with white text). */
const colourless = ['video-embed', 'iframe-embed'];

afterEach(() => {
  for (const el of document.body.querySelectorAll(':scope > div, :scope > iframe')) el.remove();
});

describe(`conformance, ${renderMode}`, () => {
  it('every block has named examples', async () => {
    for (const tag of blockTags) expect(Object.keys(await examplesOf(tag)).length, tag).to.be.above(0);
  });

  for (const tag of blockTags) {
    describe(`<${tag}>`, () => {
      let examples: Record<string, string> = {};
      before(async () => {
        examples = await examplesOf(tag);
      });

      it('defines every private token it uses, and uses its own', () => checkTokens(tag));

      it('renders each example with no console output and no axe violation', async () => {
        for (const [name, markup] of Object.entries(examples)) {
          let container!: HTMLElement;
          const output = await consoleOutput(async () => ({ container } = await render(tag, markup)));
          expect(output, name).to.deep.equal([]);
          await expect(container).to.be.accessible();
        }
      });

      it('hides with the hidden attribute', async () => {
        for (const markup of Object.values(examples)) {
          const { hosts } = await render(tag, markup);
          for (const host of hosts) await checkHidden(host);
        }
      });

      it('takes the dark scheme from the page, token by token', async () => {
        let compared = 0;
        for (const markup of Object.values(examples)) {
          const light = await render(tag, markup);
          const dark = await render(tag, markup, { scheme: 'dark' });
          light.hosts.forEach((host, i) => (compared += checkDarkScheme(partsOf(host), partsOf(dark.hosts[i]))));
        }
        expect(compared > 0, 'colours from tokens').to.equal(!colourless.includes(tag));
      });

      itWhere('emulate-forced-colors', 'uses system colours only, in forced-colors mode', async () => {
        await withMedia([{ name: 'forced-colors', value: 'active' }], async () => {
          for (const markup of Object.values(examples)) {
            const { hosts } = await render(tag, markup);
            for (const host of hosts) checkForcedColours(partsOf(host));
          }
        });
      });

      itWhere('emulate-media', 'does not move with reduced motion', async () => {
        await withMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }], async () => {
          for (const markup of Object.values(examples)) {
            const { hosts } = await render(tag, markup);
            for (const host of hosts) checkNoMotion(ownPartsOf(host));
          }
        });
      });

      itWhere('emulate-media', 'prints every word of its content', async () => {
        await withMedia(
          [],
          async () => {
            for (const markup of Object.values(examples)) {
              const { hosts } = await render(tag, markup);
              for (const host of hosts) expect(checkPrinted(host)).to.be.above(0);
            }
          },
          'print',
        );
      });

      it('mirrors in a right-to-left page (logical properties)', async () => {
        for (const markup of Object.values(examples)) {
          const ltr = await render(tag, markup);
          const rtl = await render(tag, markup, { dir: 'rtl' });
          ltr.hosts.forEach((host, i) =>
            checkMirrored(
              { container: ltr.container, parts: ownPartsOf(host) },
              { container: rtl.container, parts: ownPartsOf(rtl.hosts[i]) },
            ),
          );
        }
      });

      it('reflows at 320 px', async () => {
        for (const markup of Object.values(examples))
          checkReflow((await render(tag, markup, { width: '320px' })).container);
      });

      it('does not move anything when it upgrades over the preflight stylesheet', async () => {
        for (const [name, markup] of Object.entries(examples)) {
          const { before, after } = await boxesBeforeAndAfterUpgrade(markup);
          expect(after, name).to.deep.equal(before);
        }
      });
    });
  }
});
