import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';

/** Tests run against the TypeScript sources (the `source` export condition), never against dist. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
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
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
