import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from '../internal/css-properties.js';
import * as ICONS from '../internal/icon-set.js';
import { sideNavStyles } from './side-nav.styles.js';
import { safeUrl } from '../internal/url.js';
import { observeLightDom } from '../internal/observers.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

let nextId = 0;

const isItem = (el: Element) => el.localName === 'sugam-side-nav-item';
const isGroup = (el: Element) => el.localName === 'sugam-side-nav-group';
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Side navigation for the pages of a section: a `nav` landmark named by `label`, a list of links with the current
 * page marked `aria-current="page"` (shown by a bar at the start edge and bold text, not by colour alone), and
 * nested sections behind disclosure buttons (`aria-expanded`). The section holding the current page is open by
 * default. Keyboard: Tab moves between links and buttons, Enter or Space opens and closes a section.
 *
 * ```html
 * <sugam-side-nav label="Services">
 *   <sugam-side-nav-item href="/services/">Overview</sugam-side-nav-item>
 *   <sugam-side-nav-group label="Certificates">
 *     <sugam-side-nav-item href="/services/birth/" current>Birth certificate</sugam-side-nav-item>
 *   </sugam-side-nav-group>
 * </sugam-side-nav>
 * ```
 *
 * @summary Side navigation with the current page marked and collapsible nested sections.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-side-nav-item>` and `<sugam-side-nav-group>` elements.
 *
 * @csspart base - The `<nav>` element.
 * @csspart list - Every `<ul>`.
 * @csspart link - Every link.
 * @csspart toggle - Every section's disclosure button.
 *
 * @cssprop --sugam-side-nav-font-size - Text size. Defaults to `--sugam-font-size-md`.
 * @cssprop --sugam-side-nav-bar-width - Width of the current page's bar. Defaults to 4px.
 *
 * @event sugam-toggle - A section was opened or closed by the visitor; `detail: { group, open }`.
 */
export class SugamSideNav extends LitElement {
  static override styles = sideNavStyles;

  /** The landmark's accessible name, e.g. "In this section" or the section's title. Required. */
  @property() accessor label: string | undefined;

  private readonly ids = new WeakMap<Element, string>();
  /** Sections the visitor closed: they stay closed even if they hold the current page. */
  private readonly closedByUser = new WeakSet<Element>();
  private warnedLabel = false;

  constructor() {
    super();
    observeLightDom(this, ['href', 'current', 'label', 'open', 'lang', 'dir']);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((!this.hasUpdated || changed.has('label')) && !this.label?.trim() && !this.warnedLabel) {
      this.warnedLabel = true;
      console.warn('[sugam] <sugam-side-nav> needs a label (the name of its navigation landmark).');
    }
  }

  private isOpen(group: Element): boolean {
    if (group.hasAttribute('open')) return true;
    return !this.closedByUser.has(group) && group.querySelector('sugam-side-nav-item[current]') !== null;
  }

  private toggle(group: Element): void {
    const open = !this.isOpen(group);
    if (open) this.closedByUser.delete(group);
    else this.closedByUser.add(group);
    group.toggleAttribute('open', open);
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('sugam-toggle', { detail: { group, open }, bubbles: true, composed: true }));
  }

  /** An attribute of `element` or of its nearest ancestor inside this side navigation that has it. */
  private inherited(element: Element, name: string): string | undefined {
    for (let node: Element | null = element; node && node !== this; node = node.parentElement) {
      const value = node.getAttribute(name);
      if (value !== null) return value;
    }
    return undefined;
  }

  private idFor(group: Element): string {
    let id = this.ids.get(group);
    if (!id) {
      id = `group-${++nextId}`;
      this.ids.set(group, id);
    }
    return id;
  }

  private renderList(parent: Element, depth: number, id?: string, hidden = false): unknown {
    // The depth is inherited by the entries (through the CSSOM: a style attribute would be refused by a strict CSP).
    return html`<ul part="list" id=${ifDefined(id)} ?hidden=${hidden} ${cssProperties({ '--_depth': String(depth) })}>
      ${[...parent.children].map((child) => {
        // Language and direction of the entry's text: its own, or its nearest group's (as in the DOM).
        const lang = this.inherited(child, 'lang');
        const dir = this.inherited(child, 'dir');
        if (isItem(child)) {
          const href = child.getAttribute('href');
          const current = child.hasAttribute('current');
          if (!safeUrl(href)) {
            return html`<li>
              <span part="link" class="link text" aria-current=${ifDefined(current ? 'page' : undefined)}
                ><span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${text(child)}</span></span
              >
            </li>`;
          }
          return html`<li>
            <a part="link" class="link" href=${href} aria-current=${ifDefined(current ? 'page' : undefined)}
              ><span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${text(child)}</span></a
            >
          </li>`;
        }
        if (isGroup(child)) {
          const open = this.isOpen(child);
          const listId = this.idFor(child);
          const holdsCurrent = child.querySelector('sugam-side-nav-item[current]') !== null;
          return html`<li>
            <button
              part="toggle"
              class="toggle ${holdsCurrent ? 'holds-current' : ''}"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${listId}
              @click=${() => this.toggle(child)}
            >
              <span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${child.getAttribute('label') ?? ''}</span>
              <svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                ${ICONS.chevronDown()}
              </svg>
            </button>
            ${this.renderList(child, depth + 1, listId, !open)}
          </li>`;
        }
        return nothing;
      })}
    </ul>`;
  }

  protected override render() {
    return html`<nav part="base" aria-label=${ifDefined(this.label?.trim() || undefined)}>
      ${this.renderList(this, 0)}
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-side-nav': SugamSideNav;
  }
}
