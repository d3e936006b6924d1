import { define } from '../internal/define.js';
import { SugamAmountField } from './amount-field.js';

export * from './amount-field.js';

define('sugam-amount-field', SugamAmountField);
