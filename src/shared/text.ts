/** Collapses whitespace (\s includes no-break spaces) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
