import { define } from '../internal/define.js';
import { applyA11ySettings } from '../internal/a11y-settings.js';
import { SugamA11yToolbar } from './a11y-toolbar.js';

export * from './a11y-toolbar.js';

// Saved settings apply as soon as the toolbar's module runs, before it renders: text size, spacing, theme and the
// rest are on the root by the time the page's components first paint.
if (typeof document !== 'undefined') applyA11ySettings(document.documentElement);

define('sugam-a11y-toolbar', SugamA11yToolbar);
