import { define } from '../internal/define.js';
import { SugamErrorSummary } from './error-summary.js';

export * from './error-summary.js';

define('sugam-error-summary', SugamErrorSummary);
