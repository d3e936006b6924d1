import { define } from '../internal/define.js';
import { SugamIdentityBar } from './identity-bar.js';

export * from './identity-bar.js';

define('sugam-identity-bar', SugamIdentityBar);
