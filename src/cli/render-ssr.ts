import {
  defaultTreeAdapter as adapter,
  html,
  parseFragment,
  type DefaultTreeAdapterTypes as T,
  type Token,
} from 'parse5';
import type { RenderInfo } from '@lit-labs/ssr';

import { childNodesOf } from '../convert/parse5-tree.js';
import { parseBody } from '../convert/parser.js';
import type { ConversionWarning } from '../convert/report.js';
import { normalizeText, writeAsParsed, writeHtml } from '../convert/round-trip.js';
import { pushReversed } from '../convert/tree.js';
import { inServerLanguage } from '../shared/server-language.js';
import { MissingPeerError, missingPeer } from './missing.js';

// The server renderer behind isomer-blocks/ssr (src/cli/ssr.ts) and `convert --ssr`. It needs
// parse5 and @lit-labs/ssr, optional peers: ssr.ts loads this module only when asked to render.
//
// The author's markup is never text to Lit: each element is rendered by its own element renderer,
// from its attributes, and only its shadow root (the library's own templates) comes back as HTML.
// That HTML is parsed into a `<template shadowrootmode>` put first in the element; everything else
// stays the nodes the page was parsed into.

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
  /**
   * Elements that could not be server-rendered (they are left to render in the browser), and
   * markup that a browser would parse into another tree, written as its text (as `convert()` does).
   */
  problems: string[];
}

/** What the server renders of one element. */
interface RenderedElement {
  /** The element's attributes after connecting: the author's, and any it reflects or adds for hydration. */
  attributes: Token.Attribute[];
  /** Its shadow root's content, as HTML. */
  shadow: string;
  shadowRootOptions: ShadowRootInit;
}

interface ServerRenderer {
  isDefined(tag: string): boolean;
  /** Renders `<tag>` with `attributes`, or null when it renders no shadow root (not a Lit element). */
  render(tag: string, attributes: Token.Attribute[]): RenderedElement | null;
}

let renderer: Promise<ServerRenderer> | undefined;

/**
 * Loads Lit SSR and every isomer-blocks element once. Lit's Node build brings its own DOM shim, so
 * the element modules load in Node (they touch no browser global at import time).
 */
function loadRenderer() {
  renderer ??= (async (): Promise<ServerRenderer> => {
    // @lit-labs/ssr is an optional peer dependency: say what to install when it is missing.
    const [{ LitElementRenderer }, { getElementRenderer }, { collectResultSync }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/element-renderer.js'),
      import('@lit-labs/ssr/lib/render-result.js'),
    ]).catch((error: unknown) => {
      const peer = missingPeer(error);
      throw peer === undefined ? error : new MissingPeerError(peer);
    });
    await import('../index.js');
    return {
      isDefined: (tag) => customElements.get(tag) !== undefined,
      // What Lit SSR does for a custom element it meets in a template, from "open" to "shadow".
      render(tag, attributes) {
        const renderInfo: RenderInfo = {
          elementRenderers: [LitElementRenderer],
          customElementInstanceStack: [],
          customElementHostStack: [],
          eventTargetStack: [],
          slotStack: [],
          deferHydration: false,
        };
        const instance = getElementRenderer(
          renderInfo,
          tag,
          undefined,
          new Map(attributes.map(({ name, value }) => [name, value])),
        );
        if (instance.element === undefined) return null;
        for (const { name, value } of attributes) instance.setAttribute(name, value);
        renderInfo.customElementInstanceStack.push(instance);
        renderInfo.eventTargetStack.push(instance.element);
        instance.connectedCallback();
        renderInfo.customElementHostStack.push(instance);
        const shadow = instance.renderShadow(renderInfo);
        if (shadow === undefined) return null;
        return {
          shadow: collectResultSync(shadow),
          attributes: Array.from(instance.element.attributes, ({ name, value }) => ({ name, value })),
          shadowRootOptions: instance.shadowRootOptions,
        };
      },
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

/**
 * The declarative shadow root for `rendered`, its content parsed as the browser parses a
 * `<template>`'s, with the attributes Lit SSR writes (`shadowroot` too, for older engines).
 */
function shadowRootOf({ shadow, shadowRootOptions: { mode = 'open', delegatesFocus } }: RenderedElement): T.Template {
  const attributes = [
    { name: 'shadowroot', value: mode },
    { name: 'shadowrootmode', value: mode },
    ...(delegatesFocus ? [{ name: 'shadowrootdelegatesfocus', value: '' }] : []),
  ];
  const template = adapter.createElement('template', html.NS.HTML, attributes) as T.Template;
  adapter.setTemplateContent(template, parseFragment(template, shadow, {}));
  return template;
}

/**
 * Server-renders `element` (a registered element) in place: its attributes as it renders them and
 * its shadow root, first of its children. A shadow root from an earlier render is dropped first,
 * also when rendering fails (the element then renders in the browser).
 */
function renderInPlace(element: T.Element, render: ServerRenderer['render']): void {
  for (const root of element.childNodes.filter(isShadowRoot)) adapter.detachNode(root);
  const rendered = render(element.tagName, element.attrs);
  if (rendered === null) return;
  element.attrs = rendered.attributes;
  const root = shadowRootOf(rendered);
  const [first] = element.childNodes;
  if (first) adapter.insertBefore(element, root, first);
  else adapter.appendChild(element, root);
}

/**
 * Server-renders every registered isomer-blocks element in `markup` (nested ones too) into
 * Declarative Shadow DOM, one element at a time, so that one element failing leaves the others
 * rendered. The markup is parsed once; each element gets its shadow root as nodes, and its light
 * DOM stays as parsed. Markup rendered before is rendered anew (its old shadow roots dropped), so
 * rendering again, or after the levels changed, gives the page as if rendered once. The result is
 * written as `convert()` writes HTML, so that `convert()` gives it back unchanged.
 */
export async function renderSsr(markup: string, options: SsrOptions = {}): Promise<SsrResult> {
  const { render, isDefined } = await loadRenderer();
  const fragment = parseBody(markup);
  const problems: string[] = [];
  // Elements in document order, each with the nearest `lang` around it, as the browser will see it.
  // Iterative: the input's depth sets no stack depth.
  const pending: { element: T.Element; lang: string | undefined }[] = [];
  const visit = (children: T.Node[], lang: string | undefined) =>
    pushReversed(
      pending,
      children.filter(adapter.isElementNode).map((element) => ({ element, lang })),
    );
  visit(fragment.childNodes, options.lang);
  while (pending.length > 0) {
    const { element, lang } = pending.pop()!;
    const registered = element.namespaceURI === html.NS.HTML && isDefined(element.tagName);
    // Its children as the author wrote them (a template's content): not the shadow root it gets, nor one it had.
    const children = childNodesOf(element).filter((child) => !(registered && isShadowRoot(child)));
    if (registered) {
      try {
        inServerLanguage(lang, () => renderInPlace(element, render));
      } catch (error) {
        problems.push(`<${element.tagName}> could not be server-rendered: ${(error as Error).message}`);
      }
    }
    visit(children, element.attrs.find((attr) => attr.name === 'lang')?.value ?? lang);
  }
  normalizeText(fragment);
  const warnings: ConversionWarning[] = [];
  const written = writeAsParsed(fragment, () => writeHtml(fragment), parseBody, warnings);
  return { html: written, problems: [...problems, ...warnings.map((warning) => warning.message)] };
}
