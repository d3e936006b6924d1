import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, i18n, loadLocale } from './i18n.js';
import { findLocale } from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocalizeController>();
const observedRoots = new WeakSet<Node>();
const warned = new Set<string>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function stringsChanged(): void {
  for (const controller of controllers) controller.refresh(true);
}

/** One observer for the whole page: `lang`/`dir` changes anywhere in the document or in observed shadow roots. */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observedRoots.add(root);
}

i18n.on('languageChanged', stringsChanged);
i18n.store.on('added', stringsChanged);

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
 * else the document's, else the shared i18next language, else English. Returns the shipped locale code.
 */
export function resolveLanguage(element: Element): string {
  const tag = closestAttribute(element, 'lang') ?? (i18n.language || DEFAULT_LANGUAGE);
  const locale = findLocale(tag);
  if (locale) return locale.code;
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(`[sugam] no strings for lang="${tag}"; falling back to English.`);
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A Lit reactive controller that gives a component its language, direction and translated strings,
 * and re-renders it when any of them changes.
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

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The shipped locale code in effect for the host. */
  get lang(): string {
    return this.current;
  }

  /** The direction in effect: the nearest `dir` attribute, else the locale's own direction. */
  get dir(): 'ltr' | 'rtl' {
    return this.currentDir;
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observe(root);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Re-resolves language and direction; asks the host to update only when one of them changed,
   * or always when `stringsChanged` (a locale finished loading, i18next changed language).
   */
  refresh(stringsChanged = false): void {
    const lang = resolveLanguage(this.host);
    const dirAttribute = closestAttribute(this.host, 'dir');
    const dir = dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : (findLocale(lang)?.dir ?? 'ltr');
    const changed = lang !== this.current || dir !== this.currentDir;
    if (lang !== this.current) {
      this.current = lang;
      void loadLocale(lang);
    }
    this.currentDir = dir;
    if (changed || stringsChanged) this.host.requestUpdate();
  }

  /** Translates a key of the library's namespace in the host's language (falling back along its chain). */
  t(key: string, options?: TOptions): string {
    return i18n.t(key, { ...options, lng: this.current });
  }
}
