import { define } from '../internal/define.js';
import { SugamToast } from './toast.js';
import { SugamToastRegion } from './toast-region.js';

export * from './toast.js';
export * from './toast-region.js';

define('sugam-toast-region', SugamToastRegion);
define('sugam-toast', SugamToast);
