/**
 * The keyword an enumerated attribute holds, read as HTML reads its own (`" Strict"` and `STRICT`
 * are `strict`): `undefined` when the attribute is absent or empty, `null` when it is none of
 * `keywords` (the caller warns and fails closed).
 */
export function keyword<K extends string>(
  value: string | null | undefined,
  keywords: readonly K[],
): K | null | undefined {
  const read = value?.trim().toLowerCase();
  if (!read) return undefined;
  return keywords.includes(read as K) ? (read as K) : null;
}
