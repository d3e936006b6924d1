import { define } from '../internal/define.js';
import { SugamTextField } from './text-field.js';

export * from './text-field.js';

define('sugam-text-field', SugamTextField);
