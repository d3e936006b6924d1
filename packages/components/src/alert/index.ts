import { define } from '../internal/define.js';
import { SugamAlert } from './alert.js';

export * from './alert.js';

define('sugam-alert', SugamAlert);
