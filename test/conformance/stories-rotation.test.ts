import { sweepRotation } from './sampled.js';

sweepRotation();
