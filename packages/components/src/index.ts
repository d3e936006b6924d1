// Registers every Sugam component. Import a single component with `@sugam/components/<name>` instead to ship less.
import { watchTokenAttributes } from '@sugam/tokens/runtime';

export * from './button/index.js';
export * from './text-field/index.js';
export * from './textarea/index.js';
export * from './select/index.js';
export * from './combobox/index.js';
export * from './checkbox/index.js';
export * from './checkbox-group/index.js';
export * from './radio-group/index.js';
export * from './switch/index.js';
export * from './slider/index.js';
export * from './date-field/index.js';
export * from './file-upload/index.js';
export * from './error-summary/index.js';
export * from './aadhaar-field/index.js';
export * from './pincode-field/index.js';
export * from './mobile-field/index.js';
export * from './otp-field/index.js';
export * from './pan-field/index.js';
export * from './ifsc-field/index.js';
export * from './gstin-field/index.js';
export * from './name-field/index.js';
export * from './translate/index.js';
export { i18n, loadLocale, LOCALES, setPageLanguage } from '@sugam/i18n';
export { setTheme, setBrand } from '@sugam/tokens/runtime';

// Warns once about an unknown data-sugam-theme or data-sugam-brand value (the CSS falls back to the default).
watchTokenAttributes();
