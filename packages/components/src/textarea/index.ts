import { define } from '../internal/define.js';
import { SugamTextarea } from './textarea.js';

export * from './textarea.js';

define('sugam-textarea', SugamTextarea);
