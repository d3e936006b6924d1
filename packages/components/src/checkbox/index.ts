import { define } from '../internal/define.js';
import { SugamCheckbox } from './checkbox.js';

export * from './checkbox.js';

define('sugam-checkbox', SugamCheckbox);
