import {
  defaultTreeAdapter as adapter,
  html,
  parseFragment,
  type DefaultTreeAdapterTypes as T,
  type Token,
} from 'parse5';
import type { RenderInfo } from '@lit-labs/ssr';
import type { CSSResult, LitElement } from 'lit';

import { capDepth, tooDeep } from '../convert/depth.js';
import { childNodesOf } from '../convert/parse5-tree.js';
import { parseBody } from '../convert/parser.js';
import type { ConversionWarning } from '../convert/report.js';
import { normalizeText, writeAsParsed, writeHtml, writeKeepingNewlines } from '../convert/round-trip.js';
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
  /** Its styles' text, which Lit writes first in the shadow root as a `<style>`. */
  styles: string | undefined;
  /** The rest of its shadow root's content, as HTML. */
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
        // The styles are most of the shadow root's HTML: they become a node as they are, not parsed.
        const { elementStyles } = instance.element.constructor as typeof LitElement;
        const styles = elementStyles.map((style) => (style as CSSResult).cssText).join('');
        const written = collectResultSync(shadow);
        const style = `<style>${styles}</style>`;
        const styled = elementStyles.length > 0 && written.startsWith(style);
        return {
          styles: styled ? styles : undefined,
          shadow: styled ? written.slice(style.length) : written,
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
function shadowRootOf({
  styles,
  shadow,
  shadowRootOptions: { mode = 'open', delegatesFocus },
}: RenderedElement): T.Template {
  const attributes = [
    { name: 'shadowroot', value: mode },
    { name: 'shadowrootmode', value: mode },
    ...(delegatesFocus ? [{ name: 'shadowrootdelegatesfocus', value: '' }] : []),
  ];
  const template = adapter.createElement('template', html.NS.HTML, attributes) as T.Template;
  const content = parseFragment(template, shadow, {});
  if (styles !== undefined) {
    const style = adapter.createElement('style', html.NS.HTML, []);
    adapter.insertText(style, styles);
    adapter.insertBefore(content, style, content.childNodes[0]);
  }
  adapter.setTemplateContent(template, content);
  return template;
}

/**
 * Server-renders `element` (a registered element): sets its attributes as it renders them and
 * returns its shadow root, or null when it renders none. A shadow root from an earlier render is
 * dropped first, also when rendering fails (the element then renders in the browser).
 */
function renderElement(element: T.Element, render: ServerRenderer['render']): T.Template | null {
  for (const root of element.childNodes.filter(isShadowRoot)) adapter.detachNode(root);
  const rendered = render(element.tagName, element.attrs);
  if (rendered === null) return null;
  element.attrs = rendered.attributes;
  return shadowRootOf(rendered);
}

/** Puts `root` first in `element`. */
function attachShadowRoot(element: T.Element, root: T.Template): void {
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
  // As `convert()` does: browsers nest no deeper, and writing the tree then stays far from the stack's limit.
  const problems = capDepth(fragment) ? [tooDeep.message] : [];
  // Elements in document order, each with the nearest `lang` around it, as the browser will see it.
  // Iterative: the input's depth sets no stack depth.
  const pending: { element: T.Element; lang: string | undefined }[] = [];
  const shadowRoots: [T.Element, T.Template][] = [];
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
        const root = inServerLanguage(lang, () => renderElement(element, render));
        if (root) shadowRoots.push([element, root]);
      } catch (error) {
        problems.push(`<${element.tagName}> could not be server-rendered: ${(error as Error).message}`);
      }
    }
    visit(children, element.attrs.find((attr) => attr.name === 'lang')?.value ?? lang);
  }
  // The page as the author wrote it (with the elements' attributes as rendered) is written only as
  // what parses back to that tree, as `convert()` writes; the shadow roots are the library's own
  // templates, which need no such check (and hold the bulk of the page: each element's styles).
  normalizeText(fragment);
  const warnings: ConversionWarning[] = [];
  writeAsParsed(fragment, () => writeHtml(fragment), parseBody, warnings);
  for (const [element, root] of shadowRoots) attachShadowRoot(element, root);
  return {
    html: writeKeepingNewlines(fragment, () => writeHtml(fragment)),
    problems: [...problems, ...warnings.map((warning) => warning.message)],
  };
}
