import { define } from '../internal/define.js';
import { SugamMenu } from './menu.js';
import { SugamMenuItem } from './menu-item.js';

export * from './menu.js';

define('sugam-menu', SugamMenu);
define('sugam-menu-item', SugamMenuItem);
