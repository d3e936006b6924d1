import { define } from '../internal/define.js';
import { SugamDialog } from './dialog.js';

export * from './dialog.js';

define('sugam-dialog', SugamDialog);
