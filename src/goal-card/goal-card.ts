import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { linkHref, parseFollowedLink } from '../shared/link.js';
import { keyword } from '../shared/keyword.js';
import { notLink, replaced } from '../shared/messages.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { newTabRel } from '../shared/url.js';
import { cssStrings } from '../shared/css-strings.js';
import { goalCardStyles } from './goal-card.styles.js';

/** Alt texts that name the kind of picture instead of what it shows, or are just a file name. */
const uselessAlt = /^(image|img|picture|photo|logo|icon|banner|graphic)$|\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** The error code for an image's alt attribute (`null` when missing), or `''` when it is fine. */
export function altProblem(alt: string | null): '' | 'missing-alt' | 'generic-alt' {
  return alt === null ? 'missing-alt' : uselessAlt.test(alt.trim()) ? 'generic-alt' : '';
}

/** The codes of `goal-card-error`. */
export type GoalCardErrorCode =
  'unsafe-url' | 'invalid-heading-level' | 'missing-title' | 'missing-alt' | 'generic-alt' | 'invalid-image-fit';

/** A heading level 2–6 from an attribute value, or 0 when it is not one. */
export function parseHeadingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 0;
}

const fits = ['cover', 'contain'] as const;

/**
 * One card of an Isomer card grid: an optional image, a title, a description and an optional link
 * line. Everything the reader sees is light-DOM content, so the card reads without JavaScript; the
 * element adds a real heading around the title. A clickable card has ONE real link, stretched over
 * the whole card, so that clicking anywhere, middle-click, ctrl-click, "copy link" and keyboard
 * focus all work, with one tab stop. Inside `<isomer-card-grid>` it is a list item.
 *
 * The link is best written as the title itself, `<a slot="title" href>` (what the converter
 * writes): it is a link before and without JavaScript, and the element only enhances it (heading,
 * stretched over the card, ↗ for a new tab with "opens in a new tab" in its name). Give it
 * `aria-labelledby` naming itself and the link line (ids of your choice, as the converter does) so
 * that its name holds every word that looks like the link. The `href` attribute is the other way
 * in: the element then renders the link in its shadow DOM (no link before JavaScript), named by the
 * title and the link line. When the title is a link, `href` and `target` are ignored.
 *
 * @ssr A server cannot see the light DOM: it renders the heading as if there were a title (cards have titles), and a shadow link only for the `href` attribute; the browser renders again after hydration.
 * @tagname goal-card
 * @summary An Isomer card: image, title at the right heading level, description, optional link.
 *
 * @slot image - An optional `<img>` with alt text; its space is reserved, it loads lazily.
 * @slot title - The card's title: its link, `<a slot="title" href="…">Trust</a>`, or its text, `<span slot="title">Trust</span>`; it becomes the heading.
 * @slot - The description: a `<p>` or `<span>`.
 * @slot link - An optional link line shown at the bottom of the card, such as "Find out more".
 *
 * @csspart heading - The heading that holds the title.
 * @csspart link - The card's shadow link (present only with a valid `href` and no title link); its `::after` covers the card.
 * @csspart new-tab-icon - The arrow after the title of a shadow link that opens in a new tab (a title link draws it as its `::after`).
 *
 * @cssprop [--goal-card-padding=1.5rem] - Space inside the card.
 * @cssprop [--goal-card-border-color=var(--isomer-color-border)] - Colour of the 1px border.
 * @cssprop [--goal-card-background=var(--isomer-color-surface)] - Card background.
 * @cssprop [--goal-card-image-aspect-ratio=16 / 9] - Shape of the image band, reserved before the image loads.
 * @cssprop [--goal-card-title-size=1.25rem] - Font size of the title.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} goal-card-error - Bad input, shown safely instead: `unsafe-url` (a link that is not http(s), mailto: or tel:: no shadow link, and a title link is not stretched), `invalid-heading-level` (level 3 used), `missing-title`, `missing-alt`, `generic-alt` (alt text like "image" or a file name), `invalid-image-fit` (neither cover nor contain: cover is used).
 */
export class GoalCard extends IsomerElement<GoalCardErrorCode> {
  // --_new-tab: the words a title link to a new tab says in its name.
  static override styles = [goalCardStyles, cssStrings('--_new-tab', 'newTab')];

  static override properties = {
    href: { type: String },
    target: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    imageFit: { type: String, attribute: 'image-fit' },
  };

  /** Where the card links to, when its title is not a link: http(s) URLs (absolute or relative), `mailto:` and `tel:` make a link; anything else is ignored with a warning. */
  declare href: string | undefined;

  /** The `href` link's target; `_blank` adds a localized "opens in a new tab" hint and icon. */
  declare target: string | undefined;

  /** The level (2–6) of the title's heading, so that the page outline stays valid. */
  headingLevel: number | undefined = 3;

  /** How the image fills its band: `cover` (cropped; when not set) or `contain` (whole image, letterboxed). */
  declare imageFit: 'cover' | 'contain' | undefined;

