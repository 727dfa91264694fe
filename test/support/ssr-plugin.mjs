/**
 * Web Test Runner plugin for the hydrated run of the component tests (test/support/fixture.ts): the
 * `ssr-render` command `{ markup, lang? }` server-renders markup as `isomer-blocks convert --ssr` does
 * (`lang`: the page's language, as `--lang` gives it), in
 * one long-lived worker (ssr-worker.mjs), and returns `{ html, problems }`.
 */
import { Worker } from 'node:worker_threads';

export function ssrPlugin() {
  let worker;
  let nextId = 0;
  const pending = new Map();
  const start = () => {
    worker = new Worker(new URL('./ssr-worker.mjs', import.meta.url));
    worker.on('message', ({ id, error, ...result }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(error));
      else resolve(result);
    });
    // A worker that fails or ends fails what it was rendering; the next command starts another.
    const stop = (error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      worker = undefined;
    };
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the SSR worker exited (${code})`)));
    worker.unref();
  };
  return {
    name: 'isomer-blocks-ssr',
    executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!worker) start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, markup: payload.markup, lang: payload.lang });
      });
    },
    serverStop() {
      return worker?.terminate();
    },
  };
}
