import { define } from '../internal/define.js';
import { SugamPagination } from './pagination.js';

export * from './pagination.js';

define('sugam-pagination', SugamPagination);
