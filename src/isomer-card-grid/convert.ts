import { quote, type Context } from '../convert/context.js';
import { isPhrasing } from '../convert/phrasing.js';

/** Wrappers inside an Isomer card that carry no content of their own. */
const structural = ['isomer-card-image', 'isomer-image-wrapper', 'isomer-card-body'];
/** Image attributes Isomer writes for its own layout (`width="100%" height="auto"`), not content. */
const layoutAttributes = new Set(['style', 'width', 'height', 'slot']);

interface CardParts<N> {
  image?: N;
  title?: N;
  description?: N;
  link?: N;
  /** Anything else the author put in the card, kept in order in the default slot. */
  extras: N[];
}

/**
 * `div.isomer-card-grid` of `div.isomer-card` / `a.isomer-card` → `<isomer-card-grid>` of
 * `<goal-card>`. Card titles become headings one level below the nearest preceding heading.
 * A grid holding anything besides cards (or nothing) is kept as it is.
 */
export function convertIsomerCardGrid<N>(grid: N, context: Context<N>): N | null | undefined {
  const { nodes, tree } = context;
  if (!nodes.isElement(grid, 'div') || !nodes.hasClass(grid, 'isomer-card-grid')) return undefined;
  const significant = tree.children(grid).filter((child) => !nodes.isBlank(child));
  const cards = significant.filter((child) => isCard(child, context));
  if (cards.length === 0 || cards.length !== significant.length) {
    const empty = significant.length === 0;
    context.warn(
      empty ? 'empty-grid' : 'unexpected-content',
      empty ? 'An empty card grid was kept as it is.' : 'A card grid holding more than cards was kept as it is.',
    );
    context.block({
      kind: 'isomer-card-grid',
      action: 'kept',
      message: empty ? 'empty card grid' : 'card grid with other content',
    });
    return undefined;
  }
  const level = Math.min(6, (context.lastHeading?.level ?? 1) + 1);
  const replacement = nodes.create('isomer-card-grid', { id: tree.attr(grid, 'id') ?? undefined });
  for (const child of tree.children(grid)) {
    tree.insertBefore(replacement, cards.includes(child) ? convertCard(child, level, context) : child, null);
  }
  nodes.replace(grid, replacement);
  context.block({
    kind: 'isomer-card-grid',
    action: 'converted',
    element: 'isomer-card-grid',
    message: `${cards.length} cards, headings at level ${level}`,
  });
  return replacement;
}

function isCard<N>(node: N, { nodes }: Context<N>): boolean {
  return (nodes.isElement(node, 'div') || nodes.isElement(node, 'a')) && nodes.hasClass(node, 'isomer-card');
}

function convertCard<N>(card: N, level: number, context: Context<N>): N {
  const { nodes, tree } = context;
  const parts: CardParts<N> = { extras: [] };
  collectParts(card, parts, context);
  const title = parts.title ? nodes.textContent(parts.title) : '';
  if (!parts.title) context.warn('missing-title', 'A card has no title; its heading will be empty.');
  const children: N[] = [];
  if (parts.image) children.push(slottedImage(parts.image, title, context));
  if (parts.title) children.push(nodes.create('span', { slot: 'title' }, tree.children(parts.title)));
  if (parts.description && !nodes.isEmpty(parts.description)) {
    const content = tree.children(parts.description);
    children.push(nodes.create(content.every((node) => isPhrasing(node, context)) ? 'p' : 'div', {}, content));
  }
  children.push(...parts.extras);
  if (parts.link) children.push(nodes.create('span', { slot: 'link' }, tree.children(parts.link)));
  const isLink = nodes.isElement(card, 'a');
  context.block({ kind: 'goal-card', action: 'converted', element: 'goal-card', message: `card ${quote(title)}` });
  return nodes.create(
    'goal-card',
    {
      id: tree.attr(card, 'id') ?? undefined,
      href: isLink ? (tree.attr(card, 'href') ?? undefined) : undefined,
      target: isLink ? (tree.attr(card, 'target') ?? undefined) : undefined,
      rel: isLink ? (tree.attr(card, 'rel') ?? undefined) : undefined,
      'heading-level': String(level),
    },
    children,
  );
}

/** Sorts the card's content into its parts; the first title, description, link and image win. */
function collectParts<N>(node: N, parts: CardParts<N>, context: Context<N>): void {
  const { nodes, tree } = context;
  for (const child of tree.children(node)) {
    if (nodes.isBlank(child)) continue;
    const part = (['title', 'description', 'link'] as const).find((name) =>
      nodes.hasClass(child, `isomer-card-${name}`),
    );
    if (part && nodes.isElement(child, 'div') && !parts[part]) parts[part] = child;
    else if (nodes.isElement(child, 'img') && !parts.image && node !== child) parts.image = child;
    else if (nodes.isElement(child, 'div') && structural.some((name) => nodes.hasClass(child, name)))
      collectParts(child, parts, context);
    else parts.extras.push(child);
  }
}

/**
 * The card image as `<img slot="image">` without Isomer's layout attributes; warns without alt.
 * It loads lazily and decodes off the main thread unless the source says otherwise: goal-card asks
 * for the same once it upgrades, but a served page fetches its images while parsing, before that.
 */
function slottedImage<N>(image: N, title: string, context: Context<N>): N {
  const { nodes, tree } = context;
  const attributes = Object.fromEntries(tree.attributes(image).filter(([name]) => !layoutAttributes.has(name)));
  if (tree.attr(image, 'alt') === null) {
    context.warn('missing-alt', `The image ${tree.attr(image, 'src') ?? ''} of card ${quote(title)} has no alt text.`);
  }
  return nodes.create('img', { slot: 'image', loading: 'lazy', decoding: 'async', ...attributes });
}
