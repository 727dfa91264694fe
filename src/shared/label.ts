/** The tags whose deprecated `title` was pointed out on this page: once each is enough. */
const hinted = new Set<string>();

/**
 * An embed's name: its `label`, else its `title`, the deprecated alias, with a console hint once a
 * page for each tag. The global `title` attribute shows a tooltip over the whole element and names
 * the host, so some screen readers hear the name twice; `label` is the element's alone. Blank
 * (never `undefined`) when neither is set.
 */
export function embedLabel(element: HTMLElement & { label?: string }): string {
  if (element.label?.trim()) return element.label;
  const title = element.title ?? '';
  const tag = element.localName;
  if (title.trim() && !hinted.has(tag)) {
    hinted.add(tag);
    console.warn(`[isomer-blocks] <${tag}>: title is deprecated, a tooltip over it all: write label="…".`, element);
  }
  return title;
}

/** Words that name no embed in particular: a share snippet's "YouTube video player", "Map", "Form"… */
const genericLabels =
  /^(?:(?:youtube|vimeo) video(?: player)?|video|map|iframe|embed(?:ded content)?|form|chart|untitled)$/i;

/** Whether `label` names nothing in particular, so a reader hearing it can't tell one embed from another. */
export const isGenericLabel = (label: string): boolean => genericLabels.test(label.trim());
