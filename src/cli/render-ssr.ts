import { defaultTreeAdapter as adapter, serialize, serializeOuter, type DefaultTreeAdapterTypes as T } from 'parse5';

import { parseBody } from '../convert/parser.js';
import { inServerLanguage } from '../shared/server-language.js';
import { MissingPeerError, missingPeer } from './missing.js';

// The server renderer behind isomer-blocks/ssr (src/cli/ssr.ts) and `convert --ssr`. It needs
// parse5 and @lit-labs/ssr, optional peers: ssr.ts loads this module only when asked to render.

export interface SsrOptions {
  /**
   * The page's language (BCP 47; a CMS locale such as `ms_SG` is read as `ms-SG`), for the UI
   * strings the elements render: what they would read from `<html lang>` in the browser. An
   * element inside markup with its own `lang` follows that. Default: none (English).
   */
  lang?: string;
}

export interface SsrResult {
  html: string;
  /** Elements that could not be server-rendered (they are left to render in the browser). */
  problems: string[];
}

type Renderer = (markup: string) => string;

let renderer: Promise<{ render: Renderer; isDefined: (tag: string) => boolean }> | undefined;

/**
 * Loads Lit SSR and every isomer-blocks element once. Lit's Node build brings its own DOM shim, so
 * the element modules load in Node (they touch no browser global at import time).
 */
function loadRenderer() {
  renderer ??= (async () => {
    // @lit-labs/ssr is an optional peer dependency: say what to install when it is missing.
    const [{ render }, { collectResultSync }, { html }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
    ]).catch((error: unknown) => {
      const peer = missingPeer(error);
      throw peer === undefined ? error : new MissingPeerError(peer);
    });
    await import('../index.js');
    return {
      // The markup is the author's content after conversion: rendered as one static template.
      render: (markup: string) =>
        collectResultSync(render(html(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray))),
      isDefined: (tag: string) => customElements.get(tag) !== undefined,
    };
  })();
  return renderer;
}

/** Loads the renderer now: rejects with a MissingPeerError when @lit-labs/ssr is not installed. */
export async function preloadSsr(): Promise<void> {
  await loadRenderer();
}

/** True for a `<template shadowrootmode>` (or the older `shadowroot`): a declarative shadow root. */
const isShadowRoot = (node: T.Node): node is T.Template =>
  adapter.isElementNode(node) &&
  node.tagName === 'template' &&
  node.attrs.some((attr) => attr.name === 'shadowrootmode' || attr.name === 'shadowroot');

/** A comment of Lit's SSR markers (`lit-part`, `/lit-part`, `lit-node`): what rendering put around and in an element. */
const isLitMarker = (node: T.Node | undefined): boolean =>
  node !== undefined && adapter.isCommentNode(node) && /^\/?lit-(?:part|node)\b/.test(node.data);

/**
 * Takes out what rendering added before (a page server-rendered already): the shadow roots and
 * Lit's markers, so that the elements are rendered anew from their light DOM.
 */
function dropRendered(parent: T.ParentNode, isDefined: (tag: string) => boolean): void {
  const rendered = (node: T.Node) =>
    adapter.isElementNode(node) && isDefined(node.tagName) && node.childNodes.some(isShadowRoot);
  if (!parent.childNodes.some(rendered) && !(adapter.isElementNode(parent) && rendered(parent))) {
    for (const node of parent.childNodes)
      if (adapter.isElementNode(node))
        dropRendered(node.tagName === 'template' ? adapter.getTemplateContent(node as T.Template) : node, isDefined);
    return;
  }
  for (const node of [...parent.childNodes]) {
    if (isLitMarker(node) || (isShadowRoot(node) && rendered(parent))) adapter.detachNode(node as T.ChildNode);
    else if (adapter.isElementNode(node))
      dropRendered(node.tagName === 'template' ? adapter.getTemplateContent(node as T.Template) : node, isDefined);
  }
}

/**
 * Server-renders every registered isomer-blocks element in `markup` into Declarative Shadow DOM,
 * one outermost element at a time, so that one element failing leaves the others rendered. Markup
 * rendered before is rendered anew (its old shadow roots dropped), so rendering again, or after the
 * levels changed, gives the page as if rendered once. The result is written as parse5 writes HTML,
 * so that `convert()` gives it back unchanged.
 */
export async function renderSsr(markup: string, options: SsrOptions = {}): Promise<SsrResult> {
  const { render, isDefined } = await loadRenderer();
  const fragment = parseBody(markup);
  dropRendered(fragment, isDefined);
  // A placeholder comment that the author's content does not contain.
  let marker = 'isomer-ssr';
  while (markup.includes(marker)) marker += '-';
  const rendered: string[] = [];
  const problems: string[] = [];
  // `lang`: the nearest one around the element, as the browser will see it.
  const visit = (parent: T.ParentNode, lang: string | undefined) => {
    for (const node of [...parent.childNodes]) {
      if (!adapter.isElementNode(node)) continue;
      if (!isDefined(node.tagName)) {
        const own = node.attrs.find((attr) => attr.name === 'lang')?.value ?? lang;
        visit(node.tagName === 'template' ? adapter.getTemplateContent(node as T.Template) : node, own);
        continue;
      }
      try {
        rendered.push(inServerLanguage(lang, () => render(serializeOuter(node))));
        adapter.insertBefore(parent, adapter.createCommentNode(`${marker}:${rendered.length - 1}`), node);
        adapter.detachNode(node);
      } catch (error) {
        problems.push(`<${node.tagName}> could not be server-rendered: ${(error as Error).message}`);
      }
    }
  };
  visit(fragment, options.lang);
  const placeholder = new RegExp(`<!--${marker}:(\\d+)-->`, 'g');
  const html = serialize(fragment).replace(placeholder, (_, index: string) => rendered[Number(index)]);
  return { html: serialize(parseBody(html)).replace(/\r/g, '&#13;'), problems };
}
