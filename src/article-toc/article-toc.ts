import { html, nothing, type TemplateResult } from 'lit';
import { IsomerElement } from '../shared/isomer-element.js';
import { articleTocStyles } from './article-toc.styles.js';
import { nestByLevel, parseLevels, slugify, uniqueId, type OutlineEntry } from './outline.js';

/** A heading listed in the table of contents. */
interface Section {
  heading: HTMLElement;
  text: string;
}

/** More headings than this are not listed: a list that long is no longer a summary of the page. */
const maxSections = 100;

/**
 * A heading makes its section the current one once it is above this line (40 % of the viewport
 * from the top). The observed area reaches far above the viewport, so that a heading crosses it
 * only at the line, even when the reader jumps.
 */
const readingLine = 0.4;
const sectionObserverOptions = { rootMargin: `999999px 0px -${100 - readingLine * 100}% 0px` };

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
 *
 * @slot - The no-JavaScript table of contents: a `<ul>` of `<li><a href="#id">Heading</a></li>`. Shown when no heading is found.
 *
 * @csspart base - The `nav` landmark, labelled "On this page".
 * @csspart label - The visible "On this page" label.
 * @csspart list - Each `ul` of the generated list (nested for lower-level headings).
 * @csspart link - Each link to a heading; the current one has `aria-current="location"`.
 *
 * @cssprop [--article-toc-current-color=var(--isomer-color-brand)] - Colour of the rule beside the current section.
 *
 * @fires {CustomEvent<IsomerErrorDetail>} article-toc-error - Bad input: `no-target`, `no-headings`, `bad-levels`, `duplicate-id` or `too-many-headings`. The page is left as it is.
 */
export class ArticleToc extends IsomerElement {
  static override styles = articleTocStyles;

  static override properties = {
    for: { type: String },
    levels: { type: String },
    current: { state: true },
  };

  /** The id of the element whose headings are listed; by default the nearest `article` or `main` around the element. */
  declare for: string | undefined;

  /** The heading levels listed: a range such as `2-3` (the default) or a single level such as `2`. */
  declare levels: string;

  /** The heading of the section being read. */
  declare private current: HTMLElement | undefined;

  private outline: OutlineEntry<Section>[] = [];
  private headings: HTMLElement[] = [];
  private watched: Element | null = null;
  private stale = true;
  /** Problems reported by the last scan, so that rebuilding after each change does not repeat warnings. */
  private reported = new Set<string>();
  private problems = new Set<string>();
  private mutations = new MutationObserver(() => {
    this.stale = true;
    this.requestUpdate();
  });
  private sections?: IntersectionObserver;

  constructor() {
    super();
    this.levels = '2-3';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.stale = true;
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.mutations.disconnect();
    this.sections?.disconnect();
    this.watched = null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (this.stale || changed.has('for') || changed.has('levels')) {
      this.stale = false;
      this.scan();
    }
  }

  /** Finds the target and its headings, gives them ids and rebuilds the outline. */
  private scan() {
    this.problems = new Set();
    const target = this.for ? (this.getRootNode() as Document).getElementById?.(this.for) : this.closest('article, main');
    if (target !== this.watched) {
      this.mutations.disconnect();
      this.watched = target;
      if (target) this.mutations.observe(target, { childList: true, subtree: true, characterData: true, attributeFilter: ['id'] });
    }
    let levels = parseLevels(this.levels);
    if (!levels) {
      this.warn('bad-levels', `levels="${this.levels}" is not a range of heading levels such as "2-3"; using 2-3.`);
      levels = [2, 3];
    }
    const found = target
      ? Array.from(target.querySelectorAll<HTMLElement>(levels.map((level) => `h${level}`).join())).filter(
          (heading) => !this.contains(heading) && heading.textContent!.trim(),
        )
      : [];
    if (!target) {
      this.warn('no-target', this.for ? `no element has id="${this.for}".` : 'it is not inside an <article> or <main> and has no for attribute.');
    } else if (!found.length) {
      this.warn('no-headings', `no h${levels.join(', h')} heading was found in the target.`);
    } else if (found.length > maxSections) {
      this.warn('too-many-headings', `${found.length} headings were found; only the first ${maxSections} are listed.`);
    }
    this.headings = found.slice(0, maxSections);
    this.giveIds(this.headings);
    this.mutations.takeRecords();
    this.outline = nestByLevel(
      this.headings.map((heading) => ({
        level: Number(heading.localName[1]),
        item: { heading, text: heading.textContent!.replace(/\s+/g, ' ').trim() },
      })),
    );
    this.sections?.disconnect();
    this.sections = new IntersectionObserver(() => this.track(), sectionObserverOptions);
    for (const heading of this.headings) this.sections.observe(heading);
    this.reported = this.problems;
  }

  /** Gives each heading without an id one made from its text, unique in the page; reports shared ids. */
  private giveIds(headings: HTMLElement[]) {
    const taken = new Set<string>();
    const shared = new Set<string>();
    for (const { id } of (this.getRootNode() as Document).querySelectorAll('[id]')) {
      if (taken.has(id)) shared.add(id);
      taken.add(id);
    }
    for (const heading of headings) {
      if (!heading.id) heading.id = uniqueId(slugify(heading.textContent!), taken);
      else if (shared.has(heading.id)) {
        this.warn('duplicate-id', `id="${heading.id}" is used by more than one element; its link scrolls to the heading but the URL may lead elsewhere.`);
      }
    }
  }

  /** Marks the last heading above the reading line as current. Runs only when a heading crosses the line. */
  private track() {
    const line = innerHeight * readingLine;
    this.current = this.headings.filter((heading) => heading.getBoundingClientRect().top <= line).pop();
  }

  private warn(code: string, message: string) {
    if (!this.reported.has(code) && !this.problems.has(code)) this.reportError(code, message);
    this.problems.add(code);
  }

  /** Scrolls to the heading (smoothly unless the reader prefers reduced motion), updates the URL and moves focus there. */
  private go(event: MouseEvent, heading: HTMLElement) {
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    heading.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    history.pushState(history.state, '', `#${encodeURIComponent(heading.id)}`);
    if (!heading.hasAttribute('tabindex')) {
      heading.tabIndex = -1;
      heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    }
    heading.focus({ preventScroll: true });
  }

  protected override render() {
    const content = this.outline.length ? this.list(this.outline) : this.childElementCount ? html`<slot></slot>` : nothing;
    return content === nothing
      ? nothing
      : html`<nav part="base" aria-labelledby="label"><p id="label" part="label">${this.localize('onThisPage')}</p>${content}</nav>`;
  }

  private list(entries: OutlineEntry<Section>[]): TemplateResult {
    return html`<ul part="list">
      ${entries.map(
        ({ item: { heading, text }, children }) =>
          html`<li>
            <a
              part="link"
              href="#${encodeURIComponent(heading.id)}"
              aria-current=${heading === this.current ? 'location' : nothing}
              @click=${(event: MouseEvent) => this.go(event, heading)}
              >${text}</a
            >${children.length ? this.list(children) : nothing}
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-toc': ArticleToc;
  }
}
