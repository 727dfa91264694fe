import { embedProblems, type EmbedProblem } from './url.js';

// The wording of every warning (and `<tag>-error` message), so that the elements say alike things
// alike: `attribute="value"` first, then what is wrong with it, then what the element does instead.

/** `attribute="value"`, quoting at most the first 200 characters of the value. */
export function quoted(attribute: string, value: unknown): string {
  return `${attribute}="${String(value ?? '').slice(0, 200)}"`;
}

/** An attribute value that was ignored: `cite="…" is not an http(s) URL and was ignored.` */
export function ignored(attribute: string, value: unknown, problem = 'is not valid'): string {
  return `${quoted(attribute, value)} ${problem} and was ignored.`;
}

/** An attribute value that the default replaces: `max-columns="7" is not 1–4; 3 is used.` */
export function replaced(attribute: string, value: unknown, expected: string, used: unknown): string {
  return `${quoted(attribute, value)} is not ${expected}; ${used} is used.`;
}

/** An http(s)-only link attribute (`cite`) that was not http(s). */
export function notHttp(attribute: string, value: unknown): string {
  return ignored(attribute, value, embedProblems['not-http']);
}

/** A link attribute (`href`) whose scheme a reader cannot follow safely (`javascript:`, `data:` …). */
export function notLink(attribute: string, value: unknown): string {
  return ignored(attribute, value, `${embedProblems['not-http']}, nor a mailto: or tel: link`);
}

/** An embed refused for `problem`, quoting (the start of) its `src`. */
export function describeEmbedProblem(src: string | undefined, problem: EmbedProblem): string {
  return `${quoted('src', src)} ${embedProblems[problem]}: not embedded.`;
}

/** A label that names no embed in particular (`label="Map"`): kept, with a hint. */
export function genericLabel(label: string): string {
  return `${quoted('label', label)} names nothing in particular: say what it shows, e.g. "Map of the bus stops".`;
}

/** What to write instead of a missing or meaningless `alt` (`alt` is null when missing). */
export function altAdvice(alt: string | null): string {
  return `${alt === null ? 'has no alt' : `has ${quoted('alt', alt)}, which says nothing of what it shows`}: write what it shows, or alt="" if it only decorates.`;
}
