import { define } from '../internal/define.js';
import { SugamBadge } from './badge.js';

export * from './badge.js';

define('sugam-badge', SugamBadge);
