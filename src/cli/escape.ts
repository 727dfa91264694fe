/** Escapes text for HTML text content. */
export const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes text for a double-quoted HTML attribute value. */
export const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');
