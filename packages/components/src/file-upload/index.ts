import { define } from '../internal/define.js';
import { SugamFileUpload } from './file-upload.js';

export * from './file-upload.js';

define('sugam-file-upload', SugamFileUpload);
