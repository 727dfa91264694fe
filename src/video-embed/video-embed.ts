import { html, nothing, type PropertyValues } from 'lit';
import { fallbackLink } from '../shared/fallback.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { embedLabel, isGenericLabel } from '../shared/label.js';
import { keyword } from '../shared/keyword.js';
import { describeEmbedProblem, genericLabel, ignored, replaced } from '../shared/messages.js';
import { siteSetting } from '../shared/site-setting.js';
import { parseHttpUrl } from '../shared/url.js';
import { videoEmbedStyles } from './video-embed.styles.js';
import {
  embedUrl,
  parseStart,
  parseVideoUrl,
  providerName,
  thumbnailUrl,
  type Video,
  type VideoUrlProblem,
} from './video-url.js';

const privacyKeywords = ['strict', 'thumbnail'] as const;

/**
 * Privacy fails closed: only `thumbnail`, or no `privacy` attribute (an empty one is none) and no
 * site meta, lets the thumbnail load. A meta that is there says strict unless it says `thumbnail`.
 */
function isStrict(privacy: string | undefined): boolean {
  const meta = siteSetting('video-privacy');
  if (meta !== null && keyword(meta, privacyKeywords) !== 'thumbnail') return true;
  const own = keyword(privacy, privacyKeywords);
  return own !== undefined && own !== 'thumbnail';
}

/** The codes of `video-embed-error`. */
export type VideoEmbedErrorCode =
  | VideoUrlProblem
  | 'missing-title'
  | 'generic-title'
  | 'invalid-start'
  | 'invalid-poster'
  | 'invalid-aspect-ratio'
  | 'invalid-privacy';

/**
 * A privacy-first YouTube or Vimeo player. Until the reader presses play it shows a poster with a
 * play button in the space the player will take, and loads nothing from the provider (strict
 * mode) or only one cookieless thumbnail (default). Pressing play loads the player from
 * `www.youtube-nocookie.com` (or Vimeo with do-not-track) and moves focus into it. The light-DOM
 * child, a link to the video, is what readers get without JavaScript.
 *
 * Strict mode for the whole site: `<meta name="isomer-blocks:video-privacy" content="strict">` in
 * `<head>` (a meta in the body is content, and ignored).
 *
 * @tagname video-embed
 * @summary A YouTube or Vimeo video that loads nothing from the provider until the reader presses play.
 * @ssr Renders its light DOM as it is (the link to the video): a server knows neither the site-wide privacy setting nor whether the poster loads.
 *
 * @slot - The no-JavaScript fallback, a link such as `<a href="https://www.youtube.com/watch?v=ID">Watch “title” on YouTube</a>`. Not shown once the element runs.
 *
 * @csspart base - The box that keeps the aspect ratio.
 * @csspart play - The play button, a transparent layer over the poster.
 * @csspart poster - The poster image (thumbnail or `poster`), when there is one.
 * @csspart player - The player `iframe`, once activated.
 * @csspart fallback - What is shown for bad input: a link when `src` is http(s), otherwise the title.
 *
 * @cssprop [--video-embed-max-height=40rem] - Tallest the player gets (Shorts and portrait ratios).
 * @cssprop [--video-embed-poster-background=#1c2a4a] - Background of the neutral poster.
 *
 * @fires {CustomEvent<Video>} video-embed-activate - The reader pressed play. Cancelable: `preventDefault()` keeps the poster (e.g. until consent), `activate()` plays later.
 * @fires {CustomEvent<IsomerErrorDetail>} video-embed-error - Bad input: `src` is not a YouTube or Vimeo video URL, `label` is missing (`missing-title`) or names nothing in particular, like "Video" (`generic-title`: still played), or `start`, `poster` or `aspect-ratio` are invalid, or `privacy` is no keyword (`invalid-privacy`: strict is used).
 */
export class VideoEmbed extends IsomerElement<VideoEmbedErrorCode> {
  static override styles = videoEmbedStyles;

  // String attributes are Lit's default.
  static override properties = {
    src: {},
    label: {},
    title: {},
    start: {},
    poster: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    privacy: {},
    active: { state: true },
    posterFailed: { state: true },
  };

  /**
   * The video's URL on YouTube or Vimeo, in any common form (watch, youtu.be, embed, Shorts, player…).
   * The player keeps its start time and the parameters that matter to the author: YouTube's `rel`,
   * `controls`, `cc_load_policy` and `cc_lang_pref`, Vimeo's `controls` and `texttrack`.
   */
  declare src: string | undefined;

  /** The video's title: names the play button and the player, and is the poster's caption. Required. */
  declare label: string | undefined;

  /**
   * The deprecated alias of `label`, read when `label` is not set (with a console hint).
   * @deprecated Write `label`: the global `title` attribute shows a tooltip over the whole video and names it twice.
   */
  declare title: string;

  /** Where to start: seconds (`90`) or `1h2m3s`. Overrides the URL's `t=`. */
  declare start: string | undefined;

  /** An image to show before playing instead of the provider's thumbnail (http(s) or relative URL). */
  declare poster: string | undefined;

  /** The player's aspect ratio as CSS writes it (`4/3`); 16/9 by default, 9/16 for Shorts. */
  declare aspectRatio: string | undefined;

