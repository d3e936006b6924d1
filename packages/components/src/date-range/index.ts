import { define } from '../internal/define.js';
import { SugamDateRange } from './date-range.js';
// The range is made of date fields: importing it defines them too.
import '../date-field/index.js';

export * from './date-range.js';

define('sugam-date-range', SugamDateRange);
