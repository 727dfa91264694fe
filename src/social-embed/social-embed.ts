import { html, nothing, type PropertyValues } from 'lit';
import { fallbackLink } from '../shared/fallback.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { keyword } from '../shared/keyword.js';
import { describeEmbedProblem, replaced } from '../shared/messages.js';
import { siteSetting } from '../shared/site-setting.js';
import { socialEmbedStyles } from './social-embed.styles.js';
import { parseSocialUrl, type SocialPost, type SocialUrlProblem } from './social-url.js';

/** The codes of `social-embed-error`. */
export type SocialEmbedErrorCode = SocialUrlProblem | 'missing-title' | 'invalid-setting';

/** What `social-embed-activate` tells: the network and the address its embed loads from. */
export type SocialEmbedActivateDetail = Pick<SocialPost, 'provider' | 'embed'>;

const loadKeywords = ['load', 'ask'] as const;

/**
 * A post from Instagram or Facebook that loads nothing from the provider until the reader asks.
 * Until then it is a card of its light DOM, the author's words with a link to the post (what
 * readers get without JavaScript, in the same box: `preflight.css` reserves the button's room),
 * and a button, "Show the Instagram post". Pressing it loads the provider's own embed page in a
 * frame (never the provider's script) and moves focus into it.
 *
 * `src` is the post's permalink (`https://www.instagram.com/p/ID/`, `/reel/ID/`, `/tv/ID/`, a
 * Facebook post or video) or Facebook's plugin URL; the frame's address is built from it through
 * `URL`, on the provider's host only. Any other address keeps the card, with a warning.
 *
 * A site that has its readers' consent loads every post at once with
 * `<meta name="isomer-blocks:social-embeds" content="load">` in `<head>` (a meta in the body is
 * content, and ignored).
 *
 * @tagname social-embed
 * @summary An Instagram or Facebook post that loads nothing from the provider until the reader asks.
 * @ssr Renders its light DOM as it is (the card): a server knows neither the site's setting nor the reader's choice.
 *
 * @slot - The card: the author's caption and a link to the post, e.g. `<p><a href="https://www.instagram.com/p/ID/">View this post on Instagram</a></p>`. Its first child is the card's title.
 *
 * @csspart show - The button that loads the post.
 * @csspart frame - The provider's embed (`iframe`), once asked for.
 * @csspart fallback - What is shown for bad input with an empty card: a link when `src` is http(s), otherwise `label`.
 *
 * @cssprop [--social-embed-height=46rem] - Height of a post's frame (a video's is 16:9).
 *
 * @fires {CustomEvent<SocialEmbedActivateDetail>} social-embed-activate - The reader asked for the post. Cancelable: `preventDefault()` keeps the card (e.g. until consent), `activate()` loads it later.
 * @fires {CustomEvent<IsomerErrorDetail>} social-embed-error - `src` is not an https post on Instagram or Facebook (the card stays), `label` is missing (`missing-title`: still loads), or the site's setting is no keyword (`invalid-setting`: the reader is asked).
 */
export class SocialEmbed extends IsomerElement<SocialEmbedErrorCode> {
  static override styles = socialEmbedStyles;

  // String attributes are Lit's default.
  static override properties = {
    src: {},
    label: {},
    active: { state: true },
  };

  /** The post's permalink on Instagram or Facebook, or Facebook's plugin URL. */
  declare src: string | undefined;

  /** What the post is, e.g. "A post shared by GovTech (@govtechsg)": names the button and the frame. */
  declare label: string | undefined;

  private post: SocialPost | null = null;
  /** Whether the frame is shown (internal reactive state). */
  private active = false;

  /** Loads the post without firing `social-embed-activate`: for a consent manager that cancelled the event. */
  async activate(): Promise<void> {
    await this.open(this.matches(':focus-within'));
  }

  // A server renders the light DOM (the default renderServer): nothing to read.
  protected override willUpdateLive(changed: PropertyValues<this>) {
    if (!changed.has('src') && !changed.has('label')) return;
    const result = parseSocialUrl(this.src);
    this.post = result.ok ? result.post : null;
    if (!result.ok) this.reportError(result.reason, describeEmbedProblem(this.src, result.reason));
    else if (!this.label?.trim()) this.reportError('missing-title', describeEmbedProblem(this.src, 'missing-title'));
    const setting = siteSetting('social-embeds');
    const load = keyword(setting, loadKeywords);
    if (load === null) this.reportError('invalid-setting', replaced('social-embeds', setting, 'load or ask', 'ask'));
    this.active = load === 'load';
  }

  protected override renderLive() {
    const post = this.post;
    if (post && this.active)
      return html`<iframe part="frame" class=${post.video ? 'video' : ''} src=${post.embed} title=${this.label || post.provider} loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen; encrypted-media; picture-in-picture" allowfullscreen></iframe><slot class="printed"></slot>`;
    const card = this.textContent!.trim() ? html`<slot></slot>` : fallbackLink(this, this.label ?? '');
    if (!post) return card;
    const provider = post.provider;
    const name = this.label?.trim() ? this.localize('showNamed', { provider, name: this.label }) : undefined;
    return html`${card}<button part="show" class="on-screen" aria-label=${name ?? nothing} @click=${this.onShow}>${this.localize('showPost', { provider })}</button>`;
  }

  private onShow() {
    const { provider, embed } = this.post!;
    if (this.emit('social-embed-activate', { provider, embed }, { cancelable: true })) void this.open(true);
  }

  private async open(focus: boolean) {
    await this.updateComplete;
    if (!this.post) return;
    this.active = true;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector('iframe')!.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-embed': SocialEmbed;
  }
  interface GlobalEventHandlersEventMap {
    'social-embed-activate': CustomEvent<SocialEmbedActivateDetail>;
    'social-embed-error': CustomEvent<IsomerErrorDetail>;
  }
}
