/**
 * Plumbing for the fault tests (issue 19, item 9): a host that never answers, the page errors and
 * unhandled rejections a run caused, and a count of the observers and window/document listeners
 * alive, to show that elements created and removed leave none behind.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The origin (`http://localhost:PORT`) of a server that takes every connection and never answers
 * (commands-plugin.mjs `silent-host`): anything loaded from it stays loading, in every engine.
 */
export async function silentOrigin(): Promise<string> {
  return `http://localhost:${(await executeServerCommand('silent-host')) as number}`;
}

/**
 * Runs `run` and returns the page errors (uncaught exceptions) and unhandled promise rejections
 * that it caused, including those a task after it reports.
 */
export async function pageFaults(run: () => unknown): Promise<string[]> {
  const faults: string[] = [];
  const onError = (event: ErrorEvent) => faults.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => faults.push(`unhandled rejection: ${String(event.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return faults;
}

type ObserverKind = 'MutationObserver' | 'IntersectionObserver' | 'ResizeObserver';
const observerKinds: ObserverKind[] = ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'];

/** What is alive: observed targets of each kind of observer, and listeners on `window` and `document`. */
export type Hooks = Record<ObserverKind | 'window listeners' | 'document listeners', number>;

/** A method as stored, and as a wrapper calls it: the wrappers pass their arguments on as they come. */
type Method = (this: unknown, ...args: never[]) => unknown;
type Original = (this: unknown, ...args: unknown[]) => unknown;

interface Patch {
  target: object;
  name: string;
  original: unknown;
}

/**
 * Counts, from now until `stop()`, the targets each observer observes (observe, unobserve,
 * disconnect) and the listeners added to `window` and `document` and not removed, by wrapping
 * those methods. `now()` says what is alive. As Spectrum Web Components' memory tests compare a
 * page before and after their fixture comes and goes (their `testForMemoryLeaks`), a test compares
 * `now()` before and after; it counts hooks rather than heap bytes, which only Chromium measures.
 * What was observed or listened to before the count began is not known to it.
 */
export function countHooks(): { now(): Hooks; stop(): void } {
  const observed = new Map<object, Set<object>>();
  const listeners = new Map<EventTarget, Set<string>>([
    [window, new Set()],
    [document, new Set()],
  ]);
  const patches: Patch[] = [];
  const patch = <T extends object>(target: T, name: string, wrap: (original: Original) => Method) => {
    const original = (target as Record<string, Original>)[name];
    patches.push({ target, name, original });
    (target as Record<string, Method>)[name] = wrap(original);
  };

  for (const kind of observerKinds) {
    const proto = window[kind].prototype as object;
    patch(
      proto,
      'observe',
      (original) =>
        function (this: unknown, target: object, ...rest: unknown[]) {
          const observer = this as object;
          if (!observed.has(observer)) observed.set(observer, new Set());
          observed.get(observer)!.add(target);
          return original.call(this, target, ...rest);
        },
    );
    patch(
      proto,
      'disconnect',
      (original) =>
        function (this: unknown) {
          observed.delete(this as object);
          return original.call(this);
        },
    );
    if (kind !== 'MutationObserver')
      patch(
        proto,
        'unobserve',
        (original) =>
          function (this: unknown, target: object) {
            observed.get(this as object)?.delete(target);
            return original.call(this, target);
          },
      );
  }

  // Identifies a listener as the DOM does: its type, its callback and its capture flag. The
  // callback is named by a number of its own, given once.
  const ids = new WeakMap<object, number>();
  let named = 0;
  const key = (type: string, callback: unknown, options?: boolean | EventListenerOptions) => {
    if (!callback || (typeof callback !== 'object' && typeof callback !== 'function')) return undefined;
    if (!ids.has(callback)) ids.set(callback, ++named);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${type} ${ids.get(callback)} ${capture}`;
  };
  // A global call (`addEventListener(…)` in a module) has no `this`: it is the window's.
  const listening = (self: unknown) => listeners.get((self as EventTarget | undefined) ?? window);
  patch(
    EventTarget.prototype,
    'addEventListener',
    (original) =>
      function (this: unknown, type: string, callback: unknown, options?: boolean | AddEventListenerOptions) {
        const id = key(type, callback, options);
        if (id) listening(this)?.add(id);
        return original.call(this ?? window, type, callback, options);
      },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    (original) =>
      function (this: unknown, type: string, callback: unknown, options?: boolean | EventListenerOptions) {
        const id = key(type, callback, options);
        if (id) listening(this)?.delete(id);
        return original.call(this ?? window, type, callback, options);
      },
  );

  const count = (kind: ObserverKind) =>
    Array.from(observed).reduce(
      (sum, [observer, targets]) => sum + (observer instanceof window[kind] ? targets.size : 0),
      0,
    );
  return {
    now: () => ({
      MutationObserver: count('MutationObserver'),
      IntersectionObserver: count('IntersectionObserver'),
      ResizeObserver: count('ResizeObserver'),
      'window listeners': listeners.get(window)!.size,
      'document listeners': listeners.get(document)!.size,
    }),
    stop() {
      for (const { target, name, original } of patches.reverse()) (target as Record<string, unknown>)[name] = original;
    },
  };
}
