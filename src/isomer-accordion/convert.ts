import type { Context } from '../convert/context.js';

/**
 * `div.isomer-accordion[data-type=detailGroup]` → `<isomer-accordion>` holding the same
 * `<details>` (and anything else the group held), `variant` from Isomer's colour class. Bare
 * `<details>` outside a group are left alone: they already work without JavaScript, and grouping
 * neighbours the author did not group would change the page's structure.
 */
export function convertIsomerAccordion<N>(group: N, context: Context<N>): N | null | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(group, 'div') || tree.attr(group, 'data-type') !== 'detailGroup') return undefined;
  const classes = nodes.classes(group);
  if (!classes.includes('isomer-accordion')) return undefined;
  const variant = classes.some((name) => /^isomer-accordion-gr[ae]y$/.test(name))
    ? 'gray'
    : classes.includes('isomer-accordion-white')
      ? 'white'
      : undefined;
  const replacement = nodes.create('isomer-accordion', { id: tree.attr(group, 'id') ?? undefined, variant });
  nodes.moveChildren(group, replacement);
  nodes.replace(group, replacement);
  const count = nodes.elements(replacement).filter((child) => nodes.isElement(child, 'details')).length;
  context.block({
    kind: 'isomer-accordion',
    action: 'converted',
    element: 'isomer-accordion',
    message: `${count} details`,
  });
  return replacement;
}
