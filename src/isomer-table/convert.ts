import type { Context } from '../convert/context.js';
import type { Tree } from '../convert/tree.js';
import { headerScope } from './scope.js';

/** Whether `table` is inside another table or already in an `<isomer-table>`: then it stays as it is. */
function isHeld<N>(table: N, tree: Tree<N>): boolean {
  for (let parent = tree.parent(table); parent; parent = tree.parent(parent)) {
    const tag = tree.tagName(parent);
    if (tag === 'table' || tag === 'isomer-table') return true;
  }
  return false;
}

/**
 * Gives each header cell of `table`'s own rows (not those of a table inside it) without a `scope`
 * the one {@link headerScope} says; returns the number of rows.
 */
function scopeHeaders<N>(table: N, context: Context<N>): number {
  const { nodes, tree } = context;
  // A table built by a script may hold its rows directly; a parser puts them in a tbody.
  const sections = [
    table,
    ...nodes.elements(table).filter((child) => /^t(head|body|foot)$/.test(tree.tagName(child)!)),
  ];
  let rows = 0;
  for (const section of sections) {
    for (const row of nodes.elements(section).filter((child) => nodes.isElement(child, 'tr'))) {
      rows++;
      const cells = nodes.elements(row).filter((cell) => /^t[dh]$/.test(tree.tagName(cell)!));
      const scope = headerScope(
        nodes.isElement(section, 'thead'),
        cells.every((cell) => nodes.isElement(cell, 'th')),
      );
      for (const cell of cells)
        if (nodes.isElement(cell, 'th') && !tree.attr(cell, 'scope')) tree.setAttr(cell, 'scope', scope);
    }
  }
  return rows;
}

/**
 * Every `<table>` of the body → the same table in `<isomer-table>`, which scrolls it when it does
 * not fit (a focusable, named region then). Nothing inside the table changes but the `scope` its
 * header cells lacked. A table inside another table or already in an `<isomer-table>` is left
 * alone (so converting again changes nothing); the rules go on inside the table's cells.
 */
export function convertIsomerTable<N>(table: N, context: Context<N>): N | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(table, 'table') || isHeld(table, tree)) return undefined;
  const wrapper = nodes.create('isomer-table');
  nodes.replace(table, wrapper);
  tree.insertBefore(wrapper, table, null);
  const rows = scopeHeaders(table, context);
  context.block({ kind: 'isomer-table', action: 'converted', element: 'isomer-table', message: `${rows} rows` });
  return wrapper;
}
