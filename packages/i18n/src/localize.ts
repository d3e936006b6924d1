import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatCompact,
  formatCurrency,
  formatDate,
  formatList,
  formatNumber,
  formatRelativeTime,
  onFormatData,
  type CompactOptions,
  type CurrencyOptions,
  type DateOptions,
  type ListOptions,
  type NumberOptions,
  type RelativeTimeOptions,
} from './format.js';
import { DEFAULT_LANGUAGE, i18n, isLocaleLoaded, loadLocale } from './i18n.js';
import { getFallbackChain, resolveLocale } from './locales.js';
import type { TOptions } from './translator.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocalizeController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function stringsChanged(): void {
  for (const controller of controllers) controller.refresh(true);
}

/**
 * One observer for the whole page: `lang`/`dir` changes anywhere in the document (including `<html lang>` set
 * late by a framework) or in the shadow roots that contain localized elements. Its cost does not grow per element.
 */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observedRoots.add(root);
}

/** Strings or formatting data of one locale arrived: only hosts showing (or waiting for) it re-render. */
function localeAdded(code: string): void {
  for (const controller of controllers) controller.refresh(controller.uses(code));
}

i18n.on('languageChanged', stringsChanged);
i18n.store.on('added', (lng: string) => localeAdded(lng));
onFormatData(localeAdded);

/** The element's nearest ancestor (itself included) carrying `attribute`, walking out through shadow roots. */
function closestAttribute(element: Element, attribute: string): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    if (found) return found.getAttribute(attribute);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Resolves the language in effect for an element: the `lang` of its nearest ancestor through shadow roots,
 * else the shared language, else English. Returns the shipped locale code; an unknown or malformed
 * tag (`xx`, `hi_IN`, `""`) resolves along the fallback chain with one console warning.
 */
export function resolveLanguage(element: Element): string {
  return resolveLocale(closestAttribute(element, 'lang') ?? (i18n.language || DEFAULT_LANGUAGE)).code;
}

/** The direction in effect for an element: its nearest `dir` (`ltr`/`rtl`), else its language's direction. */
export function resolveDirection(element: Element): 'ltr' | 'rtl' {
  const attribute = closestAttribute(element, 'dir')?.toLowerCase();
  return attribute === 'rtl' || attribute === 'ltr' ? attribute : resolveLocale(resolveLanguage(element)).dir;
}

/**
 * A Lit reactive controller that gives a component its language, direction, translated strings and formatters,
 * and re-renders it when any of them changes: a `lang`/`dir` attribute on any ancestor, `i18n.changeLanguage()`,
 * a locale or its formatting data finishing loading. Until a new locale has loaded the previous one stays on
 * screen; if it fails to load, the previous one stays and the next change retries.
 *
 * ```ts
 * private readonly localize = new LocalizeController(this);
 * render() { return html`${this.localize.t('button.loading')}`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private current = DEFAULT_LANGUAGE;
  private currentDir: 'ltr' | 'rtl' = 'ltr';
  /** The locale being loaded for this host; a failed one is retried only after the language changes again. */
  private requested: string | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Whether the host's last update read anything language-dependent (`lang`, `t`, `format*`). A host that did not
   * is not re-rendered when only the language changes: switching a page of many components re-renders only those
   * that show localized text.
   */
  private used = false;

  /** The shipped locale code on screen for the host. */
  get lang(): string {
    this.used = true;
    return this.current;
  }

  /** The direction in effect: the nearest `dir` attribute, else the locale's own direction. */
  get dir(): 'ltr' | 'rtl' {
    return this.currentDir;
  }

  hostUpdate(): void {
    this.used = false;
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    // Every shadow root between the host and the document, so a `lang` set inside any of them is seen.
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observe(root);
      root = root.host.getRootNode();
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Whether the host shows, or waits for, strings of `code` (its language or one of its fallbacks). */
  uses(code: string): boolean {
    return code === this.requested || getFallbackChain(this.current).includes(code);
  }

  /**
   * Re-resolves language and direction; asks the host to update only when one of them changed,
   * or always when `stringsChanged` (a locale finished loading, the shared language changed).
   */
  refresh(stringsChanged = false): void {
    const wanted = resolveLanguage(this.host);
    let changed = stringsChanged;
    if (wanted === this.current) {
      this.requested = undefined;
    } else if (isLocaleLoaded(wanted)) {
      this.current = wanted;
      this.requested = undefined;
      changed = true;
    } else if (wanted !== this.requested) {
      // Keep the language on screen until the new one is ready; its arrival refreshes every controller.
      this.requested = wanted;
      void loadLocale(wanted);
    }
    const dirAttribute = closestAttribute(this.host, 'dir')?.toLowerCase();
    const dir = dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : resolveLocale(this.current).dir;
    const dirChanged = dir !== this.currentDir;
    if (dirChanged) {
      this.currentDir = dir;
      changed = true;
    }
    if (changed && (this.used || dirChanged)) this.host.requestUpdate();
  }

  /**
   * Translates a key (of the library's namespace, or `ns:key`) in the host's language, falling back along its
   * chain; interpolated values are inserted as text, never as HTML.
   */
  t(key: string, options?: TOptions): string {
    this.used = true;
    return i18n.t(key, options ? { ...options, lng: this.current } : { lng: this.current });
  }

  formatNumber(value: number, options?: NumberOptions): string {
    this.used = true;
    return formatNumber(value, this.current, options);
  }

  formatCurrency(value: number, options?: CurrencyOptions): string {
    this.used = true;
    return formatCurrency(value, this.current, options);
  }

  formatCompact(value: number, options?: CompactOptions): string {
    this.used = true;
    return formatCompact(value, this.current, options);
  }

  formatDate(value: Date | number | string, options?: DateOptions): string {
    this.used = true;
    return formatDate(value, this.current, options);
  }

  formatRelativeTime(value: number, options?: RelativeTimeOptions): string {
    this.used = true;
    return formatRelativeTime(value, this.current, options);
  }

  formatList(items: Iterable<string>, options?: ListOptions): string {
    this.used = true;
    return formatList(items, this.current, options);
  }
}
