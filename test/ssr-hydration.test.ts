// Every element rendered three ways with the same assertions: client-rendered (csrFixture),
// server-rendered by @lit-labs/ssr and read without JavaScript (ssrNonHydratedFixture), and
// server-rendered then hydrated (ssrHydratedFixture).
//
// The fixtures module loads Lit's hydration support: it must come before anything that imports Lit.
import { cleanupFixtures, csrFixture, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { examples as articleToc } from '../src/article-toc/examples.js';
import { blockTags, type BlockTag } from '../src/blocks.js';
import { examples as goalCard } from '../src/goal-card/examples.js';
import { examples as iframeEmbed } from '../src/iframe-embed/examples.js';
import { examples as accordion } from '../src/isomer-accordion/examples.js';
import { examples as cardGrid, goals as cards } from '../src/isomer-card-grid/examples.js';
import { examples as pullQuote } from '../src/pull-quote/examples.js';
import { examples as videoEmbed } from '../src/video-embed/examples.js';
import { accessibilityTree, blockExternalRequests, nextFrames } from './support/helpers.js';
import { itWhere } from './support/engines.js';

// The server renders in Node (a worker of the Web Test Runner process), which loads JavaScript
// only: both sides use the built element modules, dist/<tag>/define.js (`npm test` builds them
// before the unit tests). The browser must register the very same classes: the src modules would
// define the tags first and the built ones would then be ignored.
const define = (tag: BlockTag) => `../dist/${tag}/define.js`;

const PMO = 'https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation';
const VIDEO = 'https://www.youtube.com/embed/3KVb3pRy_3E?si=-PF6_4dk0Ph9G4Jj';
const VIDEO_TITLE = 'What does being a Smart Nation mean?';
const FORM = 'https://form.gov.sg/66a1b2c3d4e5f60718293a4b';

type Fixture = typeof csrFixture;
const kinds: Fixture[] = [csrFixture, ssrNonHydratedFixture, ssrHydratedFixture];
/** What a reader has: a client-rendered element, a server-rendered one without JavaScript, or hydrated. */
type Kind = 'csr' | 'ssr' | 'hydrated';
const kindOf = (fixture: Fixture): Kind =>
  fixture === csrFixture ? 'csr' : fixture === ssrNonHydratedFixture ? 'ssr' : 'hydrated';

interface Case {
  tag: string;
  /** What sets this case apart from the element's first. */
  variant?: string;
  /** The warning the element gives about its content (bad input), as it should. */
  warning?: RegExp;
  /** The axe rule that bad input fails without JavaScript, where the server guessed good input. */
  serverGuessFails?: string;
  /** The element's block and those of the elements it holds. */
  blocks: BlockTag[];
  template: () => TemplateResult;
  /** What reads in every case, JavaScript or not: the element's own content. */
  content(el: HTMLElement): void;
  /** The rendered structure, once the element runs (client-rendered or hydrated). */
  rendered(el: HTMLElement): Promise<void> | void;
  /** Checks of the accessibility tree of the rendered (or hydrated) block. */
  tree?(): Promise<void>;
  /** The server-rendered shadow root, read without JavaScript. */
  serverOnly?(el: HTMLElement): void;
  /** What a reader does once it runs. */
  interact?(el: HTMLElement): Promise<void>;
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Whether `el` takes space on the page (is rendered at all). */
const shown = (el: Element) => el.getClientRects().length > 0;
/** A server render of an element that needs the live page: its light DOM, links and all, reads as it is. */
const showsLightDom = (el: HTMLElement) => {
  expect(!!shadow(el).querySelector('slot')).to.equal(true);
  for (const link of el.querySelectorAll('a')) expect(shown(link)).to.equal(true);
};

/**
 * The author's markup as one static template, as the CLI renders it: the fixtures send the template
 * to the server as JSON, where only primitive values and the top template's strings survive.
 */
const markup = (source: string): TemplateResult =>
  html(Object.assign([source], { raw: [source] }) as unknown as TemplateStringsArray);

/** The cases written for the blocks, with what each must show. */
const written: Case[] = [
  {
    tag: 'pull-quote',
    blocks: ['pull-quote'],
    template: () => markup(pullQuote.attributed),
    content(el) {
      expect(shown(el.querySelector('p')!)).to.equal(true);
      expect(shown(el.querySelector('a')!)).to.equal(true);
      expect(el.querySelector('a')!.href).to.equal(PMO);
    },
    rendered(el) {
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.getAttribute('aria-labelledby')).to.equal('who'); // named by who said it, not the portrait (D13)
      expect(figure.querySelector('blockquote')!.cite).to.equal(PMO);
      expect(figure.querySelector('figcaption')!.hidden).to.equal(false);
      // The attribution links to the source already: no second "Source" link.
      expect(shadow(el).querySelector('[part~="source"]') === null).to.equal(true);
    },
    serverOnly(el) {
      expect(!!shadow(el).querySelector('blockquote slot:not([name])')).to.equal(true);
      expect(shadow(el).querySelector('figcaption')!.hidden).to.equal(false);
    },
  },
  {
    tag: 'pull-quote',
    variant: 'without attribution, with a source the text does not link',
    blocks: ['pull-quote'],
    template: () => markup(pullQuote.sourceOnly),
    content(el) {
      expect(shown(el.querySelector('p')!)).to.equal(true);
    },
    rendered(el) {
      // The server guessed an attribution linking to the source; the browser corrects both.
      const source = shadow(el).querySelector<HTMLAnchorElement>('[part~="source"]')!;
      expect(source.href).to.equal(PMO);
      expect(shadow(el).querySelector('figcaption')!.hidden).to.equal(false);
    },
  },
  {
    tag: 'goal-card',
    variant: 'without a title',
    blocks: ['goal-card'],
    template: () => markup('<goal-card><p>A card that only describes.</p></goal-card>'),
    content(el) {
      expect(shown(el.querySelector('p')!)).to.equal(true);
    },
    rendered(el) {
      // The server guessed a title; without one there is no (empty) heading.
      expect(shadow(el).querySelector('[part="heading"]')!.hasAttribute('role')).to.equal(false);
    },
    warning: /<goal-card>: no title/,
    // Cards have titles, so the server renders the heading: empty here until the browser runs.
    serverGuessFails: 'empty-heading',
  },
  {
    tag: 'isomer-card-grid',
    blocks: ['isomer-card-grid', 'goal-card'],
    template: () => markup(cardGrid.goals),
    content(el) {
      const titles = Array.from(el.querySelectorAll('[slot="title"]'));
      expect(titles.map(text)).to.deep.equal(cards);
      for (const title of titles) expect(shown(title)).to.equal(true);
    },
    async rendered(el) {
      expect(!!shadow(el).querySelector('slot')).to.equal(true);
      // The clickable card's link is its title, in light DOM: no card renders a second one.
      for (const card of el.querySelectorAll('goal-card'))
        expect(shadow(card).querySelectorAll('a[href]').length).to.equal(0);
      expect(Array.from(el.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => a.href)).to.deep.equal([
        new URL('/smart-nation/community/', location.href).href,
      ]);
    },
    async tree() {
      const tree = await accessibilityTree('isomer-card-grid');
      expect(tree).to.match(/list "Smart Nation 2\.0 goals"[\s\S]*listitem[\s\S]*listitem[\s\S]*listitem/);
      // The last card is one link, named by its title, to its page.
      expect(tree.match(/\blink "[^"]*"/g)).to.deep.equal(['link "Community"']);
    },
    serverOnly(el) {
      expect(!!shadow(el).querySelector('slot')).to.equal(true);
      for (const card of el.querySelectorAll('goal-card')) {
        expect(!!shadow(card).querySelector('[role="heading"]')).to.equal(true);
        expect(shadow(card).querySelectorAll('a[href]').length).to.equal(0);
      }
    },
  },
  {
    tag: 'goal-card',
    variant: 'its title the link (as converted)',
    blocks: ['goal-card'],
    template: () => markup(goalCard.linked),
    content(el) {
      // A link before any script: the title, with its address.
      const link = el.querySelector<HTMLAnchorElement>('a[slot="title"]')!;
      expect([text(link), link.href]).to.deep.equal(['Trust', 'https://www.smartnation.gov.sg/trust/']);
      expect(shown(el.querySelector('p')!)).to.equal(true);
    },
    async rendered(el) {
      const heading = shadow(el).querySelector('[part="heading"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(shadow(el).querySelectorAll('a[href]').length).to.equal(0);
      expect(el.querySelectorAll('a[href]').length).to.equal(1);
    },
    async tree() {
      // Exactly one link in the card, named by the title and the link line.
      const tree = await accessibilityTree('goal-card');
      expect(tree).to.match(/heading "Trust Read about the trust goal"[\s\S]*link "Trust Read about the trust goal"/);
      expect(tree.match(/\blink "/g)!.length).to.equal(1);
    },
    serverOnly(el) {
      expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(shadow(el).querySelectorAll('a[href]').length).to.equal(0);
    },
  },
  {
    tag: 'goal-card',
    variant: 'linked by its href attribute',
    blocks: ['goal-card'],
    template: () => markup(goalCard.byAttribute),
    content(el) {
      expect(text(el.querySelector('[slot="title"]'))).to.equal('Growth');
    },
    async rendered(el) {
      const links = shadow(el).querySelectorAll<HTMLAnchorElement>('a[href]');
      expect(Array.from(links, (a) => a.href)).to.deep.equal(['https://www.smartnation.gov.sg/growth/']);
    },
    async tree() {
      expect(await accessibilityTree('goal-card')).to.match(/heading "Growth"[\s\S]*link "Growth"/);
      expect((await accessibilityTree('goal-card')).match(/\blink "/g)!.length).to.equal(1);
    },
    serverOnly(el) {
      expect(shadow(el).querySelectorAll('a[href]').length).to.equal(1);
    },
  },
  {
    tag: 'video-embed',
    blocks: ['video-embed'],
    // A server renders its light DOM (the link to the video): the poster waits for the browser,
    // which alone sees the page's strict-privacy meta tag. Strict here: no thumbnail that loads (or,
    // offline, fails) sooner in one render than in the other.
    template: () => markup(videoEmbed.youtube),
    content(el) {
      expect(el.querySelector('a')!.href).to.equal(VIDEO);
    },
    serverOnly: showsLightDom,
    rendered(el) {
      const play = shadow(el).querySelector('button[part="play"]')!;
      expect(play.getAttribute('aria-label')).to.equal(`Play video: ${VIDEO_TITLE}`);
      expect(shown(el.querySelector('a')!)).to.equal(false);
    },
    async interact(el) {
      await blockExternalRequests(async () => {
        shadow(el).querySelector<HTMLButtonElement>('button[part="play"]')!.click();
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        await nextFrames();
        const iframe = shadow(el).querySelector('iframe')!;
        expect(iframe.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/3KVb3pRy_3E\b/);
        expect(iframe.title).to.equal(VIDEO_TITLE);
      });
    },
  },
  {
    tag: 'iframe-embed',
    blocks: ['iframe-embed'],
    // A server renders its light DOM (the link): the page's meta tag can extend the hosts it frames.
    template: () => markup(iframeEmbed.form),
    content(el) {
      expect(el.querySelector('a')!.href).to.equal(FORM);
    },
    serverOnly: showsLightDom,
    rendered(el) {
      const frame = shadow(el).querySelector('iframe')!;
      expect(frame.src).to.equal(FORM);
      expect(frame.title).to.equal('Feedback on Smart Nation 2.0');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(frame.sandbox.contains('allow-top-navigation')).to.equal(false);
      expect(frame.sandbox.contains('allow-forms')).to.equal(true);
    },
  },
  {
    tag: 'isomer-accordion',
    blocks: ['isomer-accordion'],
    template: () => markup(accordion.faq),
    content(el) {
      const summaries = Array.from(el.querySelectorAll('summary'));
      expect(summaries.map(text)).to.deep.equal(['Why is Smart Nation 2.0 necessary?', 'How can I take part?']);
      for (const summary of summaries) expect(shown(summary)).to.equal(true);
    },
    rendered(el) {
      const button = shadow(el).querySelector('button[part="control"]')!;
      expect(text(button)).to.equal('Expand all');
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
    },
    serverOnly(el) {
      expect(!!shadow(el).querySelector('slot')).to.equal(true);
    },
    async interact(el) {
      const button = shadow(el).querySelector<HTMLButtonElement>('button[part="control"]')!;
      button.click();
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(Array.from(el.querySelectorAll('details')).map((item) => item.open)).to.deep.equal([true, true]);
      expect(text(button)).to.equal('Collapse all');
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
    },
  },
  {
    tag: 'article-toc',
    blocks: ['article-toc'],
    // A server renders its light DOM (the list of links): only the live page has the headings.
    template: () => markup(articleToc.page),
    content(el) {
      const links = Array.from(el.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#why', '#goals']);
    },
    serverOnly: showsLightDom,
    async rendered(el) {
      // The author's list, item for item: its links, and the item that names no heading as text.
      const items = Array.from(shadow(el).querySelectorAll('li > :is(a, span)'), (item) => [
        item.getAttribute('href'),
        text(item as HTMLElement),
      ]);
      expect(items).to.deep.equal([
        ['#why', 'Why is Smart Nation 2.0 necessary?'],
        [null, 'What it means for you'],
        ['#goals', 'Three goals'],
      ]);
    },
    async tree() {
      expect(await accessibilityTree('article-toc')).to.match(/navigation "On this page"/);
    },
    async interact(el) {
      const heading = el.closest('main')!.querySelector<HTMLElement>('#goals')!;
      shadow(el).querySelector<HTMLAnchorElement>('a[href="#goals"]')!.click();
      expect(document.activeElement === heading, 'focus on the heading').to.equal(true);
      expect(location.hash).to.equal('#goals');
      history.replaceState(null, '', location.pathname + location.search);
    },
  },
];

/** Each block's named examples (src/<tag>/examples.ts), by tag. */
const examplesByTag = Object.fromEntries(
  await Promise.all(
    blockTags.map(
      async (tag) => [tag, (await import(`../src/${tag}/examples.ts`)).examples as Record<string, string>] as const,
    ),
  ),
);

/**
 * A block without a written case (a new one) gets one from its first example: it renders in all
 * three modes, with what every case checks (axe, no console problem, hydration equal to a client
 * render); its own assertions come when its case is written.
 */
function exampleCase(tag: BlockTag): Case {
  const example = Object.values(examplesByTag[tag])[0];
  const shadowed = (el: HTMLElement) => {
    expect(!!el.shadowRoot?.hasChildNodes(), `<${tag}> has a shadow root`).to.equal(true);
  };
  return {
    tag,
    variant: 'its first example',
    blocks: blockTags.filter((other) => example.includes(`<${other}`)),
    template: () => markup(example),
    content: (el) => {
      expect(el.localName).to.equal(tag);
    },
    rendered: shadowed,
    serverOnly: shadowed,
  };
}

const cases: Case[] = [
  ...written,
  ...blockTags.filter((tag) => !written.some((test) => test.tag === tag)).map(exampleCase),
];

/**
 * The shadow root's markup without Lit's comment markers, styles and whitespace between tags, and
 * with links resolved (a server keeps a relative href as written; the browser resolves it). The
 * section being read (aria-current) depends on where the page is scrolled: left out.
 */
function normalizedShadow(el: Element): string {
  return shadow(el)
    .innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/ aria-current="location"/g, '')
    .replace(/ href="([^"]*)"/g, (_, href: string) => ` href="${new URL(href, location.href).href}"`)
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/>\s+</g, '><')
    .trim();
}

/**
 * axe finds no violation under `root`. Its failure is rethrown as a plain message: the test runner
 * would otherwise try to serialize the DOM nodes the assertion carries, and never finish.
 */
async function accessible(root: Element, ignoredRules: string[] = []) {
  try {
    await expect(root).to.be.accessible({ ignoredRules });
  } catch (error) {
    throw new Error((error as Error).message);
  }
}

/** Records console errors and warnings and uncaught errors until `stop()`. */
function watchConsole() {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => problems.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`warn: ${args.map(String).join(' ')}`);
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      Object.assign(console, { error, warn });
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

before(async () => {
  for (const tag of blockTags) {
    const url = new URL(define(tag), import.meta.url);
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(
        `${url.pathname} is missing (HTTP ${response.status}): run \`npm run build\` before these tests (npm test does).`,
      );
    }
    await import(url.href);
  }
});

afterEach(() => cleanupFixtures());

it('has a client, server and hydrated case for every block of the registry, written or from its examples', () => {
  expect(blockTags.filter((tag) => !cases.some((test) => test.tag === tag))).to.deep.equal([]);
});

for (const fixture of kinds) {
  const kind = kindOf(fixture);
  describe(`every element, ${{ csr: 'client-rendered', ssr: 'server-rendered without JavaScript', hydrated: 'server-rendered and hydrated' }[kind]} (${fixture.name})`, () => {
    for (const test of cases) {
      const mount = async () => {
        const root = await fixture<HTMLElement>(test.template(), {
          modules: test.blocks.map(define),
          base: import.meta.url,
        });
        // The fixture hydrates the outermost deferred element; the server defers every element of
        // the page's template (the cards in a grid too): hydrate the rest, parents first.
        if (kind === 'hydrated') {
          for (const deferred of root.parentElement!.querySelectorAll<
            HTMLElement & { updateComplete?: Promise<boolean> }
          >('[defer-hydration]')) {
            deferred.removeAttribute('defer-hydration');
            await deferred.updateComplete;
          }
        }
        await nextFrames();
        return root;
      };
      if (test.tree && kind !== 'ssr') {
        itWhere(
          'accessibility-tree',
          `<${test.tag}>${test.variant ? `, ${test.variant}` : ''}: its accessibility tree`,
          async () => {
            await mount();
            await test.tree!();
          },
        );
      }
      it(`<${test.tag}>${test.variant ? `, ${test.variant}` : ''}`, async () => {
        const watched = watchConsole();
        let root: HTMLElement;
        try {
          root = await mount();
        } finally {
          watched.stop();
        }
        const el = root.localName === test.tag ? root : root.querySelector<HTMLElement>(test.tag)!;
        expect(el instanceof HTMLElement, `<${test.tag}> in the fixture`).to.equal(true);
        test.content(el);
        if (kind === 'ssr') {
          // Declarative Shadow DOM; the element is defined here, but waits (defer-hydration).
          expect(el.shadowRoot !== null, 'a server-rendered shadow root').to.equal(true);
          expect(el.hasAttribute('defer-hydration')).to.equal(true);
          test.serverOnly?.(el);
        } else {
          await test.rendered(el);
          if (kind === 'hydrated') {
            // Hydration kept the server's shadow DOM, and it is what the client renders. The element's
            // and those it holds (the grid's cards); the client renders alone, as ids must be unique.
            expect(el.hasAttribute('defer-hydration')).to.equal(false);
            const shadows = (host: Element) =>
              [host, ...host.querySelectorAll('*')].filter((node) => node.shadowRoot).map(normalizedShadow);
            const hydrated = shadows(el);
            const container = root.parentElement!;
            container.remove();
            const client = await csrFixture<HTMLElement>(test.template(), {
              modules: test.blocks.map(define),
              base: import.meta.url,
            });
            const clientEl = client.localName === test.tag ? client : client.querySelector(test.tag)!;
            await nextFrames();
            expect(hydrated).to.deep.equal(shadows(clientEl));
            client.parentElement!.replaceWith(container);
          }
        }
        await accessible(root, kind === 'ssr' && test.serverGuessFails ? [test.serverGuessFails] : []);
        if (kind !== 'ssr' && test.interact) {
          const during = watchConsole();
          try {
            await test.interact(el);
          } finally {
            during.stop();
          }
          expect(during.problems).to.deep.equal([]);
        }
        expect(watched.problems.filter((problem) => !test.warning?.test(problem))).to.deep.equal([]);
      });
    }
  });
}
