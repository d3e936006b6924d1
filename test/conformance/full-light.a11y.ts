import { fullSweep } from './full-sweep.js';

fullSweep('light');
