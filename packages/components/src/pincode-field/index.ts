import { define } from '../internal/define.js';
import { SugamPincodeField } from './pincode-field.js';

export * from './pincode-field.js';

define('sugam-pincode-field', SugamPincodeField);
