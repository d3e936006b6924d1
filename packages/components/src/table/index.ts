import { define } from '../internal/define.js';
import { SugamTable } from './table.js';

export * from './table.js';

define('sugam-table', SugamTable);
