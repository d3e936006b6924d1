import { define } from '../internal/define.js';
import { SugamHeader } from './header.js';
import { SugamNavItem } from './nav-item.js';

export * from './header.js';
export * from './nav-item.js';

define('sugam-nav-item', SugamNavItem);
define('sugam-header', SugamHeader);
