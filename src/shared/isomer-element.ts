import { css, isServer, LitElement, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import {
  bcp47,
  closestLang,
  isEnglishFallback,
  resolveLanguage,
  translate,
  type Language,
  type StringKey,
} from './i18n.js';
import { serverLanguage } from './server-language.js';
import { isHydrating, lightDom, rendersAsServer } from './server-render.js';
import { tokens } from './tokens.js';
import { version } from './version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/** Detail of every `<tag>-error` event: what was wrong and what was shown instead. */
export interface IsomerErrorDetail<Code extends string = string> {
  /** A stable, machine-readable reason such as `unsafe-url`. */
  code: Code;
  /** The same message that went to the console. */
  message: string;
}

/**
 * Connected elements whose UI strings follow `lang`; one observer serves them all, from the first
 * element connected until the last one leaves the page (it leaves no observer behind).
 */
const languageListeners = new Set<IsomerElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: IsomerElement) {
  languageListeners.add(element);
  if (!languageObserver) {
    languageObserver = new MutationObserver(() => {
      for (const listener of languageListeners) listener.requestUpdate();
    });
    languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

/** The CMS locales (`ms_SG`) warned about: once a page. */
const warnedTags = new Set<string>();

/**
 * A `lang` such as `ms_SG` is not BCP 47: CSS `:lang(ms)` does not match it (in Chromium and WebKit),
 * so the stylesheets' strings (prose's new-tab hint, the preflight labels) are English, and assistive
 * technology cannot pick a Malay voice. The elements read it the same way: English, marked
 * `lang="en"`. Said once, in the console, with the tag to write.
 */
function warnLocaleTag(tag: string) {
  if (warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(`[isomer-blocks] lang="${tag}" is not BCP 47: write "${bcp47(tag)}", which CSS :lang() reads too.`);
}

/** What every element's shadow root starts with: the design tokens, the site's font, and `hidden` that hides. */
const preamble = [
  tokens,
  css`
    :host {
      font-family: var(--_ib-font);
    }

    :host([hidden]) {
      display: none;
    }

    /* On paper, an element that shows a live frame (.on-screen) prints its light-DOM fallback (a link) instead. */
    .printed {
      display: none;
    }

    @media print {
      .printed {
        display: contents;
      }

      .on-screen {
        display: none !important;
      }
    }
  `,
];

/** The detail type of the `CustomEvent` named `type`, from `GlobalEventHandlersEventMap`. */
type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * The base of every isomer-blocks element: guarded registration, the shared style preamble,
 * `ElementInternals`, one server-rendering protocol, UI strings in the page's language, warnings
 * with typed error codes (`Code`, the codes of the element's `<tag>-error`) and typed events.
 */
export class IsomerElement<Code extends string = string> extends LitElement {
  /** The isomer-blocks version that defined this element. */
  static readonly version = version;

  /** The element's `static styles`, after the shared tokens and `:host([hidden]) { display: none }`. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([preamble, styles ?? []]);
  }

  /** The element's `ElementInternals` (role, ARIA), attached once for every element. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The error codes {@link reportOnce} reported that still hold. */
  private reported = new Set<string>();

  /**
   * Registers this class as `tag`. Safe to call any number of times: when the tag is taken by the
   * same version it does nothing; by another version it warns once and keeps the first. Never throws.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as VersionedConstructor | undefined;
    if (existing) {
      if (existing.version !== version) {
        console.warn(
          `[isomer-blocks] <${tag}> is already defined by ${existing.version ? `isomer-blocks ${existing.version}` : 'another script'}; version ${version} was not registered.`,
        );
      }
      return;
    }
    try {
      customElements.define(tag, this);
    } catch (error) {
      console.warn(`[isomer-blocks] <${tag}> could not be registered:`, error);
    }
  }

  /**
   * Back on a page (moved, or removed and added again), an element that has rendered renders
   * again: its nearest `lang` may be another, and it watches what it holds anew.
   */
  override connectedCallback() {
    super.connectedCallback();
    watchLanguage(this);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    languageListeners.delete(this);
    if (!languageListeners.size) languageObserver = void languageObserver?.disconnect();
  }

  /**
   * A server-rendered shadow root (Declarative Shadow DOM) is hydrated when Lit's hydration support
   * is loaded (it defines `litElementHydrateSupport`); without it, the server's markup is cleared,
   * or it would stay in front of what the browser renders.
   */
  protected override createRenderRoot() {
    if (!('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Complete once no update is pending: hydration asks for another render (see performUpdate). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  /**
   * Once hydration has repeated what the server rendered, the element renders again, for real:
   * with what only the browser knows (the light DOM, the page's language and settings). Hydration
   * also attached the `slotchange` listeners after the parser had filled the slots, so those events
   * are replayed. A hydration that failed is tried again by the next update, not in a loop.
   */
  protected override performUpdate(): void {
    const hydrating = isHydrating(this);
    super.performUpdate();
    if (!hydrating || !this.hasUpdated) return;
    this.requestUpdate();
    for (const slot of this.renderRoot.querySelectorAll('slot')) {
      if (slot.assignedNodes().length) slot.dispatchEvent(new Event('slotchange', { bubbles: true }));
    }
  }

  /**
   * Renders {@link renderServer} where the element renders as a server does (on a server, and in
   * the browser's first render over a server's shadow root, which hydration needs to match), else
   * {@link renderLive}. Elements override those two, not this.
   */
  protected override render(): unknown {
    return rendersAsServer(this) ? this.renderServer() : this.renderLive();
  }

  /**
   * What a server renders, with neither the light DOM nor the live page to look at. By default the
   * light DOM as it is (a `<slot>`), the no-JavaScript fallback; each element's `@ssr` says what it renders.
   */
  protected renderServer(): unknown {
    return lightDom;
  }

  /** What the browser renders, knowing the light DOM and the page. By default the light DOM as it is. */
  protected renderLive(): unknown {
    return lightDom;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!isServer) this.willUpdateLive(changed);
  }

  /**
   * Work before an update that needs the browser (the light DOM, the page, CSS): {@link willUpdate}
   * runs it everywhere but on a server. Runs on hydration too, so that the render after it is real.
   */
  protected willUpdateLive(_changed: PropertyValues<this>): void {}

  /** The `lang` the element's UI strings follow: the nearest `lang` attribute (the page's, on a server). */
  private get languageTag(): string | null {
    // A server renderer (@lit-labs/ssr) has no document tree: the element's own `lang`, else the
    // page's as the renderer was given it. Hydration repeats the server's words with the element's
    // own `lang` only; the render after it takes the page's (text that differs is then rewritten).
    if (rendersAsServer(this)) return this.getAttribute('lang') ?? (isServer ? (serverLanguage() ?? null) : null);
    const tag = closestLang(this);
    if (!tag?.includes('_')) return tag;
    warnLocaleTag(tag);
    return 'und';
  }

  /** The language of UI strings: the nearest `lang` attribute, English when none matches. */
  protected get language(): Language {
    return resolveLanguage(this.languageTag);
  }

  /**
   * `"en"` where the UI strings are English in a page of another language (`fr`, `zh-Hant`), for
   * the `lang` of the element that holds them (bound with `ifDefined`), so that they are read with
   * an English voice.
   */
  protected get fallbackLang(): 'en' | undefined {
    return isEnglishFallback(this.languageTag) ? 'en' : undefined;
  }

  /** The UI string `key` in the element's language. */
  protected localize(key: StringKey, params?: Record<string, string>): string {
    return translate(this.language, key, params);
  }

  /**
   * Dispatches a bubbling, composed event; returns false when a listener cancelled it. The event's
   * name ties its detail type: each element adds its events to `GlobalEventHandlersEventMap`.
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: DetailOf<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatch(type, detail, options.cancelable);
  }

  private dispatch(type: string, detail: unknown, cancelable?: boolean): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Reports bad input: a console warning naming the element (its tag, and its id when it has one)
   * and a `<tag>-error` event, whose target is the element. The caller renders the safe fallback.
   */
  protected reportError(code: Code, message: string): void {
    // Text only: a console that holds the element (DevTools, any CDP client) keeps it and its
    // subtree in memory after the page removed it.
    console.warn(`[isomer-blocks] <${this.localName}${this.id ? ` id="${this.id}"` : ''}>: ${message}`);
    // Each element types its own `<tag>-error` in the event map; this one method serves them all.
    this.dispatch(`${this.localName}-error`, { code, message } satisfies IsomerErrorDetail<Code>);
  }

  /**
   * Reports `code` when its problem starts to hold (`holds` after not holding, or at first), and
   * not again while it keeps holding: an element that rechecks its content warns once each time.
   */
  protected reportOnce(code: Code, holds: boolean, message: string): void {
    if (holds && !this.reported.has(code)) this.reportError(code, message);
    if (holds) this.reported.add(code);
    else this.reported.delete(code);
  }
}