  /** `image-fit` as a keyword (in any case): null for anything else, which is cover, with a warning. */
  private get fit() {
    return keyword(this.imageFit, fits);
  }

  /** `href` once validated. */
  private link: URL | null = null;

  private level = 3;

  private slots = new SlotPresence(this, ['title', 'link']);

  override connectedCallback() {
    super.connectedCallback();
    // A card in a grid is one item of its list (the grid is the list); alone it is no list item.
    this.internals.role = this.parentElement?.localName === 'isomer-card-grid' ? 'listitem' : null;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('href')) {
      this.link = parseFollowedLink(this.href);
      if (this.href != null && !this.link) this.reportError('unsafe-url', notLink('href', this.href));
    }
    if (changed.has('headingLevel')) {
      const level = parseHeadingLevel(this.headingLevel ?? 3);
      if (!level) this.reportError('invalid-heading-level', replaced('heading-level', this.headingLevel, '2–6', 3));
      this.level = level || 3;
    }
  }

  // A title link is the author's own: its address is checked (and a bad one not enhanced) here.
  protected override willUpdateLive() {
    const href = this.titleLink()?.getAttribute('href');
    this.reportOnce('unsafe-url', href != null && !parseFollowedLink(href), notLink('href', href));
    this.reportOnce(
      'invalid-image-fit',
      this.fit === null,
      replaced('image-fit', this.imageFit, 'cover or contain', 'cover'),
    );
  }

  protected override firstUpdated() {
    if (!this.slots.elements('title')[0]?.textContent?.trim()) {
      this.reportError('missing-title', 'no title: no heading');
    }
  }

  // A server has no light DOM to look at: cards have titles, so it renders the heading.
  protected override renderServer() {
    return this.card(true, null, false);
  }

  protected override renderLive() {
    return this.card(this.slots.has('title'), this.titleLink(), this.slots.has('link'));
  }

  /** The title when it is a link (`<a slot="title" href>`): the card's link. */
  private titleLink(): HTMLAnchorElement | null {
    const title = this.slots.elements('title')[0];
    return title instanceof HTMLAnchorElement && title.hasAttribute('href') ? title : null;
  }

  /**
   * `titleLink`: the author's `<a slot="title" href>`, which is the card's link (so there is no
   * shadow link), stretched over the card when its address is safe. `lined`: a link line is given.
   */
  private card(titled: boolean, titleLink: HTMLAnchorElement | null, lined: boolean) {
    const link = titleLink ? null : this.link;
    const newTab = !!link && this.target === '_blank';
    const stretched = !!titleLink && !!parseFollowedLink(titleLink.getAttribute('href'));
    // One flat template, cheap to stamp a thousand times: without a valid href the <a> has none, so
    // it is no link, takes no focus and is left out of the accessibility tree. The link is named by
    // the title and the link line, which looks like part of it ("opens in a new tab" is its
    // description); without a title, by its address.
    return html`
      <slot name="image" class=${ifDefined(this.fit ?? undefined)} @slotchange=${this.prepareImages}></slot>
      <div part="heading" role=${ifDefined(titled ? 'heading' : undefined)} aria-level=${titled ? this.level : nothing}>
        <a id="link" part=${ifDefined(link ? 'link' : undefined)} href=${ifDefined(link ? linkHref(link, this.href) : undefined)} target=${(link && this.target) || nothing} rel=${(link && newTabRel(null, this.target)) || nothing} aria-label=${link && !titled ? link.href : nothing} aria-labelledby=${link && titled && lined ? 'link line' : nothing} aria-describedby=${newTab ? 'new-tab' : nothing}><slot name="title" class=${ifDefined(stretched ? 'link' : undefined)}></slot>${
          newTab
            ? html`<span part="new-tab-icon" aria-hidden="true">↗</span><span id="new-tab" hidden lang=${ifDefined(this.fallbackLang)}>${this.localize('newTab')}</span>`
            : nothing
        }</a>
      </div>
      <slot></slot>
      <slot name="link" id="line"></slot>
    `;
  }

  /**
   * Lazy loading (for an image not loaded yet: Firefox loads a loaded one again when `loading`
   * changes, and runs its handlers again) and async decoding, unless the author chose otherwise;
   * warns about bad alt text.
   */
  private prepareImages(event: Event) {
    for (const slotted of (event.target as HTMLSlotElement).assignedElements()) {
      const image = slotted instanceof HTMLImageElement ? slotted : slotted.querySelector('img');
      if (!image) continue;
      if (!image.hasAttribute('loading') && !image.complete) image.loading = 'lazy';
      if (!image.hasAttribute('decoding')) image.decoding = 'async';
      const problem = altProblem(image.getAttribute('alt'));
      if (problem) this.reportError(problem, `${problem}: describe the image (alt="" if decorative)`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'goal-card': GoalCard;
  }
  interface GlobalEventHandlersEventMap {
    'goal-card-error': CustomEvent<IsomerErrorDetail>;
  }
}
