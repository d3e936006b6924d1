import { define } from '../internal/define.js';
import { SugamPanField } from './pan-field.js';

export * from './pan-field.js';

define('sugam-pan-field', SugamPanField);
