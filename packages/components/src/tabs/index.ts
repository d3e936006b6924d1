import { define } from '../internal/define.js';
import { SugamTab } from './tab.js';
import { SugamTabPanel } from './tab-panel.js';
import { SugamTabs } from './tabs.js';

export * from './tabs.js';
export { SugamTab } from './tab.js';
export { SugamTabPanel } from './tab-panel.js';

define('sugam-tabs', SugamTabs);
define('sugam-tab', SugamTab);
define('sugam-tab-panel', SugamTabPanel);
