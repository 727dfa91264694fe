import { quote, type Context } from '../convert/context.js';
import { isPhrasing } from '../convert/phrasing.js';
import { normalizeSpace } from '../convert/tree.js';
import { newTabRel, parseLinkUrl } from '../shared/url.js';

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
  const cardSet = new Set(cards);
  for (const child of tree.children(grid)) {
    tree.insertBefore(replacement, cardSet.has(child) ? convertCard(child, level, context) : child, null);
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
  // Read first: a clickable card becomes its own title link, with other attributes.
  const id = tree.attr(card, 'id') ?? undefined;
  const parts: CardParts<N> = { extras: [] };
  collectParts(card, parts, context);
  const title = parts.title ? nodes.textContent(parts.title) : '';
  if (!parts.title) context.warn('missing-title', 'A card has no title; its heading will be empty.');
  const href = nodes.isElement(card, 'a') ? cardHref(card, title, context) : null;
  const children: N[] = [];
  if (parts.image) children.push(slottedImage(parts.image, title, context));
  const line = parts.link && nodes.create('span', { slot: 'link' }, tree.children(parts.link));
  if (href !== null) children.push(titleLink(card, href, parts.title, line, context));
  else if (parts.title) children.push(nodes.create('span', { slot: 'title' }, tree.children(parts.title)));
  if (parts.description && !nodes.isEmpty(parts.description)) {
    const content = tree.children(parts.description);
    children.push(nodes.create(content.every((node) => isPhrasing(node, context)) ? 'p' : 'div', {}, content));
  }
  children.push(...parts.extras);
  if (line) children.push(line);
  context.block({ kind: 'goal-card', action: 'converted', element: 'goal-card', message: `card ${quote(title)}` });
  return nodes.create('goal-card', { id, 'heading-level': String(level) }, children);
}

/**
 * The address of a clickable card (`a.isomer-card`), or `null` for none: a link a reader can
 * follow (http(s), relative, `mailto:`, `tel:`), else warned about and left out, so that the card
 * shows without a link rather than with a `javascript:` one.
 */
function cardHref<N>(card: N, title: string, context: Context<N>): string | null {
  const href = context.tree.attr(card, 'href');
  if (href === null) return null;
  if (parseLinkUrl(href, 'https://relative.invalid/')) return href;
  context.warn('unsafe-url', `The link of card ${quote(title)} is not http(s), mailto: or tel:, so it was left out.`);
  return null;
}

/**
 * A clickable card's link as the card's title, `<a slot="title" href>`, so that the card is one
 * real link before and without JavaScript; the element stretches it over the card. It is the
 * author's own `a.isomer-card` (its listeners stay), emptied of the card's other parts and holding
 * the title's content. It keeps the author's `rel` and `target` (`noopener` added for a new tab).
 * Its name is the title and the link line (`aria-labelledby` itself and the line, by new ids), since
 * both look like the link. Without a title, the address is its text.
 */
function titleLink<N>(card: N, href: string, title: N | undefined, line: N | undefined, context: Context<N>): N {
  const { nodes, tree } = context;
  const target = tree.attr(card, 'target') ?? undefined;
  const content = title ? tree.children(title) : [tree.createText(href)];
  const named = line && title && normalizeSpace(nodes.textContent(line)) !== normalizeSpace(nodes.textContent(title));
  const id = named ? uniqueId('card-link', context) : undefined;
  if (id && line) tree.setAttr(line, 'id', `${id}-line`);
  const attributes = {
    slot: 'title',
    href,
    target,
    rel: newTabRel(tree.attr(card, 'rel'), target),
    id,
    'aria-labelledby': id && `${id} ${id}-line`,
  };
  tree.setAttributes(card, defined(attributes));
  for (const child of tree.children(card)) tree.remove(child);
  for (const child of content) tree.insertBefore(card, child, null);
  return card;
}

/** The attributes that have a value, in order. */
const defined = (attributes: Record<string, string | undefined>) =>
  Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);

/** `prefix-1`, `prefix-2` …: the first such id that is not taken (nor its `-line`), now taken. */
function uniqueId<N>(prefix: string, { ids }: Context<N>): string {
  let n = 1;
  while (ids.has(`${prefix}-${n}`) || ids.has(`${prefix}-${n}-line`)) n++;
  const id = `${prefix}-${n}`;
  ids.add(id).add(`${id}-line`);
  return id;
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

/** Whether an image's alt text holds the whole card title, which a screen reader then reads twice. */
export function altRepeatsTitle(alt: string, title: string): boolean {
  const words = (text: string) => ` ${normalizeSpace(text).toLowerCase()} `;
  return normalizeSpace(title) !== '' && words(alt).includes(words(title));
}

/**
 * The card image as `<img slot="image">` without Isomer's layout attributes; warns without alt.
 * It is the author's own image (its listeners stay, and it does not load again). It loads lazily
 * and decodes off the main thread unless the source says otherwise: goal-card asks for the same
 * once it upgrades, but a served page fetches its images while parsing, before that.
 */
function slottedImage<N>(image: N, title: string, context: Context<N>): N {
  const { tree } = context;
  const attributes = Object.fromEntries(tree.attributes(image).filter(([name]) => !layoutAttributes.has(name)));
  const alt = tree.attr(image, 'alt');
  if (alt === null) {
    context.warn('missing-alt', `The image ${tree.attr(image, 'src') ?? ''} of card ${quote(title)} has no alt text.`);
  } else if (altRepeatsTitle(alt, title)) {
    context.warn(
      'alt-repeats-title',
      `The image of card ${quote(title)} is described as ${quote(alt)}, which repeats the title read right after it: alt="" if the image adds nothing.`,
    );
  }
  tree.setAttributes(image, defined({ slot: 'image', loading: 'lazy', decoding: 'async', ...attributes }));
  return image;
}
