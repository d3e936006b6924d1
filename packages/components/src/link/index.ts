import { define } from '../internal/define.js';
import { SugamLink } from './link.js';

export * from './link.js';

define('sugam-link', SugamLink);
