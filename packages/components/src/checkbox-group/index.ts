import { define } from '../internal/define.js';
import { SugamCheckboxGroup } from './checkbox-group.js';

export * from './checkbox-group.js';

define('sugam-checkbox-group', SugamCheckboxGroup);
