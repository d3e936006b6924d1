import { fullSweep } from './full-sweep.js';

fullSweep('dark');