  /**
   * `strict`: no request to the provider before play (no thumbnail). Also set site-wide by the meta
   * tag, which wins. `thumbnail` (the default) shows the provider's thumbnail. Read in any case; any
   * other value is strict, with a warning.
   */
  declare privacy: string | undefined;

  private video: Video | null = null;
  /** `label`, or the deprecated `title`. */
  private name = '';
  private posterUrl: string | undefined;
  /** Whether the player is shown (internal reactive state). */
  private active = false;
  /** Whether the poster image failed, or was YouTube's placeholder (internal reactive state). */
  private posterFailed = false;

  /**
   * Plays the video without firing `video-embed-activate`: for a consent manager that cancelled the
   * event and has since been given consent. Focus moves into the player if it was on the element.
   */
  async activate(): Promise<void> {
    await this.openPlayer(this.matches(':focus-within'));
  }

  // A server renders the light DOM (the default renderServer): nothing to read.
  protected override willUpdateLive(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('label') || changed.has('title') || changed.has('start')) {
      this.name = embedLabel(this);
      this.reportOnce('generic-title', isGenericLabel(this.name), genericLabel(this.name));
      this.video = this.readVideo();
      this.active = false;
    }
    if (changed.has('poster')) {
      this.posterUrl = parseHttpUrl(this.poster)?.href;
      if (this.poster && !this.posterUrl) this.ignore('poster', this.poster);
    }
    if (changed.has('privacy'))
      this.reportOnce(
        'invalid-privacy',
        keyword(this.privacy, privacyKeywords) === null,
        replaced('privacy', this.privacy, 'strict or thumbnail', 'strict'),
      );
    if (changed.has('aspectRatio') && this.aspectRatio && !CSS.supports('aspect-ratio', this.aspectRatio)) {
      this.ignore('aspect-ratio', this.aspectRatio);
    }
    this.posterFailed &&= !changed.has('src') && !changed.has('poster');
  }

  protected override renderLive() {
    const video = this.video;
    const frame = !video
      ? fallbackLink(this, this.name)
      : this.active
        ? this.renderPlayer(video)
        : this.renderPoster(video);
    return html`<div part="base" class="frame on-screen">${frame}</div><slot class="printed"></slot>`;
  }

  // The ratio is set through the CSSOM, which drops anything that is not a valid value (as styleMap
  // does, at a tenth of its size).
  protected override updated(_changed: PropertyValues<this>) {
    const style = this.renderRoot.querySelector<HTMLElement>('.frame')?.style;
    if (!style) return;
    style.aspectRatio = '';
    style.aspectRatio = this.aspectRatio ?? (this.video?.shorts ? '9/16' : '');
  }

  private renderPoster(video: Video) {
    const strict = isStrict(this.privacy);
    const image = this.posterUrl ?? (strict ? undefined : thumbnailUrl(video));
    // The poster is drawn under a transparent button whose name is the aria-label alone.
    return html`<span class="poster" aria-hidden="true">${
      image && !this.posterFailed
        ? html`<img part="poster" src=${image} alt="" loading="lazy" referrerpolicy="no-referrer" @load=${this.onPoster} @error=${this.onPoster} />`
        : nothing
    }<span class="caption">${this.name}<br /><small>${providerName(video)}</small></span><span class="glyph"><svg viewBox="0 0 48 48"><path d="M18 14v20l16-10z" /></svg></span></span
      ><button part="play" aria-label=${this.localize('playVideo', { title: this.name })} @click=${this.onPlay}></button>`;
  }

  private renderPlayer(video: Video) {
    return html`<iframe part="player" src=${embedUrl(video)} title=${this.name} allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  }

  private readVideo(): Video | null {
    const result = parseVideoUrl(this.src);
    const problem = result.ok ? (this.name.trim() ? undefined : 'missing-title') : result.reason;
    if (problem) {
      this.reportError(problem, describeEmbedProblem(this.src, problem));
      return null;
    }
    const { video } = result as { video: Video };
    if (this.start) {
      const start = parseStart(this.start);
      if (start === undefined) this.ignore('start', this.start);
      else video.start = start;
    }
    return video;
  }

  private ignore(attribute: 'start' | 'poster' | 'aspect-ratio', value: string) {
    this.reportError(`invalid-${attribute}`, ignored(attribute, value));
  }

  private onPlay() {
    if (this.emit('video-embed-activate', { ...this.video! }, { cancelable: true })) void this.openPlayer(true);
  }

  private async openPlayer(focus: boolean) {
    await this.updateComplete;
    if (!this.video) return;
    this.active = true;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector('iframe')!.focus();
  }

  /**
   * A poster that fails to load, or YouTube's 120×90 grey placeholder for a missing thumbnail,
   * gives way to the neutral poster.
   */
  private onPoster(event: Event) {
    const image = event.target as HTMLImageElement;
    this.posterFailed = image.naturalWidth <= 120 && image.naturalHeight <= 90;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'video-embed': VideoEmbed;
  }
  interface GlobalEventHandlersEventMap {
    'video-embed-activate': CustomEvent<Video>;
    'video-embed-error': CustomEvent<IsomerErrorDetail>;
  }
}
