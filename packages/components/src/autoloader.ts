// Registers each Sugam element the first time a page uses it, instead of every component up front.
import { watchTokenAttributes } from '@sugam/tokens/runtime';

/**
 * The module that defines each tag. Companion elements (`<sugam-tab>`, `<sugam-accordion-item>`, …) point at the
 * module of their parent, so a page that uses both loads it once. `<sugam-option>` is defined by
 * `<sugam-select>` and `<sugam-combobox>`, whichever the page uses, so it has no entry of its own.
 */
export const AUTOLOAD_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'sugam-a11y-toolbar': () => import('./a11y-toolbar/index.js'),
  'sugam-aadhaar-field': () => import('./aadhaar-field/index.js'),
  'sugam-accordion': () => import('./accordion/index.js'),
  'sugam-accordion-item': () => import('./accordion/index.js'),
  'sugam-alert': () => import('./alert/index.js'),
  'sugam-amount-field': () => import('./amount-field/index.js'),
  'sugam-avatar': () => import('./avatar/index.js'),
  'sugam-avatar-group': () => import('./avatar/index.js'),
  'sugam-badge': () => import('./badge/index.js'),
  'sugam-breadcrumb': () => import('./breadcrumb/index.js'),
  'sugam-breadcrumb-item': () => import('./breadcrumb/index.js'),
  'sugam-button': () => import('./button/index.js'),
  'sugam-card': () => import('./card/index.js'),
  'sugam-checkbox': () => import('./checkbox/index.js'),
  'sugam-checkbox-group': () => import('./checkbox-group/index.js'),
  'sugam-chip': () => import('./chip/index.js'),
  'sugam-combobox': () => import('./combobox/index.js'),
  'sugam-date-field': () => import('./date-field/index.js'),
  'sugam-date-range': () => import('./date-range/index.js'),
  'sugam-dialog': () => import('./dialog/index.js'),
  'sugam-divider': () => import('./divider/index.js'),
  'sugam-drawer': () => import('./drawer/index.js'),
  'sugam-error-summary': () => import('./error-summary/index.js'),
  'sugam-file-upload': () => import('./file-upload/index.js'),
  'sugam-footer': () => import('./footer/index.js'),
  'sugam-gstin-field': () => import('./gstin-field/index.js'),
  'sugam-header': () => import('./header/index.js'),
  'sugam-icon': () => import('./icon/index.js'),
  'sugam-icon-button': () => import('./icon-button/index.js'),
  'sugam-identity-bar': () => import('./identity-bar/index.js'),
  'sugam-ifsc-field': () => import('./ifsc-field/index.js'),
  'sugam-language-switcher': () => import('./language-switcher/index.js'),
  'sugam-link': () => import('./link/index.js'),
  'sugam-menu': () => import('./menu/index.js'),
  'sugam-menu-item': () => import('./menu/index.js'),
  'sugam-mobile-field': () => import('./mobile-field/index.js'),
  'sugam-name-field': () => import('./name-field/index.js'),
  'sugam-nav-item': () => import('./header/index.js'),
  'sugam-otp-field': () => import('./otp-field/index.js'),
  'sugam-pagination': () => import('./pagination/index.js'),
  'sugam-pan-field': () => import('./pan-field/index.js'),
  'sugam-pincode-field': () => import('./pincode-field/index.js'),
  'sugam-progress': () => import('./progress/index.js'),
  'sugam-radio': () => import('./radio-group/index.js'),
  'sugam-radio-group': () => import('./radio-group/index.js'),
  'sugam-range-slider': () => import('./range-slider/index.js'),
  'sugam-select': () => import('./select/index.js'),
  'sugam-side-nav': () => import('./side-nav/index.js'),
  'sugam-side-nav-group': () => import('./side-nav/index.js'),
  'sugam-side-nav-item': () => import('./side-nav/index.js'),
  'sugam-skip-link': () => import('./skip-link/index.js'),
  'sugam-slider': () => import('./slider/index.js'),
  'sugam-spinner': () => import('./spinner/index.js'),
  'sugam-step': () => import('./stepper/index.js'),
  'sugam-stepper': () => import('./stepper/index.js'),
  'sugam-switch': () => import('./switch/index.js'),
  'sugam-tab': () => import('./tabs/index.js'),
  'sugam-tab-panel': () => import('./tabs/index.js'),
  'sugam-table': () => import('./table/index.js'),
  'sugam-tabs': () => import('./tabs/index.js'),
  'sugam-tag': () => import('./tag/index.js'),
  'sugam-text': () => import('./translate/index.js'),
  'sugam-text-field': () => import('./text-field/index.js'),
  'sugam-textarea': () => import('./textarea/index.js'),
  'sugam-time-field': () => import('./time-field/index.js'),
  'sugam-toast': () => import('./toast/index.js'),
  'sugam-toast-region': () => import('./toast/index.js'),
  'sugam-toggletip': () => import('./toggletip/index.js'),
  'sugam-tooltip': () => import('./tooltip/index.js'),
};

/** Tags whose definition arrives with another element's module. */
const COMPANIONS = new Set(['sugam-option']);

const requested = new Map<string, Promise<boolean>>();

/**
 * Loads the module that defines `tag`. Resolves true once the tag is defined, false for a tag Sugam does not
 * have (one console warning) or a module that could not be fetched (warned; the next use tries again).
 */
export function loadElement(tag: string): Promise<boolean> {
  const name = tag.toLowerCase();
  if (customElements.get(name)) return Promise.resolve(true);
  let pending = requested.get(name);
  if (pending) return pending;
  const loader = AUTOLOAD_MODULES[name];
  if (!loader) {
    if (!COMPANIONS.has(name))
      console.warn(`[sugam] the autoloader knows no <${name}>; is the tag name spelled right?`);
    pending = Promise.resolve(false);
  } else {
    pending = loader().then(
      () => true,
      (error: unknown) => {
        requested.delete(name);
        console.warn(`[sugam] could not load <${name}>.`, error);
        return false;
      },
    );
  }
  requested.set(name, pending);
  return pending;
}

/**
 * Loads every Sugam element not yet defined in `root` (and `root` itself). The autoloader does this for the
 * document on its own; call it for the shadow root of your own component when that component renders Sugam
 * elements, because the document's observer cannot see inside shadow roots.
 */
export function discover(root: Document | DocumentFragment | Element): Promise<boolean[]> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('sugam-') && !root.matches(':defined'))
    tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('sugam-')) tags.add(element.localName);
  }
  return Promise.all([...tags].map(loadElement));
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  // As the full bundle does: one warning for an unknown data-sugam-theme or data-sugam-brand value.
  watchTokenAttributes();
}

export { i18n, loadLocale, LOCALES, setPageLanguage } from '@sugam/i18n';
export { setTheme, setBrand } from '@sugam/tokens/runtime';
