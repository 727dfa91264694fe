import { html, isServer, type LitElement } from 'lit';

/**
 * Whether `element` renders as a server does: on a server (which sees neither the element's light
 * DOM nor the live page), and in the browser's first render over a server's shadow root, which
 * hydration needs to be the same. The browser then renders again, for real, before the element's
 * `updateComplete` resolves (see IsomerElement.getUpdateComplete). Call it once per render.
 */
export function rendersAsServer(element: LitElement): boolean {
  if (isServer) return true;
  if (!isHydrating(element)) return false;
  renderAgain(element);
  return true;
}

/** Whether `element` is in the browser's first update over a server's shadow root (Declarative Shadow DOM). */
export function isHydrating(element: LitElement): boolean {
  return !isServer && !element.hasUpdated && !!element.renderRoot?.hasChildNodes();
}

/** Asks for another render once this update has finished (no change-in-update), before anyone awaiting it resumes. */
export function renderAgain(element: LitElement): void {
  queueMicrotask(() => element.requestUpdate());
}

/**
 * The light DOM as it is: what elements that need the live page to decide what to show (site-wide
 * `<meta>` settings, the page's headings) render as a server, since it is their no-JavaScript fallback.
 */
export const lightDom = html`<slot></slot>`;
