import { define } from '../internal/define.js';
import { SugamButton } from './button.js';

export * from './button.js';

define('sugam-button', SugamButton);
