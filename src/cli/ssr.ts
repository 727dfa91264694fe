import { MissingPeerError, missingPeer } from './missing.js';
import type { SsrOptions, SsrResult } from './render-ssr.js';

export type { SsrOptions, SsrResult };

let renderer: Promise<typeof import('./render-ssr.js')> | undefined;

/** The renderer, loaded once: a MissingPeerError names the optional peer (parse5, @lit-labs/ssr) that is not installed. */
function loadRenderer() {
  renderer ??= import('./render-ssr.js').then(
    async (module) => {
      await module.preloadSsr();
      return module;
    },
    (error: unknown) => {
      const peer = missingPeer(error);
      throw peer === undefined ? error : new MissingPeerError(peer);
    },
  );
  return renderer;
}

/**
 * Server-renders every registered isomer-blocks element in `markup` (HTML, e.g. what `convert()`
 * returns) into Declarative Shadow DOM, so that the page reads fully before and without JavaScript;
 * `isomer-blocks-ssr.js` hydrates it in the browser. `options.lang` is the page's language, for
 * the elements' UI strings (the browser would read it from `<html lang>`). Rejects with a message that says what to
 * install when `@lit-labs/ssr` or `parse5` is missing.
 */
export async function renderSsr(markup: string, options?: SsrOptions): Promise<SsrResult> {
  return (await loadRenderer()).renderSsr(markup, options);
}
