import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { replaced } from '../shared/messages.js';
import { articleTocStyles } from './article-toc.styles.js';
import { headingId, nestByLevel, parseLevels, type OutlineEntry } from './outline.js';

/** More headings than this make a list too long to be a summary of the page: a warning says so. */
const maxSections = 100;

/** The codes of `article-toc-error`. */
export type ArticleTocErrorCode = 'no-target' | 'no-headings' | 'bad-levels' | 'duplicate-id' | 'too-many-headings';

/**
 * "On this page": a table of contents built from the headings of an article. Headings without an
 * id get a stable, unique one made from their text (in any script); ids already on the page are
 * never changed. The section being read is marked with `aria-current="location"`, and the list
 * follows headings as they are added, removed or renamed.
 *
 * Without JavaScript, the element's light-DOM children (a `<ul>` of links to the headings) are the
 * table of contents. Once it has found headings, the element shows the list it built instead; the
 * children stay in the page, unrendered. When it finds no target or no headings it warns and
 * keeps showing its children.
 *
 * @tagname article-toc
 * @summary "On this page" navigation built from an article's headings.
 * @ssr Renders its light DOM as it is (the no-JavaScript list): a server does not see the page's headings.
 *
 * @slot - The no-JavaScript table of contents: a `<ul>` of `<li><a href="#id">Heading</a></li>`. Shown when no heading is found.
 *
 * @csspart base - The `nav` landmark, labelled "On this page"; its `::before` shows the label (`::part(base)::before`).
 * @csspart list - Each `ul` of the generated list (nested for lower-level headings).
 * @csspart link - Each link to a heading; the current one has `aria-current="location"`.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} article-toc-error - Bad input: `no-target`, `no-headings`, `bad-levels`, `duplicate-id` or `too-many-headings`. The page is left as it is.
 */
export class ArticleToc extends IsomerElement<ArticleTocErrorCode> {
  static override styles = articleTocStyles;

  static override properties = {
    for: {},
    levels: {},
  };

  /** The id of the element whose headings are listed; by default the nearest `article` or `main` around the element. */
  declare for: string | undefined;

  /** The heading levels listed: a range such as `2-3` or a single level such as `2`. */
  levels = '2-3';

  /** The heading of the section being read. */
  private current?: HTMLElement;

  private outline: OutlineEntry<HTMLElement>[] = [];
  private headings: HTMLElement[] = [];
  /** Whether the headings must be found again before the next render: the target's content changed. */
  private stale = false;
  private rescan = () => {
    this.stale = true;
    this.requestUpdate();
  };
  // Observers are made on connection: a server renderer (@lit-labs/ssr) has neither.
  private mutations?: MutationObserver;
  /**
   * Watches headings cross the reading line, 40 % of the viewport from the top. Its area reaches far
   * above the viewport, so that a heading leaves or enters it only at that line, even when the reader jumps.
   */
  private sections?: IntersectionObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.mutations ??= new MutationObserver(this.rescan);
    this.sections ??= new IntersectionObserver(() => this.track(), { rootMargin: '999999px 0px -60% 0px' });
    this.rescan();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.mutations?.disconnect();
    this.sections?.disconnect();
  }

  protected override willUpdateLive(changed: PropertyValues<this>) {
    if (this.stale || changed.has('for') || changed.has('levels')) this.scan();
  }

  /** Finds the target and its headings, gives them ids and rebuilds the outline; reports problems that are new. */
  private scan() {
    this.stale = false;
    const target = this.for
      ? (this.getRootNode() as Document).getElementById?.(this.for)
      : this.closest('article, main');
    const parsed = parseLevels(this.levels);
    this.reportOnce('bad-levels', !parsed, replaced('levels', this.levels, 'a range', '2-3'));
    const levels = parsed ?? [2, 3];
    const found = target
      ? Array.from(target.querySelectorAll<HTMLElement>(levels.map((level) => `h${level}`).join())).filter((heading) =>
          heading.textContent!.trim(),
        )
      : [];
    this.reportOnce('no-target', !target, 'no element has its for id, nor is it in an <article> or <main>.');
    this.reportOnce('no-headings', !!target && !found.length, `no h${levels.join(', h')} in its target.`);
    this.reportOnce('too-many-headings', found.length > maxSections, `${found.length} headings make a long list.`);
    const shared = this.giveIds((this.headings = found));
    this.reportOnce('duplicate-id', !!shared, `id="${shared}" is not unique.`);
    this.outline = nestByLevel(this.headings.map((heading) => ({ level: +heading.localName[1], item: heading })));
    this.mutations!.disconnect();
    if (target) this.mutations!.observe(target, { childList: true, subtree: true, attributeFilter: ['id'] });
    this.sections!.disconnect();
    for (const heading of this.headings) this.sections!.observe(heading);
  }

  /**
   * Gives each heading without an id one made from its text, unique in the page. Returns the first
   * heading id that other elements share, if any.
   */
  private giveIds(headings: HTMLElement[]): string | undefined {
    const ids = Array.from((this.getRootNode() as Document).querySelectorAll('[id]'), (element) => element.id);
    const taken = new Set(ids);
    for (const heading of headings) if (!heading.id) heading.id = headingId(heading.textContent!, taken);
    return headings.find(({ id }) => ids.indexOf(id) < ids.lastIndexOf(id))?.id;
  }

  /** Marks the last heading above the reading line as current. Runs only when a heading crosses the line. */
  private track() {
    const line = innerHeight * 0.4;
    this.current = this.headings.filter((heading) => heading.getBoundingClientRect().top <= line).pop();
    this.requestUpdate();
  }

  /** Scrolls to the heading (smoothly unless the reader prefers reduced motion), updates the URL and moves focus there. */
  private go(event: MouseEvent, heading: HTMLElement, hash: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // `smooth`, or `auto` when the reader prefers reduced motion (the shared tokens reset it then).
    heading.scrollIntoView({ behavior: getComputedStyle(this).scrollBehavior as ScrollBehavior });
    history.pushState(null, '', hash);
    // A heading takes focus only with a tabindex; -1 keeps it out of the tab order.
    if (heading.tabIndex < 0) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }

  protected override renderLive() {
    const { outline } = this;
    return outline.length || this.childElementCount
      ? html`<nav part="base" aria-label=${this.localize('onThisPage')}>
          ${outline.length ? this.list(outline) : html`<slot></slot>`}
        </nav>`
      : nothing;
  }

  private list(entries: OutlineEntry<HTMLElement>[]): TemplateResult {
    return html`<ul part="list">
      ${entries.map(({ item: heading, children }) => {
        const hash = `#${encodeURIComponent(heading.id)}`;
        return html`<li>
            <a
              part="link"
              href=${hash}
              aria-current=${ifDefined(heading === this.current ? 'location' : undefined)}
              @click=${(event: MouseEvent) => this.go(event, heading, hash)}
              >${heading.textContent!.replace(/\s+/g, ' ').trim()}</a
            >${children.length ? this.list(children) : nothing}
          </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-toc': ArticleToc;
  }
  interface GlobalEventHandlersEventMap {
    'article-toc-error': CustomEvent<IsomerErrorDetail>;
  }
}
