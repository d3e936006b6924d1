// Screenshots stories of the built catalogue (npm run build-storybook) in several languages and themes,
// so layout bugs in Indic and right-to-left scripts can be seen.
// Usage: node scripts/screenshots.mjs <story-id>[,<story-id>…] [locales=en,hi,ta,ur] [themes=light] [outdir=reports/screens]
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium.mjs';

const [ids = 'components-button--variants', locales = 'en,hi,ta,ur', themes = 'light', outdir = 'reports/screens'] =
  process.argv.slice(2);
const root = process.env.STORYBOOK_DIR ?? 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();

await mkdir(outdir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
for (const id of ids.split(',')) {
  for (const theme of themes.split(',')) {
    for (const locale of locales.split(',')) {
      const url = `http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`;
      await page.goto(url);
      await page.waitForSelector('#storybook-root > *', { timeout: 10000 });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const file = join(outdir, `${id}--${locale}--${theme}.png`);
      await page.locator('#storybook-root').screenshot({ path: file });
      console.log(file);
    }
  }
}
await browser.close();
server.close();
