// Server-renders every element of the installed package's manifest with @lit-labs/ssr in plain Node
// (no DOM) and writes page.html: each element with its shadow root as Declarative Shadow DOM.
// Prints the tags it rendered; exits non-zero when importing or rendering throws, or when
// isomer-blocks/ssr (the README's server example) renders no shadow root.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';

await import('isomer-blocks');

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve('isomer-blocks/custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName)
  .sort((a, b) => a.localeCompare(b));

const sections = [];
for (const tag of tags) {
  const name = unsafeStatic(tag);
  // lit/static-html: the tag is a static value (the rules do not know it).
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const markup = await collectResult(render(html`<${name} lang="en"><p>Content of ${tag}</p></${name}>`));
  sections.push(`<section id="${tag}">${markup}</section>`);
}
// The README's server example: converted markup through isomer-blocks/ssr.
const { renderSsr } = await import('isomer-blocks/ssr');
const { html: rendered, problems } = await renderSsr(
  '<pull-quote><p>“Q”</p><p slot="attribution">- A</p></pull-quote>',
);
if (problems.length || !/<pull-quote[^>]*>\s*<template shadowroot(mode)?="open"/.test(rendered))
  throw new Error(`isomer-blocks/ssr rendered ${rendered}`);

writeFileSync(
  'page.html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title></head><body><main>${sections.join('\n')}</main></body></html>`,
);
console.log(JSON.stringify(tags));
