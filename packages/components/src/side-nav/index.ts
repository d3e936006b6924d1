import { define } from '../internal/define.js';
import { SugamSideNav } from './side-nav.js';
import { SugamSideNavGroup, SugamSideNavItem } from './side-nav-item.js';

export * from './side-nav.js';
export * from './side-nav-item.js';

define('sugam-side-nav-item', SugamSideNavItem);
define('sugam-side-nav-group', SugamSideNavGroup);
define('sugam-side-nav', SugamSideNav);
