// Proves the CDN build works alone: a plain HTML page that loads only dist/cdn/sugam.js gets working
// components (rendered, submitting a form, and fetching a lazy locale). Run after `npm run build`.
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
} catch (error) {
  check(false, String(error));
} finally {
  await browser.close();
  server.close();
}
console.log(`cdn: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
