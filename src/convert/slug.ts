/**
 * A URL-fragment id from heading text: lower case, letters and digits of any script kept (so
 * Chinese and Tamil headings get readable ids), everything else folded into single hyphens;
 * `-2`, `-3`… when `taken` has it already. Deterministic: the same headings give the same ids.
 */
export function slug(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
