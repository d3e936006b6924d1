import { define } from '../internal/define.js';
import { SugamOption } from '../select/option.js';
import { SugamCombobox } from './combobox.js';

export * from './combobox.js';
export { SugamOption, type OptionData } from '../select/option.js';

define('sugam-combobox', SugamCombobox);
define('sugam-option', SugamOption);
