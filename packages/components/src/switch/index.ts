import { define } from '../internal/define.js';
import { SugamSwitch } from './switch.js';

export * from './switch.js';

define('sugam-switch', SugamSwitch);
