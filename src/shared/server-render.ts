import { html, isServer, type LitElement } from 'lit';

/**
 * Whether `element` renders as a server does: on a server (which sees neither the element's light
 * DOM nor the live page), and in the browser's first render over a server's shadow root, which
 * hydration needs to be the same. The browser then renders again, for real, before the element's
 * `updateComplete` resolves (see IsomerElement.performUpdate).
 */
export function rendersAsServer(element: LitElement): boolean {
  return isServer || isHydrating(element);
}

/** Whether `element` is in the browser's first update over a server's shadow root (Declarative Shadow DOM). */
export function isHydrating(element: LitElement): boolean {
  return !isServer && !element.hasUpdated && !!element.renderRoot?.hasChildNodes();
}

/**
 * The light DOM as it is: what elements that need the live page to decide what to show (site-wide
 * `<meta>` settings, the page's headings) render as a server, since it is their no-JavaScript fallback.
 */
export const lightDom = html`<slot></slot>`;
