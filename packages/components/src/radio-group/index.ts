import { define } from '../internal/define.js';
import { SugamRadioGroup } from './radio-group.js';
import { SugamRadio } from './radio.js';

export * from './radio-group.js';
export * from './radio.js';

define('sugam-radio', SugamRadio);
define('sugam-radio-group', SugamRadioGroup);
