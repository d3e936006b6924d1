import { fullSweep } from './full-sweep.js';

fullSweep('high-contrast');
