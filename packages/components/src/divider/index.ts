import { define } from '../internal/define.js';
import { SugamDivider } from './divider.js';

export * from './divider.js';

define('sugam-divider', SugamDivider);
