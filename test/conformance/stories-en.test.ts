import { sweepStoriesIn } from './sampled.js';

sweepStoriesIn('en');
