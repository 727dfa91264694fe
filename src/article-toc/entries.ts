// The entries <article-toc> renders: from the author's own list (every item kept, in its order) or,
// when there is none, from the page's headings.
import { normalizeSpace } from '../shared/text.js';
import { parseLinkUrl } from '../shared/url.js';
import type { OutlineEntry } from './outline.js';

/** One item of the contents list: its text, where it links to (if anywhere) and its sub-items. */
export interface TocEntry {
  text: string;
  /** The item's link, `#id` or an address the page may link to; none for a text item. */
  href?: string;
  /** The element the link's fragment names, when it is on the page: the section it tracks. */
  section?: HTMLElement;
  children: TocEntry[];
}

/** Whether an element is a list (`ul` or `ol`). */
export const isList = (element: Element) => element.localName === 'ul' || element.localName === 'ol';
/** An item's text without its nested lists. */
const ownText = (item: Element) =>
  Array.from(item.childNodes, (node) => (node instanceof Element && isList(node) ? '' : node.textContent)).join('');

/** The entries of an outline of headings: each a link to its heading. */
export function headingEntries(outline: OutlineEntry<HTMLElement>[]): TocEntry[] {
  return outline.map(({ item: heading, children }) => ({
    text: normalizeSpace(heading.textContent!),
    href: `#${encodeURIComponent(heading.id)}`,
    section: heading,
    children: headingEntries(children),
  }));
}

/**
 * The entries of an author's `<ul>`/`<ol>`: every `li`, in order, with its text (nested lists
 * aside), its first link and its nested list. A link is kept when it is a fragment or an address
 * {@link parseLinkUrl} accepts; otherwise the item is text. `find` resolves a fragment's id.
 */
export function listEntries(list: Element, find: (id: string) => HTMLElement | null): TocEntry[] {
  return Array.from(list.children)
    .filter((item) => item.localName === 'li')
    .map((item) => {
      const link = item.querySelector(':scope > a[href], :scope > :not(ul, ol) a[href]');
      const nested = Array.from(item.children).find(isList);
      return {
        text: normalizeSpace(ownText(item)),
        ...linkOf(link?.getAttribute('href') ?? null, find),
        children: nested ? listEntries(nested, find) : [],
      };
    });
}

function linkOf(href: string | null, find: (id: string) => HTMLElement | null): Pick<TocEntry, 'href' | 'section'> {
  if (href?.startsWith('#')) return { href, section: find(fragmentId(href)) ?? undefined };
  return parseLinkUrl(href) ? { href: href! } : {};
}

/** The id a fragment names: percent-decoded, or as it is when that fails (a stray `%`). */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Every section the entries link to. */
export const sectionsOf = (entries: TocEntry[]): HTMLElement[] =>
  entries.flatMap(({ section, children }) => [...(section ? [section] : []), ...sectionsOf(children)]);
