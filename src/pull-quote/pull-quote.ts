import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { linkHref, parseLink } from '../shared/link.js';
import { notHttp } from '../shared/messages.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { pullQuoteStyles } from './pull-quote.styles.js';

/** The codes of `pull-quote-error`. */
export type PullQuoteErrorCode = 'unsafe-url';

/**
 * A quotation with its attribution, such as a minister's words in an Isomer article. The quote
 * and the attribution are light-DOM children, so they read as a normal quote without JavaScript;
 * the element adds quote semantics (`figure` › `blockquote` + `figcaption`) and Isomer's look.
 *
 * @tagname pull-quote
 * @summary A quotation with its attribution, portrait and source.
 * @ssr A server cannot see the light DOM: it renders the caption (portrait and attribution slots) and no "Source" link, trusting the attribution to link to `cite`; the browser renders again after hydration.
 *
 * @slot - The quotation: one or more paragraphs.
 * @slot attribution - Who said it, and where; links in it are kept.
 * @slot portrait - An optional portrait of the speaker (an `<img>` with alt text).
 *
 * @csspart base - The `figure` that holds quote and attribution.
 * @csspart quote - The `blockquote`.
 * @csspart attribution - The `figcaption` (hidden when there is no attribution or source).
 * @csspart source - The localized "Source" link shown for `cite` when the attribution does not link there already.
 *
 * @cssprop [--pull-quote-rule-color=var(--isomer-color-brand)] - Colour of the rule before the quote.
 * @cssprop [--pull-quote-font-size=1.25em] - Size of the quotation text.
 * @cssprop [--pull-quote-attribution-color=var(--isomer-color-muted)] - Colour of the attribution.
 * @cssprop [--pull-quote-portrait-size=3rem] - Width and height of the portrait.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} pull-quote-error - `cite` is not an http(s) URL; it is ignored.
 */
export class PullQuote extends IsomerElement<PullQuoteErrorCode> {
  static override styles = pullQuoteStyles;

  static override properties = {
    cite: { type: String },
  };

  /** The URL of the quote's source. Only http(s) URLs are used; anything else is ignored with a warning. */
  declare cite: string | undefined;

  /** `cite` once validated. */
  private source: URL | null = null;

  private slots = new SlotPresence(this, ['portrait', 'attribution']);

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('cite')) {
      this.source = parseLink(this.cite);
      if (this.cite && !this.source) this.reportError('unsafe-url', notHttp('cite', this.cite));
    }
  }

  // A server does not see the light DOM: it shows the caption (better empty than an attribution
  // hidden until JavaScript runs) and trusts the attribution to link to the source, as the
  // converter's output does. The browser renders again for real once it has hydrated that.
  protected override renderServer() {
    return this.figure(true, false, false);
  }

  protected override renderLive() {
    const attributed = this.slots.has('attribution');
    const hasCaption = attributed || this.slots.has('portrait');
    return this.figure(hasCaption, this.source !== null && !this.attributionLinksTo(this.source), attributed);
  }

  private figure(hasSlottedCaption: boolean, showSource: boolean, attributed: boolean) {
    const hasCaption = hasSlottedCaption || showSource;
    // The figure is named explicitly (Chromium does not name it from slotted text), by who said it:
    // not the portrait's alt, nor the "Source" link. That link is named by the attribution too, so
    // that a list of links tells one source from another.
    return html`
      <figure part="base" aria-labelledby=${attributed ? 'who' : hasCaption ? 'caption' : nothing}>
        <blockquote part="quote" cite=${this.source ? linkHref(this.source, this.cite) : nothing}><slot></slot></blockquote>
        <figcaption id="caption" part="attribution" ?hidden=${!hasCaption}>
          <slot name="portrait"></slot>
          <div class="who">
            <slot id="who" name="attribution"></slot>
            ${showSource ? html`<a id="source" part="source" href=${this.source!.href} lang=${ifDefined(this.fallbackLang)} aria-labelledby=${attributed ? 'source who' : nothing}>${this.localize('source')}</a>` : nothing}
          </div>
        </figcaption>
      </figure>
    `;
  }

  private attributionLinksTo(url: URL): boolean {
    return Array.from(
      this.querySelectorAll<HTMLAnchorElement>('[slot="attribution"] a[href], a[slot="attribution"][href]'),
    ).some((link) => link.href === url.href);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pull-quote': PullQuote;
  }
  interface GlobalEventHandlersEventMap {
    'pull-quote-error': CustomEvent<IsomerErrorDetail>;
  }
}
