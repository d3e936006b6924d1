import { define } from '../internal/define.js';
import { SugamTimeField } from './time-field.js';

export * from './time-field.js';

define('sugam-time-field', SugamTimeField);
