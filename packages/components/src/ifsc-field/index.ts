import { define } from '../internal/define.js';
import { SugamIfscField } from './ifsc-field.js';

export * from './ifsc-field.js';

define('sugam-ifsc-field', SugamIfscField);
