import { define } from '../internal/define.js';
import { SugamStep } from './step.js';
import { SugamStepper } from './stepper.js';

export * from './stepper.js';
export { SugamStep, STEP_STATES, type StepState } from './step.js';

define('sugam-stepper', SugamStepper);
define('sugam-step', SugamStep);
