import { define } from '../internal/define.js';
import { SugamOption } from './option.js';
import { SugamSelect } from './select.js';

export * from './select.js';
export { SugamOption, type OptionData } from './option.js';

define('sugam-select', SugamSelect);
define('sugam-option', SugamOption);
