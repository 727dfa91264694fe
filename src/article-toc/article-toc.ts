import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IsomerElement, type IsomerErrorDetail } from '../shared/isomer-element.js';
import { replaced } from '../shared/messages.js';
import { articleTocStyles } from './article-toc.styles.js';
import { headingEntries, isList, listEntries, sectionsOf, type TocEntry } from './entries.js';
import { headingId, nestByLevel, parseLevels, type OutlineEntry } from './outline.js';

/** More headings than this make a list too long to be a summary of the page: a warning says so. */
const maxSections = 100;

/** The codes of `article-toc-error`. */
export type ArticleTocErrorCode = 'no-target' | 'no-headings' | 'bad-levels' | 'duplicate-id' | 'too-many-headings';

/**
 * "On this page": a table of contents. With a list of its own (`<ul>`/`<ol>` children, as the
 * converter writes it), it shows that list, every item in its place: items that link to a section
 * of the page follow the reading position; the others stay as text or plain links. Without one, it
 * builds the list from the headings of its article (`levels`); headings without an id get a stable,
 * unique one made from their text (in any script), ids already on the page are never changed, and
 * the list follows headings as they are added, removed or renamed.
 *
 * The section being read is marked with `aria-current="location"`: the last one whose heading is
 * above the reading line (`--isomer-scroll-offset` plus 3rem from the top); a jump makes its target
 * current; at the end of the article, the last section whose heading is in view.
 *
 * Without JavaScript, the light-DOM list is the table of contents, in the same box
 * (article-toc.preflight.css); the element renders the same items, so nothing moves when it
 * upgrades. When it finds nothing to list it warns and keeps showing its children.
 *
 * @tagname article-toc
 * @summary "On this page" navigation built from an article's headings.
 * @ssr Renders its light DOM as it is (the no-JavaScript list): a server does not see the page's headings.
 *
 * @slot - The contents list: a `<ul>` of `<li><a href="#id">Heading</a></li>`, items without a section as `<li><span>Text</span></li>`. Shown as it is when nothing on the page can be listed.
 *
 * @csspart base - The `nav` landmark, labelled "On this page"; its `::before` shows the label (`::part(base)::before`).
 * @csspart list - Each `ul` of the list (nested for sub-items).
 * @csspart link - Each link; the current one has `aria-current="location"`.
 * @csspart text - Each item that links nowhere.
 *
 * @cssprop [--isomer-scroll-offset=0px] - The height of a sticky header: headings with an id scroll to below it, and the reading line sits below it.
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

  /** The heading levels listed when the element has no list of its own: a range such as `2-3` or a single level such as `2`. */
  levels = '2-3';

  /** The heading of the section being read. */
  private current?: HTMLElement;
  /** The target of the reader's last jump, current until the scroll reaches it (`arrived`). */
  private jump?: { section: HTMLElement; arrived: boolean };

  private entries: TocEntry[] = [];
  /** The sections the list links to. */
  private sections: HTMLElement[] = [];
  /** The last element of the article: in view, the reader is at its end. */
  private end?: Element | null;
  /** Whether the page must be read again before the next render: the target's content changed. */
  private stale = false;
  private rescan = () => {
    this.stale = true;
    this.requestUpdate();
  };
  // Observers are made on connection: a server renderer (@lit-labs/ssr) has neither.
  private mutations?: MutationObserver;
  /**
   * Watches headings cross the reading line. Its area reaches far above the viewport, so that a
   * heading leaves or enters it only at that line, even when the reader jumps; it is made again
   * when the viewport's height changes.
   */
  private crossings?: IntersectionObserver;
  /** Watches the end of the article come into and leave view. */
  private ends?: IntersectionObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.mutations ??= new MutationObserver(this.rescan);
    addEventListener('resize', this.rescan);
    this.rescan();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('resize', this.rescan);
    this.mutations?.disconnect();
    this.crossings?.disconnect();
    this.ends?.disconnect();
  }

  protected override willUpdateLive(changed: PropertyValues<this>) {
    // Removed from the page, it watches nothing and names no heading (L8); it reads them on its return.
    if (!this.isConnected) this.stale = true;
    else if (this.stale || changed.has('for') || changed.has('levels')) this.scan();
  }

  /** Reads the list or the headings again, and watches what they link to; reports problems that are new. */
  private scan() {
    this.stale = false;
    const root = this.getRootNode() as Document;
    const target = this.for ? root.getElementById?.(this.for) : this.closest('article, main');
    const own = Array.from(this.children).find(isList);
    if (own) {
      this.entries = listEntries(own, (id) => root.getElementById?.(id) as HTMLElement | null);
      this.sections = sectionsOf(this.entries);
      this.reportOnce('no-headings', !this.sections.length, 'none of its items links to a section of the page.');
    } else this.entries = headingEntries(this.outlineOf(target));
    this.end = (target ?? this.sections.at(-1)?.parentElement)?.lastElementChild;
    this.watch(target);
  }

  /** The outline of the target's headings at `levels`, each given an id. */
  private outlineOf(target: Element | null | undefined): OutlineEntry<HTMLElement>[] {
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
    const shared = this.giveIds((this.sections = found));
    this.reportOnce('duplicate-id', !!shared, `id="${shared}" is not unique.`);
    return nestByLevel(found.map((heading) => ({ level: +heading.localName[1], item: heading })));
  }

  /** Observes the target and the list for changes, and the sections for the reading line. */
  private watch(target: Element | null | undefined) {
    const mutations = this.mutations!;
    mutations.disconnect();
    const changes = { childList: true, subtree: true, characterData: true, attributeFilter: ['id', 'href'] };
    if (target) mutations.observe(target, changes);
    mutations.observe(this, changes);
    this.crossings?.disconnect();
    this.ends?.disconnect();
    const line = this.readingLine();
    this.crossings = new IntersectionObserver(() => this.track(), {
      rootMargin: `999999px 0px ${Math.min(0, line - innerHeight)}px 0px`,
    });
    for (const section of this.sections) this.crossings.observe(section);
    this.ends = new IntersectionObserver(() => this.track(), { threshold: [0, 1] });
    if (this.end) this.ends.observe(this.end);
  }

  /** The reading line, in px from the top of the viewport (the host's `scroll-margin-top`: see its styles). */
  private readingLine(): number {
    return parseFloat(getComputedStyle(this).scrollMarginTop) || 0;
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

  /**
   * Marks the section being read as current: the lowest heading above the reading line or, at the
   * end of the article, in view; until a jump has arrived, its target. Runs only when a heading
   * crosses the line or the end comes into or out of view.
   */
  private track() {
    const line = this.readingLine() + 1;
    const top = (section: HTMLElement) => section.getBoundingClientRect().top;
    const atEnd = !!this.end && this.end.getBoundingClientRect().bottom <= innerHeight + 1;
    const lowest = (below: number) =>
      this.sections.reduce<HTMLElement | undefined>((best, section) => {
        const y = top(section);
        return y <= below && (!best || y > top(best)) ? section : best;
      }, undefined);
    let current = (atEnd && lowest(innerHeight - 1)) || lowest(line);
    const { jump } = this;
    if (jump) {
      const y = top(jump.section);
      if (!jump.arrived) {
        jump.arrived = y <= line || atEnd;
        current = jump.section;
      } else if (atEnd && y >= 0 && y < innerHeight) current = jump.section;
      else this.jump = undefined;
    }
    this.current = current;
    this.requestUpdate();
  }

  /** Scrolls to the section (smoothly unless the reader prefers reduced motion), makes it current, updates the URL and moves focus there. */
  private go(event: MouseEvent, section: HTMLElement, hash: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.current = section;
    this.jump = { section, arrived: false };
    this.requestUpdate();
    // `smooth`, or `auto` when the reader prefers reduced motion (the shared tokens reset it then).
    section.scrollIntoView({ behavior: getComputedStyle(this).scrollBehavior as ScrollBehavior });
    history.pushState(null, '', hash);
    // A heading takes focus only with a tabindex; -1 keeps it out of the tab order.
    if (section.tabIndex < 0) section.tabIndex = -1;
    section.focus({ preventScroll: true });
  }

  protected override renderLive() {
    const { entries } = this;
    return entries.length || this.childElementCount
      ? html`<nav part="base" aria-label=${this.localize('onThisPage')}>
          ${entries.length ? this.list(entries) : html`<slot></slot>`}
        </nav>`
      : nothing;
  }

  // role="list": WebKit drops the list semantics of a list without markers (D18).
  private list(entries: TocEntry[]): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- not redundant in WebKit, see above
    return html`<ul part="list" role="list">
      ${entries.map(
        (entry) => html`<li>${this.item(entry)}${entry.children.length ? this.list(entry.children) : nothing}</li>`,
      )}
    </ul>`;
  }

  private item({ text, href, section }: TocEntry) {
    if (href === undefined) return html`<span part="text">${text}</span>`;
    return html`<a
      part="link"
      href=${href}
      aria-current=${ifDefined(section && section === this.current ? 'location' : undefined)}
      @click=${section ? (event: MouseEvent) => this.go(event, section, href) : nothing}
      >${text}</a
    >`;
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
