import { define } from '../internal/define.js';
import { SugamSkipLink } from './skip-link.js';

export * from './skip-link.js';

define('sugam-skip-link', SugamSkipLink);
