import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  LOCALES,
  LocalizeController,
  findLocale,
  i18n,
  loadLocale,
  resolveLanguage,
  setPageLanguage,
  type LocaleInfo,
  registerStrings,
} from '@sugam/i18n';
import { common, languageSwitcher } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';
import { safeUrl } from '../internal/url.js';
import { TypeaheadBuffer } from '../internal/typeahead.js';
import { placePopup } from '../internal/popup.js';

registerStrings({ common, languageSwitcher });

export const LANGUAGE_SWITCHER_VARIANTS = ['menu', 'inline'] as const;
export type LanguageSwitcherVariant = (typeof LANGUAGE_SWITCHER_VARIANTS)[number];

/** The localStorage key the choice is remembered under (with `remember`), unless `storage-key` names another. */
export const LANGUAGE_STORAGE_KEY = 'sugam-language';

/** The `detail` of `sugam-language-change`. */
export interface LanguageChangeDetail {
  /** The chosen locale's code (`ta`, `ks-Deva`). */
  locale: string;
  /** The locale in effect before the change. */
  previous: string;
  /** True when the switcher applies the remembered choice on connect, false when the visitor chose. */
  restored: boolean;
}

/** How long typed characters add up to one type-ahead search. */
const TYPEAHEAD_MS = 500;

const warned = new WeakMap<Element, Set<string>>();
function warnOnce(element: Element, key: string, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(key)) return;
  seen.add(key);
  warned.set(element, seen);
  console.warn(`[sugam] <sugam-language-switcher> ${message}`);
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage blocked (sandboxed frame, privacy settings): nothing is remembered.
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the switch still happens, it is only not remembered.
  }
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase();

/**
 * A language switcher: lists the site's languages, each by its own name in its own script (marked with its own
 * `lang`, and `dir` for right-to-left names, so screen readers pronounce it in the right voice), and switches the
 * page live when one is chosen. It sets `lang` and `dir` on `<html>` (or on the `target` element), loads the
 * locale so every Sugam component on the page, including those nested in other components' shadow roots,
 * re-renders in the new language, announces the change politely in the new language ("மொழி தமிழ் ஆக
 * மாற்றப்பட்டது"), and keeps focus on the switcher.
 *
 * `variant="menu"` (default) is a compact WAI-ARIA menu button: a trigger with a globe icon and the current
 * language's name opens a menu of `menuitemradio` items (in the top layer, a `popover`). Enter, Space, Down Arrow
 * or a click open it on the current language (Up Arrow on the last); Up/Down Arrow move (wrapping), Home/End jump,
 * typing a name's first letters moves to it (in its own script, or its English name: "t" finds Tamil and Telugu),
 * Enter/Space choose, Escape closes and returns focus to the trigger, Tab closes and moves on.
 * `variant="inline"` shows the languages side by side as buttons, the current one marked `aria-current="true"`.
 *
 * Sites that keep one URL per language set `href-template` (`/{lang}/about.html`): the options become links
 * with `hreflang` and `lang`, and choosing one navigates instead of switching live.
 *
 * By default every locale the library ships is listed (26 entries: the 22 scheduled languages and English, with
 * Kashmiri, Manipuri and Sindhi in both their scripts, since each script variant serves its own readers);
 * `locales="en,hi,ta,ur"` lists those, in that order.
 *
 * With `remember`, the choice is kept in `localStorage` (key `sugam-language`, or `storage-key`) and applied
 * when a switcher connects on a later page. It is opt-in: a page whose text comes from its server carries that
 * text's `lang`, and relabelling it from storage would tell screen readers the wrong language.
 *
 * @summary Language switcher: endonyms in their own scripts, menu button or inline list, live switch or links.
 * @status beta
 * @since 0.1.0
 *
 * @csspart trigger - The menu button (menu variant).
 * @csspart menu - The popup menu (menu variant).
 * @csspart list - The list of languages (inline variant).
 * @csspart option - Each language: a menu item, a button or a link.
 * @csspart endonym - A language's own name.
 * @csspart english - A language's English name (with `show-english`).
 *
 * @cssprop --sugam-language-switcher-menu-max-block-size - Maximum height of the popup menu before it scrolls.
 *
 * @event sugam-language-change - Before the language changes, with `detail: { locale, previous, restored }`.
 * Cancelable: `preventDefault()` keeps the current language (and, with `href-template`, stops the navigation).
 */
