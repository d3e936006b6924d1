import { sweepStoriesIn } from './sampled.js';

sweepStoriesIn('ur');
