import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { LOCALES, findLocale } from '@sugam/i18n';
import { BRANDS, setBrand } from '@sugam/tokens/runtime';
import manifest from '../packages/components/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

/**
 * Applies the toolbar's language, direction, theme and brand to the whole catalogue page, live: when a setting
 * changes and when another story opens. A story that changed the page itself (the language switcher sets `lang`,
 * the accessibility toolbar the theme) keeps its change while its controls re-render it.
 */
let applied = '';
const withPageSettings: Decorator = (story, context) => {
  const { locale = 'en', theme = 'auto', brand = 'default' } = context.globals;
  const settings = JSON.stringify([context.id, locale, theme, brand]);
  if (settings !== applied) {
    applied = settings;
    const root = document.documentElement;
    const found = findLocale(String(locale)) ?? LOCALES[0];
    root.lang = found.code;
    root.dir = found.dir;
    if (theme === 'auto') delete root.dataset.sugamTheme;
    else root.dataset.sugamTheme = String(theme);
    setBrand(String(brand), root);
  }
  return story();
};

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    locale: {
      description: 'Language of the catalogue (sets lang and dir on the page)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l.code, title: l.endonym, right: l.englishName })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-sugam-theme on the page)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'System' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'DBIM colour group (data-sugam-brand on the page)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (UX4G violet)' },
          ...BRANDS.map((b) => ({ value: b, title: b.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()) })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto', brand: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
