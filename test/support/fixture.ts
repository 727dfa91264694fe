/**
 * `fixture()` for the component tests, run two ways with the same assertions:
 * - client-rendered (web-test-runner.config.mjs): @open-wc/testing's fixture, as ever;
 * - server-rendered and hydrated (the `hydrated` group of web-test-runner.config.mjs, whose page
 *   sets `isomerBlocksFixtures = 'hydrated'` and loads Lit's hydration support first): the
 *   template's markup goes to the server, which renders it as `isomer-blocks convert --ssr` does;
 *   the browser parses that Declarative Shadow DOM and the elements hydrate it.
 */
import { fixture as clientFixture } from '@open-wc/testing';
import { fixtureWrapper } from '@open-wc/testing-helpers';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';

declare global {
  var isomerBlocksFixtures: 'hydrated' | undefined;
}

/** Whether this run server-renders and hydrates its fixtures. */
const hydrated = globalThis.isomerBlocksFixtures === 'hydrated';

/** How this run renders its fixtures, for test titles. */
export const renderMode = hydrated ? 'server-rendered and hydrated' : 'client-rendered';

/** Bindings that live only in the browser (properties, events): a server can't render them. */
const browserOnlyBinding = /\s[.@][^\s=]+=["']?$/;

function assertMarkupOnly(template: TemplateResult): void {
  template.strings.forEach((string, i) => {
    if (i < template.values.length && browserOnlyBinding.test(string)) {
      throw new Error(
        `A hydrated fixture takes markup only; bind properties and events after it renders: …${string.slice(-40)}`,
      );
    }
  });
  for (const value of template.values.flat()) {
    if (value && typeof value === 'object' && 'strings' in value) assertMarkupOnly(value as TemplateResult);
  }
}

/**
 * The template's markup, as a server receives it: rendered by Lit into an inert document (where no
 * element upgrades), Lit's own marker comments dropped.
 */
function markupOf(template: TemplateResult): string {
  assertMarkupOnly(template);
  const inert = document.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  render(template, box, { creationScope: inert });
  const walker = inert.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const markers: Comment[] = [];
  while (walker.nextNode())
    if (/^(\?lit\$\d+\$)?$/.test((walker.currentNode as Comment).data)) markers.push(walker.currentNode as Comment);
  for (const marker of markers) marker.remove();
  return box.innerHTML;
}

/** Every element under `root` settled: hydrated, then rendered for real. */
export async function settled(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll('*'))
    await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
}

/**
 * Puts `markup` (a string, as a CMS writes it) into `container`, as the run renders it: parsed
 * as it is, or server-rendered and hydrated; then waits for its elements.
 */
export async function setContent(container: Element, markup: string): Promise<void> {
  if (hydrated) {
    // Without Lit's hydration support, the elements would drop the server's shadow roots and render anew.
    if (!('litElementHydrateSupport' in globalThis))
      throw new Error('Load @lit-labs/ssr-client/lit-element-hydrate-support.js first');
    const { html, problems } = (await executeServerCommand('ssr-render', { markup })) as {
      html: string;
      problems: string[];
    };
    if (problems.length) throw new Error(problems.join('\n'));
    container.setHTMLUnsafe(html);
    // Every defined element came with the server's shadow root, which its first update hydrates.
    const unrendered = Array.from(container.querySelectorAll(':defined')).find(
      (el) => el.localName.includes('-') && !el.shadowRoot?.hasChildNodes(),
    );
    if (unrendered) throw new Error(`<${unrendered.localName}> was not server-rendered`);
  } else {
    container.innerHTML = markup;
  }
  await settled(container);
}

async function hydratedFixture<T extends Element>(template: TemplateResult): Promise<T> {
  const wrapper = fixtureWrapper();
  await setContent(wrapper, markupOf(template));
  return wrapper.firstElementChild as T;
}

/** Renders `template` into the page (client-rendered, or server-rendered and hydrated) and returns its first element. */
export function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  return hydrated ? hydratedFixture<T>(template) : clientFixture<T>(template);
}
