import { define } from '../internal/define.js';
import { SugamSlider } from './slider.js';

export * from './slider.js';

define('sugam-slider', SugamSlider);
