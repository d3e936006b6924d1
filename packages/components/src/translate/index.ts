import { define } from '../internal/define.js';
import { SugamText } from './text.js';

export * from './text.js';

define('sugam-text', SugamText);
