// `npm run test:firefox`: the browser tests in Firefox (Debian's firefox-esr, or FIREFOX_PATH), driven by the same
// launcher through Puppeteer's WebDriver BiDi. A cross-browser check run by hand, not part of `npm test`: the
// README ("For QA teams") lists the differences it still reports.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const executablePath =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
if (!executablePath) throw new Error('No Firefox found: install firefox-esr, or set FIREFOX_PATH.');

const firefox = chromeLauncher({
  launchOptions: { browser: 'firefox', executablePath, headless: true },
  createPage: async ({ browser }) => {
    const page = await browser.newPage();
    // Without it Firefox sends no focus, Tab or Enter default actions to the page.
    await page.bringToFront();
    // Puppeteer's WebDriver BiDi keyboard knows the space bar as ' ', not 'Space' as CDP does.
    for (const method of ['press', 'down', 'up']) {
      const original = page.keyboard[method].bind(page.keyboard);
      page.keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
    }
    return page;
  },
});

// A fresh page for every test file (the launcher would reuse one): a file that tabbed past the page's last element
// leaves focus in Firefox's toolbar, and every later file would lose its keyboard.
const stopSession = firefox.stopSession.bind(firefox);
firefox.stopSession = async (id) => {
  const result = await stopSession(id);
  for (const page of firefox.inactivePages.splice(0)) await page.puppeteerPage.close();
  return result;
};

export default {
  ...base,
  // Forced colours are emulated through Chromium's DevTools protocol only.
  files: [...base.files, '!test/conformance/forced-colors.test.ts'],
  browsers: [firefox],
  concurrency: 1,
};
