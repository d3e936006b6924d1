import { define } from '../internal/define.js';
import { SugamFooter } from './footer.js';

export * from './footer.js';

define('sugam-footer', SugamFooter);
