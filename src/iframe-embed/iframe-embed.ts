import { html, type PropertyValues } from 'lit';
import { fallbackLink } from '../shared/fallback.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { embedLabel, isGenericLabel } from '../shared/label.js';
import { describeEmbedProblem, genericLabel, ignored } from '../shared/messages.js';
import { siteSetting } from '../shared/site-setting.js';
import { defaultHosts, parseHostList, parseIframeUrl, type IframeUrlProblem, type IframeUrlResult } from './hosts.js';
import { iframeEmbedStyles } from './iframe-embed.styles.js';

/**
 * The type lit-analyzer checks a `sandbox` binding against: ONE token, since its HTML data has no
 * type for a token list. The constant below is a list of five; this alias names the mismatch, so
 * that the cast is an answer to the linter and not a claim about the value.
 */
type LitAnalyzerSandboxToken = 'allow-scripts';

/** What an embedded form or map may do: run, keep its own origin, submit, open popups; never navigate the page. */
const SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox' as string as LitAnalyzerSandboxToken;

/** The codes of `iframe-embed-error`. */
export type IframeEmbedErrorCode =
  IframeUrlProblem | 'missing-title' | 'generic-title' | 'invalid-height' | 'invalid-aspect-ratio';

/**
 * A lazily loaded, titled frame from a host the site allows: FormSG forms, Google Maps and My Maps,
 * OneMap, Google Docs, data.gov.sg charts, CheckFirst, Panopto. Frames are sized by host (forms tall, maps 4:3,
 * others 16:9) unless `height` or `aspect-ratio` says otherwise. A URL on any other host is shown
 * as a link, never framed. The light-DOM child, a link to `src`, is what readers get without
 * JavaScript.
 *
 * A site allows more hosts with `<meta name="isomer-blocks:iframe-hosts" content="…">` in `<head>`
 * (a meta in the body is content, and ignored): comma-separated `host[/path] [tall|map|wide]`
 * entries, `*.domain` for every subdomain of one site's domain, a path segment `*` for any one segment, e.g.
 * `content="maps.example.gov.sg map, *.example.gov.sg/embed"`. Patterns that could match more than
 * one site (`*.com`, `*.gov.sg`), or that are not plain host names, are ignored with a warning.
 *
 * @tagname iframe-embed
 * @summary A lazily loaded, titled frame from an allowed host, sized for its content.
 * @ssr Renders its light DOM as it is (the link to `src`): a server does not know the site's allowed hosts.
 *
 * @slot - The no-JavaScript fallback, a link: `<a href="src">title</a>`. Not shown once the element runs.
 *
 * @csspart frame - The `iframe`.
 * @csspart fallback - What is shown for bad input: a link when `src` is http(s), otherwise the title.
 *
 * @cssprop [--iframe-embed-tall-height=62.5rem] - Height of frames from form hosts.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} iframe-embed-error - `src` is not an https URL on an allowed host, or `label` is missing (`missing-title`); `generic-title`: `label` names nothing in particular, like "Map" (still framed).
 */
export class IframeEmbed extends IsomerElement<IframeEmbedErrorCode> {
  static override styles = iframeEmbedStyles;

  // String attributes are Lit's default.
  static override properties = {
    src: {},
    label: {},
    title: {},
    height: {},
    aspectRatio: { attribute: 'aspect-ratio' },
  };

  /** The URL to frame: https, on an allowed host. */
  declare src: string | undefined;

  /** What the frame holds: names the frame and the fallback link. Required. */
  declare label: string | undefined;

  /**
   * The deprecated alias of `label`, read when `label` is not set (with a console hint).
   * @deprecated Write `label`: the global `title` attribute shows a tooltip over the whole frame and names it twice.
   */
  declare title: string;

  /** The frame's height: pixels (`800`) or a CSS length (`50rem`). Overrides the host's size. */
  declare height: string | undefined;

  /** The frame's aspect ratio as CSS writes it (`4/3`). Overrides the host's size. */
  declare aspectRatio: string | undefined;

  private embed: Extract<IframeUrlResult, { ok: true }> | null = null;
  /** `label`, or the deprecated `title`. */
  private name = '';

  // A server renders the light DOM (the default renderServer): nothing to read.
  protected override willUpdateLive(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('label') || changed.has('title')) {
      this.name = embedLabel(this);
      this.reportOnce('generic-title', isGenericLabel(this.name), genericLabel(this.name));
      this.embed = this.readEmbed();
    }
    if (changed.has('height')) this.check('height', 'block-size', this.cssHeight());
    if (changed.has('aspectRatio')) this.check('aspect-ratio', 'aspect-ratio', this.aspectRatio);
  }

  private check(attribute: 'height' | 'aspect-ratio', property: string, value: string | undefined) {
    if (value && !CSS.supports(property, value)) this.reportError(`invalid-${attribute}`, ignored(attribute, value));
  }

  protected override renderLive() {
    const embed = this.embed;
    return !embed
      ? fallbackLink(this, this.name)
      : html`<iframe
      part="frame"
      class=${embed.host.size}
      src=${embed.url.href}
      title=${this.name}
      loading="lazy"
      referrerpolicy="strict-origin-when-cross-origin"
      sandbox=${SANDBOX}
      allow="fullscreen"
    ></iframe><slot class="printed"></slot>`;
  }

  // Overrides go through the CSSOM, which drops anything that is not a valid value (as styleMap
  // does, at a tenth of its size). A height wins over an aspect ratio.
  protected override updated(_changed: PropertyValues<this>) {
    const style = this.renderRoot.querySelector('iframe')?.style;
    if (!style) return;
    style.aspectRatio = style.blockSize = '';
    style.aspectRatio = this.aspectRatio ?? '';
    style.blockSize = this.cssHeight() ?? (style.aspectRatio ? 'auto' : '');
  }

  /** `height` as CSS: plain numbers are pixels, like the iframe attribute. */
  private cssHeight() {
    return /^\d+$/.test(this.height ?? '') ? `${this.height}px` : this.height;
  }

  private readEmbed() {
    const embed = parseIframeUrl(this.src, [...defaultHosts, ...parseHostList(siteSetting('iframe-hosts'))]);
    const problem = embed.ok ? (this.name.trim() ? undefined : 'missing-title') : embed.reason;
    if (!problem) return embed as Extract<IframeUrlResult, { ok: true }>;
    this.reportError(problem, describeEmbedProblem(this.src, problem));
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iframe-embed': IframeEmbed;
  }
  interface GlobalEventHandlersEventMap {
    'iframe-embed-error': CustomEvent<IsomerErrorDetail>;
  }
}
