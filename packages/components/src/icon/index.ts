import { define } from '../internal/define.js';
import { SugamIcon } from './icon.js';

export * from './icon.js';

define('sugam-icon', SugamIcon);