export class SugamLanguageSwitcher extends LitElement {
  static override styles = languageSwitcherStyles;

  /** `menu`: a compact menu button; `inline`: the languages side by side. */
  @property({ reflect: true, useDefault: true }) accessor variant: LanguageSwitcherVariant = 'menu';

  /** Locale codes to list, comma or space separated, in display order (`en,hi,ta,ur`). Default: every locale. */
  @property() accessor locales: string | undefined;

  /** The element whose `lang` and `dir` change: an id or a CSS selector. Default: `<html>` (the whole page). */
  @property() accessor target: string | undefined;

  /** Remembers the choice in localStorage and applies it when a switcher connects. */
  @property({ type: Boolean }) accessor remember = false;

  /** The localStorage key used with `remember`. */
  @property({ attribute: 'storage-key' }) accessor storageKey = LANGUAGE_STORAGE_KEY;

  /** A URL per language, `{lang}` standing for the locale code (`/{lang}/index.html`): options become links. */
  @property({ attribute: 'href-template' }) accessor hrefTemplate: string | undefined;

  /** Shows each language's English name after its own name. */
  @property({ type: Boolean, attribute: 'show-english' }) accessor showEnglish = false;

  /** Accessible name of the switcher. Default: "Language" in the page's language. */
  @property() accessor label: string | undefined;

  @state() private accessor open = false;
  @state() private accessor activeIndex = -1;
  /** The locale in effect on the target. */
  @state() private accessor current = 'en';
  @state() private accessor message: { text: string; locale: LocaleInfo } | undefined;

  private readonly localize = new LocalizeController(this);
  private items: LocaleInfo[] = [...LOCALES];
  private observer: MutationObserver | undefined;
  private observed: Element | undefined;
  private readonly typeaheadBuffer = new TypeaheadBuffer(TYPEAHEAD_MS);
  /** The latest requested switch: an earlier one that finishes loading later does not win. */
  private pending: string | undefined;

