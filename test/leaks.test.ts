// Issue 19, item 9: 1,000 of every element created and removed leave no observer and no window or
// document listener behind. Each block's examples (src/<tag>/examples.ts) are put on the page a
// thousand at a time and removed: once after they rendered, and once before their first update
// (an update that runs after the removal must not watch anything either). The hooks are counted
// from before the first element of this page connects (test/support/faults.ts).
import { expect } from '@open-wc/testing';
import { blockTags } from '../src/blocks.js';
import '../src/index.js';
import { settled } from './support/fixture.js';
import { countHooks, pageFaults, type Hooks } from './support/faults.js';
import { captureWarnings } from './support/helpers.js';

const copies = 1000;

/** `copies` of the block's examples (cycled), as one string of markup. */
async function thousand(tag: string): Promise<string> {
  const { examples } = (await import(`../src/${tag}/examples.ts`)) as { examples: Record<string, string> };
  const markup = Object.values(examples);
  return Array.from({ length: copies }, (_, i) => markup[i % markup.length]).join('');
}

describe('1,000 elements created and removed (issue 19)', () => {
  let hooks: ReturnType<typeof countHooks>;
  let start: Hooks;
  // No thumbnail requests: a thousand videos would ask for a thousand.
  const strict = Object.assign(document.createElement('meta'), {
    name: 'isomer-blocks:video-privacy',
    content: 'strict',
  });

  before(() => {
    document.head.append(strict);
    hooks = countHooks();
    start = hooks.now();
  });

  after(() => {
    hooks.stop();
    strict.remove();
  });

  it('starts from a page without elements, so that every hook an element adds is counted', () => {
    expect(document.querySelector(blockTags.join())).to.equal(null);
    expect(start).to.deep.equal({
      MutationObserver: 0,
      IntersectionObserver: 0,
      ResizeObserver: 0,
      'window listeners': 0,
      'document listeners': 0,
    });
  });

  for (const tag of blockTags) {
    it(`<${tag}>: leaves no observer and no window or document listener behind`, async function () {
      this.timeout(120000);
      const markup = await thousand(tag);
      // Out of the layout: a thousand tables laid out take minutes in WebKit, and what an element
      // watches does not depend on its box.
      const host = Object.assign(document.createElement('div'), { hidden: true });
      document.body.append(host);
      let whileShown: Hooks | undefined;
      const faults = await pageFaults(() =>
        captureWarnings(async () => {
          host.innerHTML = markup;
          await settled(host);
          whileShown = hooks.now();
          host.replaceChildren();
          await settled(host);
          // Removed before their first update: that update runs with the elements off the page.
          host.innerHTML = markup;
          const removed = document.createDocumentFragment();
          removed.append(...host.childNodes);
          await settled(removed);
        }),
      );
      host.remove();
      expect(faults).to.deep.equal([]);
      expect(document.querySelector(tag)).to.equal(null);
      // The count sees the elements' hooks (each one watches `lang`, at least), and all of them go.
      expect(whileShown!.MutationObserver).to.be.above(0);
      expect(hooks.now()).to.deep.equal(start);
    });
  }
});
