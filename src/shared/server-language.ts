/**
 * The language of the page a server renders (`renderSsr(markup, { lang })`: the CLI's frontmatter
 * `lang` or `--lang`, or the nearest `lang` around the element), which a server renderer cannot
 * read from a document tree. No imports: the renderer sets it before it loads Lit and the elements.
 */
let current: string | undefined;

/** The page language the server is rendering in, if any. */
export const serverLanguage = (): string | undefined => current;

/** Runs `render` (synchronous, as Lit SSR's collectResultSync is) with `tag` as the page language. */
export function inServerLanguage<T>(tag: string | undefined, render: () => T): T {
  const previous = current;
  current = tag;
  try {
    return render();
  } finally {
    current = previous;
  }
}
