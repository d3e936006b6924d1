import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';
import { minifyCssPlugin } from './scripts/minify-css-literals.mjs';
import { jsonNamedExportsPlugin } from './scripts/json-named-exports.mjs';
import { frameworkModulesPlugin } from './scripts/framework-modules.mjs';

/** Tests run against the TypeScript sources (the `source` export condition), never against dist. */
// --- Conformance: forced colors (issue 9, item 3) ---------------------------------------------------------------
// `emulateMedia({ forcedColors })` from @web/test-runner-commands is Playwright-only; with the Chrome launcher
// (puppeteer), whose emulateMediaFeatures rejects `forced-colors`, this command sets it over the DevTools protocol:
// executeServerCommand('emulate-forced-colors', 'active' | 'none'). The CDP session is kept so the emulation lasts.
const forcedColorsSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'sugam-emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors' && command !== 'emulate-print') return undefined;
    if (session.browser.type !== 'puppeteer')
      throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
    const page = session.browser.getPage(session.id);
    if (!forcedColorsSessions.has(page)) forcedColorsSessions.set(page, await page.createCDPSession());
    // emulate-print: the print media type together with a colour scheme, which puppeteer's two calls cannot set
    // at once (its media type call clears the features): executeServerCommand('emulate-print', 'dark' | null).
    const media =
      command === 'emulate-forced-colors'
        ? { features: [{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }] }
        : payload
          ? { media: 'print', features: [{ name: 'prefers-color-scheme', value: payload }] }
          : { media: '', features: [] };
    await forcedColorsSessions.get(page).send('Emulation.setEmulatedMedia', media);
    return true;
  },
};
// --- end forced colors -------------------------------------------------------------------------------------------

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    forcedColorsPlugin,
    // React and Vue as ES modules, for the framework tests.
    frameworkModulesPlugin,
    // `@sugam/i18n/en` re-exports the English groups by name from the JSON catalogue.
    jsonNamedExportsPlugin,
    // The component styles as the published build ships them (minified), so the tests check those.
    minifyCssPlugin,
    esbuildPlugin({
      ts: true,
      // A Chromium target lowers standard decorators and `accessor` but keeps import attributes, which the
      // test browser runs natively (this plugin has no esbuild `supported` option).
      target: 'chrome130',
      tsconfig: 'tsconfig.json',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
      // Each test file gets its own browser context (its own window): a background tab would get no
      // animation frames, and fixtures that wait for one would time out when files run in parallel.
      // Focus emulation makes every page behave as the focused window, so :focus and :focus-visible match in a
      // file running beside another one (only one real window can have focus).
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
