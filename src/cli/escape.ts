/** Escapes text for HTML text content, as parse5 (and `innerHTML`) writes it, so that converting a page again keeps it. */
export const escapeText = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Escapes text for a double-quoted HTML attribute value. */
export const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');
