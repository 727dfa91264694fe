/**
 * The conformance suite: checks every block must pass, run for each block of the registry over its
 * named examples (src/<tag>/examples.ts) by test/conformance.test.ts, client-rendered and
 * server-rendered then hydrated. Each check is a function of one rendered example, so that one
 * place says what "a block works" means (Material Web's token tests and Spectrum's memory tests do
 * the same for their components).
 */
import { expect } from '@open-wc/testing';
import { palette as colours } from '../../src/shared/palette.js';
import { tokens } from '../../src/shared/tokens.js';
import { setContent } from './fixture.js';
import { blockExternalRequests, emulateMediaFeatures, nextFrames } from './helpers.js';

/** The colour tokens' light and dark defaults (src/shared/palette.ts), as computed colours. */
const palette: [light: string, dark: string][] = Object.values(colours).map(({ light, dark }) => [
  rgb(light),
  rgb(dark),
]);

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const colourProperties = [
  'color',
  'background-color',
  'border-top-color',
  'border-inline-start-color',
  'outline-color',
] as const;

const inner = (root: Element | ShadowRoot): Element[] =>
  Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? inner(el.shadowRoot) : [])]);

/** Every element a reader sees of a block: the host, its shadow tree (and nested ones), its light DOM. */
export function partsOf(host: Element): Element[] {
  return [host, ...(host.shadowRoot ? inner(host.shadowRoot) : []), ...inner(host)];
}

/** What the block's own styles draw: the host and its shadow tree (the light DOM is the site's to style). */
export function ownPartsOf(host: Element): Element[] {
  return [host, ...(host.shadowRoot ? inner(host.shadowRoot) : [])];
}

/** Renders `markup` into a fresh container of `width` and returns the container and the block's elements. */
export async function render(tag: string, markup: string, { width = '720px', scheme = 'light', dir = 'ltr' } = {}) {
  const container = document.createElement('div');
  container.style.cssText = `inline-size: ${width}; color-scheme: ${scheme}`;
  container.dir = dir;
  document.body.append(container);
  await setContent(container, markup);
  await nextFrames();
  const hosts = Array.from(container.querySelectorAll<HTMLElement>(tag));
  expect(hosts.length, `<${tag}> in its example`).to.be.above(0);
  return { container, hosts };
}

/** Everything `run` writes to the console (log, info, warn, error), as text. */
export async function consoleOutput(run: () => unknown): Promise<string[]> {
  const methods = ['log', 'info', 'warn', 'error'] as const;
  const originals = methods.map((method) => console[method]);
  const output: string[] = [];
  for (const method of methods)
    console[method] = (...args: unknown[]) => output.push(`${method}: ${args.map(String).join(' ')}`);
  try {
    await run();
  } finally {
    methods.forEach((method, i) => (console[method] = originals[i]));
  }
  return output;
}

/** Every `--_name` a stylesheet uses and every one it defines. */
export function privateTokens(cssText: string): { used: Set<string>; defined: Set<string> } {
  return {
    used: new Set(Array.from(cssText.matchAll(/var\(\s*(--_[\w-]+)/g), (m) => m[1])),
    defined: new Set(Array.from(cssText.matchAll(/(--_[\w-]+)\s*:/g), (m) => m[1])),
  };
}

/** The element's shadow styles as text. */
export function stylesOf(tag: string): string {
  const element = customElements.get(tag) as unknown as { elementStyles: (CSSStyleSheet | { cssText: string })[] };
  return element.elementStyles
    .map((style) =>
      'cssText' in style ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n'),
    )
    .join('\n');
}

/** Checks that its private tokens are all defined, and that the element's own ones are used. */
export function checkTokens(tag: string): void {
  const { used, defined } = privateTokens(stylesOf(tag));
  expect(
    [...used].filter((token) => !defined.has(token)),
    'used but never defined',
  ).to.deep.equal([]);
  const shared = privateTokens(tokens.cssText).defined;
  expect(
    [...defined].filter((token) => !shared.has(token) && !used.has(token)),
    'defined but never used',
  ).to.deep.equal([]);
}

/**
 * Each colour of the light rendering that is a token's light value (white aside: it is also a
 * literal colour, on images) is a token's dark value in the dark rendering: the scheme was followed
 * and no token went invalid. Returns how many colours were compared.
 */
export function checkDarkScheme(light: Element[], dark: Element[]): number {
  expect(dark.length).to.equal(light.length);
  const lightValues = new Set(palette.map(([value]) => value).filter((value) => value !== rgb('#ffffff')));
  const darkValues = new Set(palette.map(([, value]) => value));
  let compared = 0;
  light.forEach((el, i) => {
    const [lightStyle, darkStyle] = [getComputedStyle(el), getComputedStyle(dark[i])];
    for (const property of colourProperties) {
      if (!lightValues.has(lightStyle.getPropertyValue(property))) continue;
      compared++;
      expect(
        darkValues.has(darkStyle.getPropertyValue(property)),
        `${el.localName} ${property} in the dark scheme: ${darkStyle.getPropertyValue(property)}`,
      ).to.equal(true);
    }
  });
  return compared;
}

const systemColours = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'Highlight',
  'HighlightText',
  'GrayText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'AccentColor',
  'AccentColorText',
];

