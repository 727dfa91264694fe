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

/** The accessibility tree under `selector`, as indented `role "name"` lines (see commands-plugin.mjs). */
export function accessibilityTree(selector: string): Promise<string> {
  requireCapability('accessibility-tree');
  return executeServerCommand('accessibility-tree', { selector }) as Promise<string>;
}

/**
 * Runs `run` while every request to a host other than the test server is recorded and aborted (or
 * answered with `fulfill`), and returns the URLs requested (see commands-plugin.mjs).
 */
export async function logExternalRequests(
  run: () => unknown,
  fulfill?: { contentType: string; base64: string },
): Promise<string[]> {
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
