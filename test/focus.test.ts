// Focus is measured, not assumed (issue 14, D1/D2): Tab through every block's named examples and the
// converted reference article, and check that each stop shows a ring a keyboard user can see, with
// the CSS as shipped, as a bundler with older targets passes it on, and in an engine without
// light-dark().
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import '../src/index.js';
import { blockTags } from '../src/blocks.js';
import { convert, splitFrontmatter } from '../src/convert/index.js';
import { itemStyles } from '../src/isomer-accordion/isomer-accordion.styles.js';
import { palette } from '../src/shared/palette.js';
import { blockExternalRequests, nextFrames } from './support/helpers.js';

/** The ways a site may end up with the library's CSS: each rewrites a stylesheet's text. */
const conditions: { name: string; rewrite: (css: string) => Promise<string> }[] = [
  { name: 'shipped CSS', rewrite: async (css) => css },
  {
    name: 'CSS through Lightning CSS for Safari 15 and Chrome 100',
    rewrite: (css) => executeServerCommand<string, { css: string }>('lightningcss', { css }),
  },
  // What Safari ≤ 17.4, Chrome ≤ 122 and Firefox ≤ 119 make of light-dark(): an unknown function.
  { name: 'an engine without light-dark()', rewrite: async (css) => css.replaceAll('light-dark(', 'no-light-dark(') },
];

/** Every stylesheet the elements adopt (their shadow styles, the accordion's item rules), with its source. */
function adoptedSheets(): { sheet: CSSStyleSheet; text: string }[] {
  const results = blockTags.flatMap(
    (tag) => (customElements.get(tag) as unknown as { elementStyles: CSSResult[] }).elementStyles,
  );
  return [...results, itemStyles].map((result) => ({ sheet: result.styleSheet!, text: result.cssText }));
}

/** The light-DOM stylesheets, as src/ has them (the build copies them to dist/ unchanged). */
const lightDomSheets = ['/src/preflight.css', '/src/prose.css'];

/** Puts every stylesheet, rewritten by `rewrite`, in place of the shipped one; returns how to undo it. */
async function applyCondition(rewrite: (css: string) => Promise<string>): Promise<() => void> {
  const adopted = adoptedSheets();
  for (const { sheet, text } of adopted) sheet.replaceSync(await rewrite(text));
  const styles = await Promise.all(
    lightDomSheets.map(async (href) => {
      const style = document.createElement('style');
      style.textContent = await rewrite(await (await fetch(href)).text());
      return document.head.appendChild(style);
    }),
  );
  return () => {
    for (const { sheet, text } of adopted) sheet.replaceSync(text);
    for (const style of styles) style.remove();
  };
}

/** The reference article as `isomer-blocks convert --page` writes it, in a prose column as the story shows it. */
async function referenceArticle(): Promise<string> {
  const { body } = splitFrontmatter(await (await fetch('/corpus/seed-smart-nation-2.md')).text());
  const { html } = convert(body, { headingBase: 2 });
  return `<article class="isomer-prose" lang="en">${html.replaceAll('<video-embed ', '<video-embed privacy="strict" ')}</article>`;
}

async function allExamples(): Promise<string> {
  const markup = await Promise.all(
    blockTags.map(async (tag) => Object.values((await import(`../src/${tag}/examples.ts`)).examples).join('\n')),
  );
  return `<div lang="en">${markup.join('\n')}</div>`;
}

/** The focused element, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element's parent in the flat tree (where it is rendered): its slot, or a shadow root's host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

type Rgba = [r: number, g: number, b: number, a: number];

function parseColour(value: string): Rgba | undefined {
  const match = value.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
  return match ? [+match[1], +match[2], +match[3], match[4] === undefined ? 1 : +match[4]] : undefined;
}

function hex(colour: string): Rgba {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return [r, g, b, 1];
}

/** What is painted behind `el`: the backgrounds of its flat-tree ancestors, over a white page. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0) layers.push(colour);
    if (colour?.[3] === 1) break;
  }
  return layers.reduceRight<Rgba>(
    ([r, g, b], [lr, lg, lb, la]) => [lr * la + r * (1 - la), lg * la + g * (1 - la), lb * la + b * (1 - la), 1],
    [255, 255, 255, 1],
  );
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Why the focus on `el` cannot be seen ('' when it can): a ring is an outline of at least 2 px, with
 * at least 3:1 contrast against what is around it, on the element or on one of its pseudo-elements
 * (a card draws its ring around the whole card). An `auto` outline is the engine's own ring, drawn
 * to be seen on any background.
 */
function invisibleFocus(el: Element): string {
  const around = backgroundBehind(flatParent(el) ?? el);
  const seen: string[] = [];
  for (const pseudo of [null, '::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.outlineStyle === 'auto') return '';
    if (style.outlineStyle === 'none' || style.outlineStyle === 'hidden') continue;
    const colour = parseColour(style.outlineColor);
    const ratio = colour ? contrast(colour, around) : 0;
    if (parseFloat(style.outlineWidth) >= 2 && ratio >= 3) return '';
    seen.push(
      `${pseudo ?? ''} ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor} (${ratio.toFixed(1)}:1)`,
    );
  }
  return seen.length ? `ring too thin or faint: ${seen.join(', ')}` : 'no ring';
}

function label(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${host ? `<${host.localName}> ` : ''}<${el.localName}> "${text || el.getAttribute('aria-label') || ''}"`;
}

/** Tabs from `start` to `end`; each stop between them and why its focus cannot be seen ('' when it can). */
async function tabStops(start: HTMLElement, end: HTMLElement): Promise<{ stop: string; problem: string }[]> {
  start.focus();
  const stops = [];
  for (let presses = 0; presses < 200; presses++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActiveElement();
    if (!el || el === end) return stops;
    // Focus is in the embedded page (here a blocked one), whose own rings the library cannot draw.
    if (el.localName === 'iframe') continue;
    stops.push({ stop: label(el), problem: el.matches(':focus-visible') ? invisibleFocus(el) : 'not :focus-visible' });
  }
  throw new Error('Tab never reached the end of the page');
}

describe('focus is visible at every Tab stop', () => {
  let markup = '';
  before(async () => {
    markup = `${await allExamples()}\n${await referenceArticle()}`;
  });

  for (const { name, rewrite } of conditions) {
    it(`with ${name}`, async () => {
      const undo = await applyCondition(rewrite);
      const page = document.createElement('div');
      try {
        await blockExternalRequests(async () => {
          page.innerHTML = `<button id="start">Start</button><main style="inline-size: 720px">${markup}</main><button id="end">End</button>`;
          document.body.append(page);
          for (const el of page.querySelectorAll('*'))
            await (el as Partial<{ updateComplete: unknown }>).updateComplete;
          await nextFrames();
          const stops = await tabStops(page.querySelector('#start')!, page.querySelector('#end')!);
          const unseen = stops.filter(({ problem }) => problem);
          expect(stops.length, 'Tab stops').to.be.above(20);
          expect(unseen, `${unseen.length} of ${stops.length} Tab stops without visible focus`).to.deep.equal([]);
          // The tokens stayed valid (the page is light): prose links keep the brand colour.
          const link = page.querySelector('.isomer-prose p a')!;
          expect(parseColour(getComputedStyle(link).color), 'prose link colour').to.deep.equal(
            hex(palette.brand.light),
          );
        });
      } finally {
        page.remove();
        undo();
      }
    });
  }
});