/** The computed values of every system colour, and transparent, in the current mode. */
function systemColourValues(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const values = new Set(['rgba(0, 0, 0, 0)']);
  for (const colour of systemColours) {
    probe.style.color = colour;
    values.add(getComputedStyle(probe).color);
  }
  probe.remove();
  return values;
}

/** In forced colours, every colour of every part is a system colour (or transparent). */
export function checkForcedColours(parts: Element[]): void {
  const allowed = systemColourValues();
  for (const el of parts) {
    const style = getComputedStyle(el);
    for (const property of colourProperties) {
      const value = style.getPropertyValue(property);
      // A colour with alpha keeps a system colour's channels; an element outside the flat tree has none.
      const opaque = value.replace(/^rgba\((\d+, \d+, \d+), [\d.]+\)$/, 'rgb($1)');
      expect(
        value === '' || value === 'rgba(0, 0, 0, 0)' || allowed.has(opaque),
        `${el.localName} ${property} ${value} is a system colour`,
      ).to.equal(true);
    }
  }
}

/** Nothing animates or transitions. */
export function checkNoMotion(parts: Element[]): void {
  for (const el of parts) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      expect(
        style.transitionDuration.split(', ').every((value) => value === '0s'),
        `${el.localName}${pseudo ?? ''} transition`,
      ).to.equal(true);
      expect(style.animationName, `${el.localName}${pseudo ?? ''} animation`).to.equal('none');
    }
  }
}

/** Whether a box between `el` and `container` scrolls sideways (a wide table's region): `el` may be wider. */
function inScroller(el: Element, container: Element): boolean {
  for (let parent = el.parentElement; parent && parent !== container; parent = parent.parentElement)
    if (/auto|scroll/.test(getComputedStyle(parent).overflowX)) return true;
  return false;
}

/** Nothing sticks out of a container: its content fits its width, or scrolls inside a box that does. */
export function checkReflow(container: HTMLElement): void {
  const right = container.getBoundingClientRect().right;
  expect(container.scrollWidth, 'scroll width').to.be.at.most(container.clientWidth);
  for (const el of partsOf(container)) {
    if (el.getClientRects().length && !inScroller(el, container))
      expect(el.getBoundingClientRect().right, `${el.localName} inside`).to.be.at.most(right + 0.5);
  }
}

/**
 * In print, every light-DOM element that holds text is on the paper (links, fallbacks, closed
 * items), or its text is, in what the shadow tree renders instead (a contents list's links); so is
 * every light-DOM image. Returns how many were checked.
 */
