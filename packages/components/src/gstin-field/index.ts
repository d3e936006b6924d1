import { define } from '../internal/define.js';
import { SugamGstinField } from './gstin-field.js';

export * from './gstin-field.js';

define('sugam-gstin-field', SugamGstinField);
