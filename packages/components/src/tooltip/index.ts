import { define } from '../internal/define.js';
import { SugamTooltip } from './tooltip.js';

export * from './tooltip.js';

define('sugam-tooltip', SugamTooltip);