export function checkPrinted(host: Element): number {
  const shows = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const shadowText = ownPartsOf(host)
    .filter((el) => el !== host && shows(el))
    .map((el) => (el as HTMLElement).innerText ?? '')
    .join('\n');
  const withText = inner(host)
    .filter((el) => !['style', 'script', 'template'].includes(el.localName))
    .filter((el) =>
      Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
    );
  for (const el of withText) {
    const text = el.textContent!.replace(/\s+/g, ' ').trim();
    expect(
      shows(el) || shadowText.replace(/\s+/g, ' ').includes(text),
      `${el.localName} “${text.slice(0, 40)}” is printed`,
    ).to.equal(true);
  }
  const images = inner(host).filter((el) => el.localName === 'img');
  for (const image of images) expect(shows(image), `img “${image.getAttribute('alt')}” is printed`).to.equal(true);
  return withText.length + images.length;
}

/**
 * In a right-to-left page every box of the block is the mirror of its left-to-right box: the styles
 * use logical properties. Boxes are compared across the container's centre line.
 */
export function checkMirrored(
  ltr: { container: HTMLElement; parts: Element[] },
  rtl: { container: HTMLElement; parts: Element[] },
): void {
  const edges = (container: HTMLElement) => container.getBoundingClientRect();
  const [left, right] = [edges(ltr.container), edges(rtl.container)];
  ltr.parts.forEach((el, i) => {
    // Icons keep their direction (a play triangle points right in every language).
    if (!el.getClientRects().length || el.localName === 'slot' || el.closest('svg')) return;
    const a = el.getBoundingClientRect();
    const b = rtl.parts[i].getBoundingClientRect();
    expect(Math.round(b.width), `${el.localName} width`).to.equal(Math.round(a.width));
    expect(Math.round(right.right - b.right), `${el.localName} mirrored`).to.be.closeTo(
      Math.round(a.left - left.left),
      1,
    );
  });
}

/** `hidden` takes the block off the page, whatever its own styles say. */
export async function checkHidden(host: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  host.hidden = true;
  await host.updateComplete;
  expect(host.getClientRects().length, 'boxes while hidden').to.equal(0);
  host.hidden = false;
  await host.updateComplete;
  expect(host.getClientRects().length, 'boxes once shown').to.be.above(0);
}

/**
 * Where every block and what follows it start, in a page that has the preflight stylesheet, before
 * and after the elements are defined: what layout shift measures. In an iframe, whose registry
 * starts empty; third-party frames are not loaded (the request log aborts them).
 */
export async function boxesBeforeAndAfterUpgrade(
  markup: string,
  width = 720,
): Promise<{ before: object[]; after: object[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width + 20}px; block-size: 600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/src/preflight.css"></head>
<body style="margin: 10px"><main style="inline-size: ${width}px">${markup}<p id="after">What follows</p></main></body></html>`;
  const frames = () =>
    new Promise((resolve) =>
      frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)),
    );
  let result = { before: [] as object[], after: [] as object[] };
  await blockExternalRequests(async () => {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const elements = Array.from(doc.querySelectorAll('main *'));
    // Where each box starts, as layout shift measures it (a box may change size without moving).
    const box = (el: Element) => ({
      el: el.id || el.localName,
      x: el.getBoundingClientRect().x,
      y: el.getBoundingClientRect().y,
    });
    const boxes = (shown: Element[]) => shown.map(box);
    await frames();
    const before = elements.map(box);
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = `import '/src/index.ts';
for (const el of document.querySelectorAll('main *')) await el.updateComplete;
document.dispatchEvent(new Event('upgraded'));`;
    const upgraded = new Promise((resolve) => doc.addEventListener('upgraded', resolve, { once: true }));
    doc.body.append(script);
    await upgraded;
    await frames();
    const shown = elements.filter((el) => el.localName.includes('-') || el.id === 'after');
    result = { before: shown.map((el) => before[elements.indexOf(el)]), after: boxes(shown) };
  });
  frame.remove();
  return result;
}

/** Runs `run` with `features` (and the `media` type) emulated, then resets them. */
export async function withMedia(
  features: { name: string; value: string }[],
  run: () => Promise<void>,
  media?: 'print',
): Promise<void> {
  await emulateMediaFeatures(features, media);
  try {
    await run();
  } finally {
    await emulateMediaFeatures([]);
  }
}
