import { define } from '../internal/define.js';
import { SugamDrawer } from './drawer.js';

export * from './drawer.js';

define('sugam-drawer', SugamDrawer);
