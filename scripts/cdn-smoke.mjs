// Proves the CDN builds work alone: a plain HTML page that loads only dist/cdn/sugam.js gets working
// components (rendered, submitting a form, and fetching a lazy locale), and one that loads only
// dist/cdn/sugam-autoloader.js gets the components it uses, and nothing else, when it uses them; and
// dist/cdn/sugam-a11y-boot.js puts the visitor's stored accessibility settings on the page before its first paint.
// Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join('.', path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const failures = [];
let passed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passed++;
  else failures.push(what);
};
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => check(false, `no page error (${error.message})`));
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/cdn.html`);
  await page.waitForFunction(() => customElements.get('sugam-button'));
  check(true, 'sugam.js registers <sugam-button>');
  const rendered = await page.evaluate(
    () => !!document.querySelector('sugam-button').shadowRoot?.querySelector('button'),
  );
  check(rendered, 'the button renders its shadow DOM');
  await page.waitForFunction(
    () => document.querySelector('[lang="hi"] sugam-button').shadowRoot?.textContent.includes('कृपया प्रतीक्षा करें'),
    null,
    { timeout: 5000 },
  );
  check(true, 'a Hindi section announces "कृपया प्रतीक्षा करें" (Hindi fetched on demand)');
  check(
    requests.some((p) => /\/cdn\/locales\/hi-sugam-[\w-]+\.js$/.test(p)),
    'the Hindi strings came from their own file next to sugam.js',
  );
  await page.click('sugam-button[type="submit"]');
  await page.waitForURL(/applicant=Asha&action=submit#?/);
  check(true, 'type="submit" submits the form with its name and value');
  await page.close();

  // The autoloader: only what the page uses, fetched when it uses it.
  const auto = await browser.newPage();
  const fetched = [];
  auto.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  auto.on('pageerror', (error) => check(false, `no page error on the autoloader page (${error.message})`));
  await auto.goto(`http://127.0.0.1:${server.address().port}/examples/autoload.html`);
  await auto.waitForFunction(() =>
    ['sugam-text-field', 'sugam-checkbox', 'sugam-button'].every((tag) => customElements.get(tag)),
  );
  check(true, 'sugam-autoloader.js registers the text field, checkbox and button the page uses');
  const component = (name) => fetched.some((p) => new RegExp(`/cdn/autoload/${name}-[\\w-]+\\.js$`).test(p));
  const dialogDefined = await auto.evaluate(() => Boolean(customElements.get('sugam-dialog')));
  check(
    !component('dialog') && !component('table') && !dialogDefined,
    'it fetches no component the page does not use (no dialog, no table)',
  );
  await auto.waitForFunction(
    () => document.querySelector('[lang="hi"] sugam-button').shadowRoot?.textContent.includes('कृपया प्रतीक्षा करें'),
    null,
    { timeout: 5000 },
  );
  check(
    fetched.some((p) => /\/cdn\/autoload\/locales\/hi-sugam-[\w-]+\.js$/.test(p)),
    'a Hindi section gets its Hindi strings from autoload/locales/',
  );
  await auto.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<sugam-dialog label="Later"></sugam-dialog>'),
  );
  await auto.waitForFunction(() => customElements.get('sugam-dialog'), null, { timeout: 5000 });
  check(component('dialog'), 'a dialog added later is fetched then, and registered');
  await auto.click('sugam-button[type="submit"]');
  await auto.waitForURL(/applicant=Asha&consent=on&action=submit#?/);
  check(true, 'the autoloaded controls submit the form like native ones');
  await auto.close();

  // The accessibility boot script: the stored settings are on the root before the body is parsed.
  const boot = await browser.newPage();
  boot.on('pageerror', (error) => check(false, `no page error on the boot page (${error.message})`));
  await boot.addInitScript(() => {
    localStorage.setItem('sugam-a11y', JSON.stringify({ textScale: 1.5, theme: 'dark', highlightLinks: true }));
    new MutationObserver((records, observer) => {
      if (!document.body) return;
      const root = document.documentElement;
      window.rootWhenBodyStarted = {
        scale: root.style.getPropertyValue('--sugam-text-scale'),
        theme: root.getAttribute('data-sugam-theme'),
        links: root.hasAttribute('data-sugam-a11y-links'),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await boot.goto(`http://127.0.0.1:${server.address().port}/examples/a11y-boot.html`);
  const early = await boot.evaluate(() => window.rootWhenBodyStarted);
  check(
    early?.scale === '1.5' && early.theme === 'dark' && early.links === true,
    `sugam-a11y-boot.js applies the stored settings before the body is parsed (${JSON.stringify(early)})`,
  );
} catch (error) {
  check(false, String(error));
} finally {
  await browser.close();
  server.close();
}
console.log(`cdn: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
