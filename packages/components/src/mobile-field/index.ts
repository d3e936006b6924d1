import { define } from '../internal/define.js';
import { SugamMobileField } from './mobile-field.js';

export * from './mobile-field.js';

define('sugam-mobile-field', SugamMobileField);
