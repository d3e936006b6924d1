// The full accessibility sweep (npm run check:a11y): every story × every locale × every theme under axe.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/conformance/full-*.a11y.ts'],
  testFramework: { config: { timeout: 0 } },
  testsFinishTimeout: 60 * 60 * 1000,
};
