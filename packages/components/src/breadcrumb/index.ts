import { define } from '../internal/define.js';
import { SugamBreadcrumb } from './breadcrumb.js';
import { SugamBreadcrumbItem } from './breadcrumb-item.js';

export * from './breadcrumb.js';
export * from './breadcrumb-item.js';

define('sugam-breadcrumb-item', SugamBreadcrumbItem);
define('sugam-breadcrumb', SugamBreadcrumb);
