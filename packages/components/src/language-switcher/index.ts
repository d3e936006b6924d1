import { define } from '../internal/define.js';
import { SugamLanguageSwitcher } from './language-switcher.js';

export * from './language-switcher.js';

define('sugam-language-switcher', SugamLanguageSwitcher);
