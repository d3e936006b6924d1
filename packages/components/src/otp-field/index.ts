import { define } from '../internal/define.js';
import { SugamOtpField } from './otp-field.js';

export * from './otp-field.js';

define('sugam-otp-field', SugamOtpField);
