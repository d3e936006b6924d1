// The visitor's accessibility settings (text size, theme, spacing, …), applied to the page before it is first
// drawn. Built as the classic script `cdn/sugam-a11y-boot.js` (about 2 KB) for the page's <head>, ahead of its
// style sheets: without it the settings apply when the components' module runs, after a first paint at the
// default size and theme, and the page jumps. Nothing else: the toolbar itself still comes with the components.
import { applyA11ySettings } from '../internal/a11y-settings.js';

applyA11ySettings(document.documentElement);
