import { define } from '../internal/define.js';
import { SugamSpinner } from './spinner.js';

export * from './spinner.js';

define('sugam-spinner', SugamSpinner);
