import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium or Chrome found: install it (on Debian or Ubuntu: `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
