import { define } from '../internal/define.js';
import { SugamToggletip } from './toggletip.js';

export * from './toggletip.js';

define('sugam-toggletip', SugamToggletip);
