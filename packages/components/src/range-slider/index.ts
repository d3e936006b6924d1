import { define } from '../internal/define.js';
import { SugamRangeSlider } from './range-slider.js';

export * from './range-slider.js';

define('sugam-range-slider', SugamRangeSlider);
