// `npm run test:webkit`: the browser tests in WebKit, the engine of Safari, through WebKitGTK's WebDriver
// (Debian's webkit2gtk-driver, and xvfb when there is no display). A cross-browser check run by hand, not part of
// `npm test`: WebKitGTK is WebKit on Linux, not Safari (its keyboard follows GTK, its fonts are the system's), and
// the README ("For QA teams") lists what it reports.
import base from './web-test-runner.config.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

export default {
  ...base,
  // Forced colours are emulated through Chromium's DevTools protocol only.
  files: [...base.files, '!test/conformance/forced-colors.test.ts'],
  browsers: [webkitLauncher()],
  concurrency: 1,
  // A file that hangs (a keyboard path WebKitGTK does not take) fails after two minutes, not five.
  testsFinishTimeout: 120000,
};
