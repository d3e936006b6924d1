import { define } from '../internal/define.js';
import { SugamDateField } from './date-field.js';

export * from './date-field.js';

define('sugam-date-field', SugamDateField);
