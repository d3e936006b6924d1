import { sweepStoriesIn } from './sampled.js';

sweepStoriesIn('hi');
