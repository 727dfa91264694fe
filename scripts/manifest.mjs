// Reads custom-elements.json: the one source of the types, React wrappers and editor data that
// scripts/generate-from-manifest.mjs writes, and of the element lists the package checks and the
// consumer tests iterate over.
import { readFileSync } from 'node:fs';

/** The manifest at `path` (the repository's by default). */
export const readManifest = (path = new URL('../custom-elements.json', import.meta.url)) =>
  JSON.parse(readFileSync(path, 'utf8'));

/**
 * Every element the manifest declares with a tag name, sorted by tag, with the module that holds
 * its class (`src/pull-quote/pull-quote.ts`). Base classes without a tag are not elements.
 */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ ...declaration, modulePath: module.path });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `pull-quote-error` → `PullQuoteError`. */
export const pascalCase = (name) =>
  name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** The public attributes of an element: those that have a name. */
export const attributesOf = (element) => (element.attributes ?? []).filter((attribute) => attribute.name);

/** The documented events of an element (`@fires`). */
export const eventsOf = (element) => (element.events ?? []).filter((event) => event.name);

/** The string values an attribute accepts when its type is a union of string literals, else []. */
export function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const literal = /^(['"])(.*)\1$/;
  return parts.length > 0 && parts.every((part) => literal.test(part))
    ? parts.map((part) => part.match(literal)[2])
    : [];
}

/** The element's description for people: summary, then the longer text. */
export const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');
