import { define } from '../internal/define.js';
import { SugamIconButton } from './icon-button.js';

export * from './icon-button.js';

define('sugam-icon-button', SugamIconButton);
