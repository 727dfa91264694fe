import { html, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../shared/document-styles.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { parseFollowedLink, parseLink } from '../shared/link.js';
import { altAdvice, notHttp, notLink } from '../shared/messages.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { altProblem, type AltProblem } from './alt.js';
import { imageStyles, lightStyles } from './isomer-image.styles.js';

/** The codes of `isomer-image-error`. */
export type IsomerImageErrorCode = AltProblem | 'no-image' | 'unnamed-link' | 'unsafe-url';

/**
 * An image of an article, with an optional caption, such as Isomer's `div.isomer-image-wrapper`.
 * The image is the page's own `<img>` (or `<a href><img></a>` for a linked image) and the caption
 * a `slot="caption"` element, both in light DOM: the page reads the same without JavaScript, and
 * the image's `width` and `height` reserve its room before it loads. The element makes them a
 * figure (its caption announced with it), loads the image lazily unless it is the `priority`
 * image, and checks what a reader hears:
 * - a missing or meaningless `alt` ("Image", "Divider", "IMG_1234.jpg") is warned about, and the
 *   image is then read as decorative (`alt=""`), not by its file name; `alt=""` is fine for an
 *   image that only decorates;
 * - a linked image is named by its `alt`: one with no name (`alt=""` and no text) is warned about
 *   and named by where it leads;
 * - a `src` that is not http(s) or relative, or a link that is not http(s), `mailto:` or `tel:`
 *   (`javascript:`, `data:`), is taken away with a warning: the image stays, without it.
 *
 * These checks run when the element's content is set or changes, not when an attribute of the
 * image changes later.
 *
 * @tagname isomer-image
 * @summary An article image: figure, caption, reserved room, lazy loading and an alt check.
 * @ssr A server cannot see the light DOM: it renders the image and caption slots without the figure (a caption shows, unannounced as one); the browser renders the figure after hydration, and checks the image.
 *
 * @slot - The image: an `<img>` with `src`, `alt`, `width` and `height`, or an `<a href>` holding one.
 * @slot caption - An optional caption, e.g. `<p slot="caption">`.
 *
 * @csspart base - The `figure` around image and caption; a `div` when there is no caption (no empty figure is announced).
 *
 * @cssprop [--isomer-image-caption-color=var(--isomer-color-muted)] - Colour of the caption.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} isomer-image-error - `missing-alt` or `generic-alt`: the image's `alt` says nothing (it is read as decorative); `unnamed-link`: a linked image has no name (named by its address); `unsafe-url`: a `src` or link was taken away; `no-image`: it holds no `<img>`.
 */
export class IsomerImage extends IsomerElement<IsomerImageErrorCode> {
  static override styles = imageStyles;

  static override properties = {
    size: { type: String, reflect: true },
    priority: { type: Boolean, reflect: true },
  };

  /**
   * `default` (the column's width, also when unset) or `smaller` (half of it, centred; the whole
   * column when that is narrow). Unset by default, so that a server writes no attribute the author
   * did not (converting a server's output again gives it back byte for byte).
   */
  declare size: 'default' | 'smaller' | undefined;

  /**
   * The page's first, largest image (its LCP candidate): it loads at once, with
   * `fetchpriority="high"`. Every other image loads lazily (`loading="lazy"`, `decoding="async"`),
   * unless it says otherwise itself.
   */
  priority = false;

  override connectedCallback() {
    super.connectedCallback();
    adoptDocumentStyles(this, lightStyles);
  }

  protected override willUpdateLive(_changed: PropertyValues<this>) {
    this.check();
  }

  private slots = new SlotPresence(this, ['caption']);

  // A server does not see the light DOM: it renders no figure (most images have no caption, and an
  // empty figure would be announced around them), a caption still shows; the browser renders again
  // once it has hydrated that.
  protected override renderServer() {
    return this.figure(false);
  }

  protected override renderLive() {
    return this.figure(this.slots.has('caption'));
  }

  // Chromium does not name a figure from slotted text: the caption's slot names it. The caption
  // slot stays without a caption, so that one added later is seen.
  private figure(captioned: boolean) {
    const image = html`<slot @slotchange=${this.check}></slot>`;
    return captioned
      ? html`<figure part="base" aria-labelledby="caption">
          ${image}
          <figcaption><slot id="caption" name="caption"></slot></figcaption>
        </figure>`
      : html`<div part="base">${image}<slot name="caption"></slot></div>`;
  }

  private check = () => {
    const image = this.querySelector<HTMLImageElement>(':scope > img, :scope > a > img');
    this.reportOnce('no-image', !image, 'it holds no <img>; its content is shown as it is.');
    if (!image) return;
    const link = image.parentElement === this ? null : image.parentElement!;
    this.refuse(image, 'src', (src) => !parseLink(src), notHttp);
    if (link) this.refuse(link, 'href', (href) => !parseFollowedLink(href), notLink);
    this.loadAsPlanned(image);
    const alt = image.getAttribute('alt');
    const problem = altProblem(alt);
    for (const code of ['missing-alt', 'generic-alt'] as const)
      this.reportOnce(code, problem === code, `The image ${altAdvice(alt)}`);
    if (problem && !link) image.alt = '';
    const href = link?.getAttribute('href');
    const unnamed = !!href && !alt?.trim() && !link!.textContent!.trim() && !link!.hasAttribute('aria-label');
    this.reportOnce(
      'unnamed-link',
      unnamed,
      'The linked image has no alt or text to name its link: it is named by its address.',
    );
    if (unnamed) link!.setAttribute('aria-label', linkName(href!));
  };

  /** Takes `name` away from `element` when its value is `bad`, with a warning. */
  private refuse(
    element: Element,
    name: string,
    bad: (value: string) => boolean,
    message: (name: string, value: string) => string,
  ) {
    const value = element.getAttribute(name);
    if (value === null || !bad(value)) return;
    element.removeAttribute(name);
    this.reportError('unsafe-url', message(name, value));
  }

  /** The `priority` image loads at once and first; the others lazily. What the image says itself stays. */
  private loadAsPlanned(image: HTMLImageElement) {
    const planned = this.priority ? { fetchpriority: 'high' } : { loading: 'lazy', decoding: 'async' };
    if (this.priority) image.removeAttribute('loading');
    for (const [name, value] of Object.entries(planned)) if (!image.hasAttribute(name)) image.setAttribute(name, value);
  }
}

/** The name of a link that has none: its host and path (`go.gov.sg/dotc-pressify`), else as written. */
function linkName(href: string): string {
  const url = parseFollowedLink(href)!;
  return url.host ? `${url.host}${url.pathname.replace(/\/$/, '')}` : href;
}

declare global {
  interface HTMLElementTagNameMap {
    'isomer-image': IsomerImage;
  }
  interface GlobalEventHandlersEventMap {
    'isomer-image-error': CustomEvent<IsomerErrorDetail>;
  }
}
