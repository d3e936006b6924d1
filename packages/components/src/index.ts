// Registers every Sugam component. Import a single component with `@sugam/components/<name>` instead to ship less.
export * from './button/index.js';
export { i18n, loadLocale, LOCALES } from '@sugam/i18n';