  /** The locale code in effect on the target (what the switcher shows as current). */
  get value(): string {
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.current = this.readCurrent(true);
    // A switcher in a page's header connects while the parser has not yet reached a target further down.
    const parsed =
      document.readyState === 'loading'
        ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
        : undefined;
    void Promise.all([this.updateComplete, parsed]).then(() => {
      this.observeTarget();
      if (this.remember) void this.restore();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observed = undefined;
    this.open = false;
  }

  /**
   * Switches to a locale as if the visitor had chosen it: fires `sugam-language-change`, sets `lang`/`dir` on the
   * target once the locale has loaded, remembers it (with `remember`) and announces it. Resolves true when the
   * language changed; false when it was cancelled, unknown, already in effect or could not load.
   */
  switchTo(tag: string): Promise<boolean> {
    const locale = findLocale(tag);
    if (!locale) {
      warnOnce(this, `locale=${tag}`, `has no locale "${tag}"; the language is unchanged.`);
      return Promise.resolve(false);
    }
    return this.change(locale, false);
  }

  private async change(locale: LocaleInfo, restored: boolean): Promise<boolean> {
    const previous = this.readCurrent();
    if (locale.code === previous) return false;
    const event = new CustomEvent<LanguageChangeDetail>('sugam-language-change', {
      detail: { locale: locale.code, previous, restored },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return false;
    this.pending = locale.code;
    const loaded = await loadLocale(locale.code);
    if (!loaded || this.pending !== locale.code) return false;
    this.pending = undefined;
    const target = this.targetElement();
    if (target === document.documentElement) {
      // The whole page: <html lang dir> and the shared language (the locale is already in memory).
      if ((await setPageLanguage(locale.code)) !== locale.code) return false;
    } else {
      target.lang = locale.code;
      target.dir = locale.dir;
    }
    this.current = this.readCurrent();
    if (this.remember) writeStorage(this.storageKey, locale.code);
    if (!restored) await this.announce(locale);
    return true;
  }

  /** Politely announces the change in the new language (cleared first, so the same text is spoken again). */
  private async announce(locale: LocaleInfo): Promise<void> {
    this.message = undefined;
    await this.updateComplete;
    this.message = {
      text: i18n.t('languageSwitcher.changed', { lng: locale.code, language: locale.endonym }),
      locale,
    };
    await this.updateComplete;
  }

  private async restore(): Promise<void> {
    if (this.hrefTemplateInUse()) return;
    const stored = readStorage(this.storageKey);
    const locale = stored ? findLocale(stored) : undefined;
    if (!locale || !this.items.includes(locale)) return;
    await this.change(locale, true);
  }

  /** The element whose language the switcher changes; `quiet` skips the warning about a missing target. */
  private targetElement(quiet = false): HTMLElement {
    const wanted = this.target?.trim();
    if (!wanted) return document.documentElement;
    let found: Element | null = null;
    for (const root of new Set<Document | ShadowRoot>([this.getRootNode() as Document | ShadowRoot, document])) {
      if (typeof root.getElementById !== 'function') continue;
      found = root.getElementById(wanted);
      if (!found) {
        try {
          found = root.querySelector(wanted);
        } catch {
          found = null; // Not a valid selector: read as an id only.
        }
      }
      if (found) break;
    }
    if (found instanceof HTMLElement) return found;
    if (quiet) return document.documentElement;
    warnOnce(this, `target=${wanted}`, `found no element for target="${wanted}"; switching the whole page.`);
    return document.documentElement;
  }

  private readCurrent(quiet = false): string {
    return resolveLanguage(this.targetElement(quiet));
  }

  /** Follows `lang`/`dir` changes of the target made by anyone (another switcher, the page's own script). */
  private observeTarget(): void {
    if (!this.isConnected) return;
    const target = this.targetElement();
    if (target !== this.observed) {
      this.observer ??= new MutationObserver(() => (this.current = this.readCurrent()));
      this.observer.disconnect();
      this.observer.observe(target, { attributes: true, attributeFilter: ['lang', 'dir'] });
      this.observed = target;
    }
    this.current = this.readCurrent();
  }

  /** The URL template, when it is usable (it names `{lang}` and is not a script URL). */
  private hrefTemplateInUse(): string | undefined {
    const template = this.hrefTemplate?.trim();
    if (!template) return undefined;
    if (!template.includes('{lang}')) {
      warnOnce(this, `href=${template}`, `href-template="${template}" has no {lang}; switching live instead.`);
      return undefined;
    }
    if (!safeUrl(template)) {
      warnOnce(this, `href=${template}`, 'ignores an href-template with a javascript: URL; switching live instead.');
      return undefined;
    }
    return template;
  }

  private parseLocales(): LocaleInfo[] {
    const tags = (this.locales ?? '').split(/[\s,]+/).filter(Boolean);
    if (tags.length === 0) return [...LOCALES];
    const found: LocaleInfo[] = [];
    for (const tag of tags) {
      const locale = findLocale(tag);
      if (!locale) warnOnce(this, `locales=${tag}`, `has no locale "${tag}" (in locales); leaving it out.`);
      else if (!found.includes(locale)) found.push(locale);
    }
    if (found.length === 0) {
      warnOnce(this, `locales=${this.locales}`, `locales="${this.locales}" names no known locale; listing all.`);
      return [...LOCALES];
    }
    return found;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, LANGUAGE_SWITCHER_VARIANTS, 'menu');
    if (changed.has('locales')) this.items = this.parseLocales();
    if (changed.has('variant') && this.variant !== 'menu') this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The first target is observed once connected (see connectedCallback); later changes re-observe.
    if (changed.has('target') && this.observed) this.observeTarget();
    if ((changed as PropertyValues).has('open')) this.syncPopup();
  }

  private get trigger(): HTMLElement | null {
    return this.shadowRoot?.getElementById('trigger') ?? null;
  }

  private get menu(): HTMLElement | null {
    return this.shadowRoot?.getElementById('menu') ?? null;
  }

  private menuItems(): HTMLElement[] {
    return [...(this.menu?.querySelectorAll<HTMLElement>('[part~="option"]') ?? [])];
  }

  /** Shows or hides the popover, placed against the trigger (see `placePopup`). */
  private syncPopup(): void {
    const menu = this.menu;
    const trigger = this.trigger;
    if (!menu || !trigger || !menu.isConnected) return;
    const shown = menu.matches(':popover-open');
    if (this.open && !shown) {
      menu.showPopover();
      // Lined up with the trigger's end edge, as in the styles.
      placePopup(menu, trigger, { align: 'end' });
    } else if (!this.open && shown) {
      menu.hidePopover();
    }
  }

  private async openMenu(focus: 'current' | 'last'): Promise<void> {
    const checked = this.items.findIndex((l) => l.code === this.current);
    this.activeIndex = focus === 'last' ? this.items.length - 1 : Math.max(checked, 0);
    this.open = true;
    await this.updateComplete;
    this.focusActive();
  }

  private closeMenu(returnFocus: boolean): void {
    if (!this.open) return;
    if (returnFocus) this.trigger?.focus();
    this.open = false;
  }

  private focusActive(): void {
    const item = this.menuItems()[this.activeIndex];
    item?.focus();
    item?.scrollIntoView({ block: 'nearest' });
  }

  private moveTo(index: number): void {
    const count = this.items.length;
    if (count === 0) return;
    this.activeIndex = ((index % count) + count) % count;
    this.focusActive();
  }

  /**
   * Moves to the next language whose own name or English name starts with the typed text; typing one character
   * again and again cycles through the languages starting with it.
   */
  private typeahead(key: string): void {
    const typed = this.typeaheadBuffer.add(key);
    const query = fold(typed.query);
    const count = this.items.length;
    const from = typed.first || typed.repeating ? this.activeIndex + 1 : this.activeIndex;
    for (let step = 0; step < count; step++) {
      const index = (((from + step) % count) + count) % count;
      const locale = this.items[index];
      if (fold(locale.endonym).startsWith(query) || fold(locale.englishName).startsWith(query)) {
        this.moveTo(index);
        return;
      }
    }
  }

  private handleTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowUp' ? 'last' : 'current');
    }
  }

  private handleTriggerClick(): void {
    if (this.open) this.closeMenu(true);
    else void this.openMenu('current');
  }

  private handleMenuKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const { key, altKey, ctrlKey, metaKey } = event;
    switch (key) {
      case 'ArrowDown':
        event.preventDefault();
        this.moveTo(this.activeIndex + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        this.moveTo(this.activeIndex - 1);
        return;
      case 'Home':
      case 'PageUp':
        event.preventDefault();
        this.moveTo(0);
        return;
      case 'End':
      case 'PageDown':
        event.preventDefault();
        this.moveTo(this.items.length - 1);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu(true);
        return;
      case 'Tab':
        // Focus goes back to the trigger first, so the browser's Tab moves on from there (the menu closes).
        this.closeMenu(true);
        return;
      case 'Enter':
      case ' ':
        if (key === ' ' && this.typeaheadBuffer.typing) break;
        event.preventDefault();
        this.menuItems()[this.activeIndex]?.click();
        return;
    }
    if ([...key].length === 1 && !ctrlKey && !metaKey && !altKey) {
      event.preventDefault();
      this.typeahead(key);
    }
  }

  /** Focus left the switcher (a click elsewhere, another window): the menu closes without moving focus. */
  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (this.shadowRoot!.contains(next) || next === this)) return;
    this.closeMenu(false);
  }

  private handleChoose(event: Event, locale: LocaleInfo): void {
    const link = this.hrefTemplateInUse() !== undefined;
    if (this.open) this.closeMenu(true);
    if (link) {
      if (locale.code === this.current) return;
      const change = new CustomEvent<LanguageChangeDetail>('sugam-language-change', {
        detail: { locale: locale.code, previous: this.current, restored: false },
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      if (!this.dispatchEvent(change)) event.preventDefault();
      return;
    }
    void this.change(locale, false);
  }

  private hrefFor(template: string, locale: LocaleInfo): string {
    return template.replaceAll('{lang}', encodeURIComponent(locale.code));
  }

  private renderName(locale: LocaleInfo) {
    return html`<span part="endonym" class="endonym" dir=${locale.dir}>${locale.endonym}</span>${
        this.showEnglish && locale.code !== 'en'
          ? html` <span part="english" class="english" lang="en" dir="ltr">${locale.englishName}</span>`
          : nothing
      }`;
  }

  private renderMenuItem(locale: LocaleInfo, index: number, template: string | undefined) {
    const checked = locale.code === this.current;
    const content = html`<svg class="check" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
        ${ICONS.check()}</svg
      ><span class="text">${this.renderName(locale)}</span>`;
    const classes = classMap({ item: true, active: index === this.activeIndex });
    if (template) {
      return html`<a
        part="option"
        class=${classes}
        role="menuitem"
        tabindex="-1"
        href=${this.hrefFor(template, locale)}
        hreflang=${locale.code}
        lang=${locale.code}
        aria-current=${ifDefined(checked ? 'true' : undefined)}
        @click=${(event: Event) => this.handleChoose(event, locale)}
        >${content}</a
      >`;
    }
    return html`<div
      part="option"
      class=${classes}
      role="menuitemradio"
      tabindex="-1"
      lang=${locale.code}
      aria-checked=${checked ? 'true' : 'false'}
      @click=${(event: Event) => this.handleChoose(event, locale)}
    >
      ${content}
    </div>`;
  }

  private renderMenu(label: string, template: string | undefined) {
    const current = findLocale(this.current) ?? LOCALES[0];
    return html`<button
        id="trigger"
        part="trigger"
        class="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.handleTriggerClick}
        @keydown=${this.handleTriggerKeydown}
      >
        <svg class="globe" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.globe()}</svg>
        <span id="label" class="visually-hidden">${label}</span>
        <span class="current" lang=${current.code} dir=${current.dir}>${current.endonym}</span>
        <svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.chevronDown()}</svg>
      </button>
      <div
        id="menu"
        part="menu"
        class="menu"
        role="menu"
        popover="manual"
        aria-labelledby="label"
        @keydown=${this.handleMenuKeydown}
        @mousedown=${(event: Event) => event.preventDefault()}
      >
        ${this.items.map((locale, index) => this.renderMenuItem(locale, index, template))}
      </div>`;
  }

  private renderInline(label: string, template: string | undefined) {
    return html`<div class="group" role="group" aria-labelledby="label">
      <span id="label" class="visually-hidden">${label}</span>
      <ul part="list" class="list">
        ${this.items.map((locale) => {
          const current = locale.code === this.current;
          return html`<li>
            ${
              template
                ? html`<a
                    part="option"
                    class="link"
                    href=${this.hrefFor(template, locale)}
                    hreflang=${locale.code}
                    lang=${locale.code}
                    aria-current=${ifDefined(current ? 'true' : undefined)}
                    @click=${(event: Event) => this.handleChoose(event, locale)}
                    >${this.renderName(locale)}</a
                  >`
                : html`<button
                    part="option"
                    class="link"
                    type="button"
                    lang=${locale.code}
                    aria-current=${ifDefined(current ? 'true' : undefined)}
                    @click=${(event: Event) => this.handleChoose(event, locale)}
                  >
                    ${this.renderName(locale)}
                  </button>`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  protected override render() {
    const label = this.label || this.localize.t('common.language');
    const template = this.hrefTemplateInUse();
    const variant = oneOf(this, 'variant', this.variant, LANGUAGE_SWITCHER_VARIANTS, 'menu');
    const message = this.message;
    return html`<div class="base" @focusout=${this.handleFocusOut}>
      ${variant === 'inline' ? this.renderInline(label, template) : this.renderMenu(label, template)}
      <span
        class="visually-hidden"
        role="status"
        lang=${ifDefined(message?.locale.code)}
        dir=${ifDefined(message?.locale.dir)}
        >${message?.text ?? ''}</span
      >
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-language-switcher': SugamLanguageSwitcher;
  }
  interface HTMLElementEventMap {
    'sugam-language-change': CustomEvent<LanguageChangeDetail>;
  }
}
