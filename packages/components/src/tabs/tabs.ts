import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { tabs as tabsStrings } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import '../menu/index.js';
import type { MenuSelectDetail } from '../menu/menu.js';
import type { SugamTab } from './tab.js';
import type { SugamTabPanel } from './tab-panel.js';
import { tabsStyles } from './tabs.styles.js';

registerStrings({ tabs: tabsStrings });

export const TABS_VARIANTS = ['underline', 'pill'] as const;
export const TABS_ORIENTATIONS = ['horizontal', 'vertical'] as const;
export const TABS_ACTIVATIONS = ['automatic', 'manual'] as const;
export type TabsVariant = (typeof TABS_VARIANTS)[number];
export type TabsOrientation = (typeof TABS_ORIENTATIONS)[number];
export type TabsActivation = (typeof TABS_ACTIVATIONS)[number];

export interface TabShowDetail {
  /** The selected tab's key: its `panel` attribute, else its panel's `name`, else its `id`. */
  name: string;
  tab: SugamTab;
  panel: SugamTabPanel | undefined;
}

/**
 * Tabs following the WAI-ARIA Authoring Practices tabs pattern: a tab list with one tab stop (roving tabindex),
 * arrow keys between tabs (Left/Right when horizontal, mirrored in right-to-left text so ArrowLeft goes to the next
 * tab in Urdu; Up/Down when vertical), Home/End, wrapping at the ends, disabled tabs skipped.
 * With `activation="automatic"` (default) moving to a tab shows its panel; with `manual`, Enter or Space does.
 *
 * Tabs (`<sugam-tab>`) and panels (`<sugam-tab-panel>`) are its light-DOM children, so the `aria-controls` and
 * `aria-labelledby` references between them use ids in the same tree and hold in the accessibility tree. A tab's
 * `panel` attribute names its panel; without it, tabs and panels pair up in order.
 *
 * When the tabs do not fit (at 320 px, or in a long language), a horizontal tab list scrolls sideways, the focused
 * tab is scrolled into view, and a "More" menu button (its own Tab stop after the tab list, named in the reader's
 * language) lists the tabs out of view: choosing one shows it, scrolls it into view and focuses it. The tab list
 * itself keeps every tab, so screen readers and the arrow keys still reach them all.
 *
 * @summary Tabs (APG): roving focus, automatic or manual activation, underline or pill, horizontal or vertical.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-tab-panel>` elements.
 * @slot tab - `<sugam-tab>` elements (they put themselves in this slot).
 *
 * @csspart tablist - The element with role `tablist` holding the tabs.
 * @csspart more - The "More" menu (a `<sugam-menu>`) shown while some tabs are out of view.
 * @csspart panels - The wrapper of the panels.
 *
 * @cssprop --sugam-tabs-indicator-color - Colour of the selected tab's underline. Defaults to the primary action colour.
 *
 * @event sugam-tab-show - When the user selects another tab. `detail`: `{ name, tab, panel }`.
 */
export class SugamTabs extends LitElement {
  static override styles = tabsStyles;

  /** The selected tab: its `panel` attribute, its panel's `name` or its `id`. Defaults to the first enabled tab. */
  @property({ reflect: true }) accessor active = '';

  /** `underline` (a bar under the selected tab) or `pill` (the selected tab filled). */
  @property({ reflect: true, useDefault: true }) accessor variant: TabsVariant = 'underline';

  /** `horizontal` (tabs in a row, Left/Right) or `vertical` (tabs in a column beside the panels, Up/Down). */
  @property({ reflect: true, useDefault: true }) accessor orientation: TabsOrientation = 'horizontal';

  /** `automatic`: arrow keys show the tab they reach. `manual`: arrow keys only move focus; Enter or Space shows. */
  @property({ reflect: true, useDefault: true }) accessor activation: TabsActivation = 'automatic';

  /** Accessible name of the tab list (recommended when the page has several tab sets). */
  @property() accessor label: string | undefined;

  private readonly localize = new LocalizeController(this);

  /** The tabs (indexes) not wholly in view in a horizontal tab list that overflows; empty when all fit. */
  @state() private accessor outOfView: number[] = [];

