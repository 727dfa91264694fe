import { executeServerCommand } from '@web/test-runner-commands';
import { can, requireCapability } from './engines.js';

type MediaFeature = { name: string; value: string };

/**
 * Emulates CSS media features (forced-colors, prefers-color-scheme…) and media type; `[]` resets.
 * Needs the `emulate-forced-colors` or `emulate-media` capability (engines.ts); a reset runs everywhere.
 */
export async function emulateMediaFeatures(features: MediaFeature[], media?: 'print' | 'screen'): Promise<unknown> {
  // Resetting where nothing can be emulated is nothing to do.
  if (!features.length && !media && !can('emulate-forced-colors') && !can('emulate-media')) return true;
  for (const feature of features)
    requireCapability(feature.name === 'forced-colors' ? 'emulate-forced-colors' : 'emulate-media');
  if (media) requireCapability('emulate-media');
  return executeServerCommand('emulate-media-features', { features, media });
}

/**
 * Sets the viewport (the window's inner size) in every engine; below 447 px it needs the
 * `narrow-viewport` capability (engines.ts).
 */
export function setViewport({ width, height }: { width: number; height: number }): Promise<unknown> {
  if (width < 447) requireCapability('narrow-viewport');
  return executeServerCommand('resize-viewport', { width, height });
}

/** Replaces console.warn while `run` runs and returns every warning it printed. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Runs `run` and returns the warnings it printed and the codes of the `type` error events that reached the document. */
export async function captureProblems(
  type: string,
  run: () => unknown,
): Promise<{ warnings: string[]; codes: string[] }> {
  const codes: string[] = [];
  const listener = (event: Event) => codes.push((event as CustomEvent<{ code: string }>).detail.code);
  document.addEventListener(type, listener);
  const warnings = await captureWarnings(run).finally(() => document.removeEventListener(type, listener));
  return { warnings, codes };
}

/** The next event of `type` that reaches `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));
}

/** Waits for two animation frames, so that layout and paint have happened. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Loads a stylesheet into the document for the rest of the test file. */
export async function loadStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = nextEvent(link, 'load');
  document.head.append(link);
  await loaded;
  return link;
}

/** A block's class: a subclass of it can be defined under another tag. */
type Definable = (new () => HTMLElement) & { define(tag: string): void };

/**
 * What upgrading moves: the boxes of `host`'s first child and of the elements `measured` selects,
 * with preflight.css, before and after the block upgrades. `markup` (the block, as `tag`) is written
 * as a stand-in tag that is defined afterwards as a subclass of `Block`, with preflight.css's rules
 * for `tag` copied onto it (`tag` itself is defined already by the test's imports).
 */
export async function boxesAcrossUpgrade(
  host: Element,
  { tag, Block, markup, measured }: { tag: string; Block: Definable; markup: string; measured: string },
): Promise<{ before: unknown[]; after: unknown[] }> {
  const link = await loadStylesheet('/src/preflight.css');
  const standIn = `${tag}-later`;
  const sheet = link.sheet!;
  for (const rule of Array.from(sheet.cssRules)) {
    if (rule.cssText.includes(tag)) sheet.insertRule(rule.cssText.replaceAll(tag, standIn), sheet.cssRules.length);
  }
  host.innerHTML = markup.replaceAll(tag, standIn);
  const boxes = () =>
    [host.firstElementChild!, ...host.querySelectorAll(measured)].map((el) => el.getBoundingClientRect().toJSON());
  try {
    await nextFrames();
    const before = boxes();
    (class extends Block {}).define(standIn);
    await (host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrames();
    return { before, after: boxes() };
  } finally {
    link.remove();
  }
}

/** The computed value of a system colour such as `LinkText`, what forced colours give a token. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const { color } = getComputedStyle(probe);
  probe.remove();
  return color;
}

/**
 * The text a pseudo-element shows (its `content` strings joined, its alternative after `/` left
 * out), or `none`: engines serialize strings concatenated through var() as one string (Chromium)
 * or as several (Firefox, WebKit).
 */
export function generatedText(el: Element, pseudo = '::after'): string {
  const { content } = getComputedStyle(el, pseudo);
  const tokens: string[] = content.match(/"(?:[^"\\]|\\.)*"|\//g) ?? [];
  const slash = tokens.indexOf('/');
  const shown = slash < 0 ? tokens : tokens.slice(0, slash);
  return shown.length ? shown.map((string) => JSON.parse(string) as string).join('') : content;
}

/** The accessibility tree under `selector`, as indented `role "name"` lines (see commands-plugin.mjs). */
export function accessibilityTree(selector: string): Promise<string> {
  requireCapability('accessibility-tree');
  return executeServerCommand('accessibility-tree', { selector }) as Promise<string>;
}

/** An answer to a request: a body of `contentType`, with `status` (200 by default). */
export interface Fulfilment {
  contentType: string;
  base64: string;
  status?: number;
}

/**
 * Runs `run` while every request to a host other than the test server is recorded and aborted (or
 * answered with `fulfill`, or never answered with `'never'`: a host that hangs), and returns the
 * URLs requested (see commands-plugin.mjs).
 */
export async function logExternalRequests(run: () => unknown, fulfill?: Fulfilment | 'never'): Promise<string[]> {
  requireCapability('request-log');
  await executeServerCommand('start-request-log', { fulfill });
  let urls: string[] = [];
  try {
    await run();
  } finally {
    urls = (await executeServerCommand('stop-request-log')) as string[];
  }
  return urls;
}

/**
 * Runs `run` with every request to another host aborted, where the engine can intercept requests
 * (`request-log` in engines.ts). Elsewhere `run` runs as it is: it is for tests whose checks do not
 * depend on what the requests return (CI has no internet, so they fail there in any case).
 */
export async function blockExternalRequests(run: () => unknown): Promise<void> {
  if (can('request-log')) await logExternalRequests(run);
  else await run();
}

/** Waits until `image` has loaded or failed (a second at most: a lazy image out of view never loads). */
export function loaded(image: HTMLImageElement | null): Promise<unknown> {
  if (!image?.getAttribute('src') || image.complete) return Promise.resolve();
  return new Promise((resolve) => {
    for (const type of ['load', 'error']) image.addEventListener(type, resolve, { once: true });
    setTimeout(resolve, 1000);
  });
}
