import { html, isServer } from 'lit';
import { describeIgnored, fallbackLink } from '../shared/fallback.js';
import { IsomerElement } from '../shared/isomer-element.js';
import { lightDom, rendersAsServer } from '../shared/server-render.js';
import { describeEmbedProblem } from '../shared/url.js';
import { defaultHosts, parseHostList, parseIframeUrl, type IframeUrlResult } from './hosts.js';
import { iframeEmbedStyles } from './iframe-embed.styles.js';


// What an embedded form or map may do: run, keep its own origin, submit, open popups; never navigate
// the page. (Typed as one token because lit-analyzer's table knows only single sandbox tokens.)
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox' as 'allow-scripts';

/**
 * A lazily loaded, titled frame from a host the site allows: FormSG forms, Google Maps, Google
 * Docs, data.gov.sg charts, CheckFirst, Panopto. Frames are sized by host (forms tall, maps 4:3,
 * others 16:9) unless `height` or `aspect-ratio` says otherwise. A URL on any other host is shown
 * as a link, never framed. The light-DOM child, a link to `src`, is what readers get without
 * JavaScript.
 *
 * A site allows more hosts with `<meta name="isomer-blocks:iframe-hosts" content="…">`:
 * comma-separated `host[/path] [tall|map|wide]` entries, `*.domain` for every subdomain, e.g.
 * `content="maps.example.gov.sg map, *.example.gov.sg/embed"`.
 *
 * @tagname iframe-embed
 * @summary A lazily loaded, titled frame from an allowed host, sized for its content.
 *
 * @slot - The no-JavaScript fallback, a link: `<a href="src">title</a>`. Not shown once the element runs.
 *
 * @csspart frame - The `iframe`.
 * @csspart fallback - What is shown for bad input: a link when `src` is http(s), otherwise the title.
 *
 * @cssprop [--iframe-embed-tall-height=62.5rem] - Height of frames from form hosts.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} iframe-embed-error - `src` is not an https URL on an allowed host, or `title` is missing.
 */
export class IframeEmbed extends IsomerElement {
  static override styles = iframeEmbedStyles;

  // String attributes are Lit's default.
  static override properties = {
    src: {},
    title: {},
    height: {},
    aspectRatio: { attribute: 'aspect-ratio' },
  };

  /** The URL to frame: https, on an allowed host. */
  declare src: string | undefined;

  /** What the frame holds, for screen readers and the fallback link. Required. */
  declare title: string;

  /** The frame's height: pixels (`800`) or a CSS length (`50rem`). Overrides the host's size. */
  declare height: string | undefined;

  /** The frame's aspect ratio as CSS writes it (`4/3`). Overrides the host's size. */
  declare aspectRatio: string | undefined;

  #embed: Extract<IframeUrlResult, { ok: true }> | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    // A server renders the light DOM (see lightDom): nothing to read.
    if (isServer) return;
    if (changed.has('src') || changed.has('title')) this.#embed = this.#readEmbed();
    if (changed.has('height')) this.#check('height', 'block-size', this.#height());
    if (changed.has('aspectRatio')) this.#check('aspect-ratio', 'aspect-ratio', this.aspectRatio);
  }

  #check(attribute: string, property: string, value: string | undefined) {
    if (value && !CSS.supports(property, value)) this.reportError(`invalid-${attribute}`, describeIgnored(attribute, value));
  }

  protected override render() {
    const embed = this.#embed;
    return rendersAsServer(this) ? lightDom : !embed ? fallbackLink(this) : html`<iframe
      part="frame"
      class=${embed.host.size}
      src=${embed.url.href}
      title=${this.title}
      loading="lazy"
      referrerpolicy="strict-origin-when-cross-origin"
      sandbox=${SANDBOX}
      allow="fullscreen"
    ></iframe>`;
  }

  // Overrides go through the CSSOM, which drops anything that is not a valid value (as styleMap
  // does, at a tenth of its size). A height wins over an aspect ratio.
  protected override updated() {
    const style = this.renderRoot.querySelector('iframe')?.style;
    if (!style) return;
    style.aspectRatio = style.blockSize = '';
    style.aspectRatio = this.aspectRatio ?? '';
    style.blockSize = this.#height() ?? (style.aspectRatio ? 'auto' : '');
  }

  /** `height` as CSS: plain numbers are pixels, like the iframe attribute. */
  #height() {
    return /^\d+$/.test(this.height ?? '') ? `${this.height}px` : this.height;
  }

  #readEmbed() {
    const meta = document.querySelector('meta[name="isomer-blocks:iframe-hosts"]');
    const embed = parseIframeUrl(this.src, [...defaultHosts, ...parseHostList(meta?.getAttribute('content'))]);
    const problem = embed.ok ? (this.title?.trim() ? undefined : 'missing-title') : embed.reason;
    if (!problem) return embed as Extract<IframeUrlResult, { ok: true }>;
    this.reportError(problem, describeEmbedProblem(this.src, problem));
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iframe-embed': IframeEmbed;
  }
}