  @query('.tablist') private accessor tablist!: HTMLElement;

  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.measure());
  private measureFrame = 0;

  constructor() {
    super();
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('click', this.handleClick);
  }

  /** The tabs, in order. */
  get tabs(): SugamTab[] {
    return [...this.children].filter((child): child is SugamTab => child.localName === 'sugam-tab');
  }

  /** The panels, in order. */
  get panels(): SugamTabPanel[] {
    return [...this.children].filter((child): child is SugamTabPanel => child.localName === 'sugam-tab-panel');
  }

  /** Shows the tab with this key (its `panel`, its panel's `name` or its `id`). Does not fire `sugam-tab-show`. */
  show(name: string): void {
    this.active = name;
  }

  private panelFor(tab: SugamTab, index: number, panels = this.panels): SugamTabPanel | undefined {
    if (tab.panel) return panels.find((panel) => panel.name === tab.panel || panel.id === tab.panel);
    return panels[index];
  }

  private keyOf(tab: SugamTab, panel: SugamTabPanel | undefined): string {
    return tab.panel || panel?.name || tab.id;
  }

  private isNamed(tab: SugamTab, panel: SugamTabPanel | undefined, name: string): boolean {
    return !!name && (tab.panel === name || (!!panel && (panel.name === name || panel.id === name)) || tab.id === name);
  }

  /** Writes the selected state, the roving tabindex and the ARIA references onto tabs and panels. */
  private sync(): void {
    const tabs = this.tabs;
    const panels = this.panels;
    const pairs = tabs.map((tab, index) => ({ tab, panel: this.panelFor(tab, index, panels) }));
    let selected = pairs.find(({ tab, panel }) => !tab.disabled && this.isNamed(tab, panel, this.active));
    if (!selected) {
      // An author's `selected` attribute, else the first enabled tab.
      selected = pairs.find(({ tab }) => tab.selected && !tab.disabled) ?? pairs.find(({ tab }) => !tab.disabled);
    }
    for (const { tab, panel } of pairs) {
      const isSelected = tab === selected?.tab;
      tab.selected = isSelected;
      tab.tabIndex = isSelected ? 0 : -1;
      if (panel) {
        tab.setAttribute('aria-controls', panel.id);
        panel.setAttribute('aria-labelledby', tab.id);
        panel.label = tab.textContent!.replace(/\s+/g, ' ').trim();
      } else tab.removeAttribute('aria-controls');
    }
    for (const panel of panels) {
      const isActive = panel === selected?.panel;
      panel.active = isActive;
      panel.hidden = !isActive;
    }
  }

  private select(tab: SugamTab, fromUser: boolean): void {
    if (tab.disabled) return;
    const index = this.tabs.indexOf(tab);
    const panel = this.panelFor(tab, index);
    const wasSelected = tab.selected;
    this.active = this.keyOf(tab, panel);
    this.sync();
    if (fromUser && !wasSelected) {
      this.dispatchEvent(
        new CustomEvent<TabShowDetail>('sugam-tab-show', {
          bubbles: true,
          composed: true,
          detail: { name: this.active, tab, panel },
        }),
      );
    }
  }

  /** The tab an event came from, when it is one of this element's own tabs (not a nested tab set's). */
  private ownTab(event: Event): SugamTab | undefined {
    for (const node of event.composedPath()) {
      if (node === this) return undefined;
      if (node instanceof HTMLElement && node.localName === 'sugam-tab') {
        return node.parentElement === this ? (node as SugamTab) : undefined;
      }
    }
    return undefined;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const tab = this.ownTab(event);
    if (tab) this.select(tab, true);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const tab = this.ownTab(event);
    if (!tab || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const enabled = this.tabs.filter((t) => !t.disabled);
    if (enabled.length === 0) return;
    const manual = this.activation === 'manual';
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(tab, true);
      return;
    }
    const vertical = this.orientation === 'vertical';
    const rtl = this.localize.dir === 'rtl';
    let step = 0;
    let target: SugamTab | undefined;
    if (vertical ? event.key === 'ArrowDown' : event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) step = 1;
    else if (vertical ? event.key === 'ArrowUp' : event.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) step = -1;
    else if (event.key === 'Home') target = enabled[0];
    else if (event.key === 'End') target = enabled[enabled.length - 1];
    else return;
    if (step) {
      const tabs = this.tabs;
      let index = tabs.indexOf(tab);
      for (let i = 0; i < tabs.length; i++) {
        index = (index + step + tabs.length) % tabs.length;
        if (!tabs[index].disabled) {
          target = tabs[index];
          break;
        }
      }
    }
    if (!target) return;
    event.preventDefault();
    if (!manual) this.select(target, true);
    target.focus();
    target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.measureFrame);
    removeEventListener('beforeprint', this.syncForPrint);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.resizeObserver?.observe(this.tablist);
    addEventListener('beforeprint', this.syncForPrint);
  }

  /** Before printing: the panels' printed names follow their tabs' text as it is now (a page may have changed it). */
  private readonly syncForPrint = () => this.sync();

  protected override firstUpdated(): void {
    this.resizeObserver?.observe(this.tablist);
  }

  /** Finds the tabs out of view (on the next frame, once layout has settled after a resize, scroll or new tabs). */
  private measure(): void {
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => {
      const list = this.tablist;
      let outOfView: number[] = [];
      if (list && this.orientation !== 'vertical' && list.scrollWidth > list.clientWidth + 1) {
        const box = list.getBoundingClientRect();
        outOfView = this.tabs.flatMap((tab, index) => {
          const rect = tab.getBoundingClientRect();
          return rect.left < box.left - 1 || rect.right > box.right + 1 ? [index] : [];
        });
      }
      if (outOfView.join() !== this.outOfView.join()) this.outOfView = outOfView;
    });
  }

  /** A tab chosen in the "More" menu: shown, scrolled into view and focused (not the menu's button). */
  private handleMore(event: CustomEvent<MenuSelectDetail>): void {
    event.stopPropagation();
    event.preventDefault();
    const menu = event.currentTarget as HTMLElement & { open: boolean };
    menu.open = false;
    const tab = this.tabs[Number(event.detail.value)];
    if (!tab) return;
    this.select(tab, true);
    tab.focus();
    tab.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, TABS_VARIANTS, 'underline');
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, TABS_ORIENTATIONS, 'horizontal');
    if (changed.has('activation')) oneOf(this, 'activation', this.activation, TABS_ACTIVATIONS, 'automatic');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('active')) this.sync();
    if (changed.has('orientation')) this.measure();
  }

  protected override render() {
    const vertical = oneOf(this, 'orientation', this.orientation, TABS_ORIENTATIONS, 'horizontal') === 'vertical';
    const tabs = this.tabs;
    const outOfView = this.outOfView.filter((index) => tabs[index]);
    // The menu's own show/hide events stay inside: they are not the page's.
    const keep = (event: Event) => event.stopPropagation();
    return html`<div class="bar">
        <div
          part="tablist"
          class="tablist"
          role="tablist"
          aria-label=${ifDefined(this.label || undefined)}
          aria-orientation=${vertical ? 'vertical' : 'horizontal'}
          @scroll=${() => this.measure()}
        >
          <slot
            name="tab"
            @slotchange=${() => {
              this.sync();
              this.measure();
            }}
          ></slot>
        </div>
        ${
          outOfView.length && !vertical
            ? html`<sugam-menu
                part="more"
                class="more"
                label=${this.localize.t('tabs.more')}
                placement="bottom-end"
                @sugam-select=${this.handleMore}
                @sugam-show=${keep}
                @sugam-hide=${keep}
              >
                ${outOfView.map(
                  (index) =>
                    html`<sugam-menu-item value=${String(index)} ?disabled=${tabs[index].disabled}
                      >${tabs[index].textContent?.trim() ?? ''}</sugam-menu-item
                    >`,
                )}
              </sugam-menu>`
            : nothing
        }
      </div>
      <div part="panels" class="panels"><slot @slotchange=${() => this.sync()}></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-tabs': SugamTabs;
  }
  interface HTMLElementEventMap {
    'sugam-tab-show': CustomEvent<TabShowDetail>;
  }
}
