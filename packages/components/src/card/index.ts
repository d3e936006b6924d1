import { define } from '../internal/define.js';
import { SugamCard } from './card.js';

export * from './card.js';

define('sugam-card', SugamCard);
