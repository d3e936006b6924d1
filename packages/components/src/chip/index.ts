import { define } from '../internal/define.js';
import { SugamChip } from './chip.js';

export * from './chip.js';

define('sugam-chip', SugamChip);
