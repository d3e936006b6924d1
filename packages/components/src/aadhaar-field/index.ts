import { define } from '../internal/define.js';
import { SugamAadhaarField } from './aadhaar-field.js';

export * from './aadhaar-field.js';

define('sugam-aadhaar-field', SugamAadhaarField);
