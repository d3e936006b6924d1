import { define } from '../internal/define.js';
import { SugamTag } from './tag.js';

export * from './tag.js';

define('sugam-tag', SugamTag);
