import { define } from '../internal/define.js';
import { SugamNameField } from './name-field.js';

export * from './name-field.js';

define('sugam-name-field', SugamNameField);
