import { define } from '../internal/define.js';
import { SugamProgress } from './progress.js';

export * from './progress.js';

define('sugam-progress', SugamProgress);
