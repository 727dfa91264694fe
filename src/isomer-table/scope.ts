/**
 * The `scope` a header cell without one gets: `col` in the table's head and in a row of headers
 * only (Tiptap writes its header row in the body), else `row` (the header of a body row). Shared
 * by the converter (static output) and the element (tables it was given as they are).
 */
export function headerScope(inHead: boolean, rowOfHeaders: boolean): 'col' | 'row' {
  return inHead || rowOfHeaders ? 'col' : 'row';
}
