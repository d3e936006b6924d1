// npm run bench: renders 300 rows of (text field, checkbox, button) with Sugam and the same rows in native
// HTML, in one Chromium run, rounds interleaved; prints median times, the ratio, the cost of switching the
// whole page's language, and the gzip size of the JS that set needs (Lit and i18next included).
// A benchmark, not a test: it never fails CI.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium.mjs';
import { esbuildOptions } from './esbuild-options.mjs';

const ROWS = 300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const bundle = await build({
  entryPoints: ['bench/entry.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  write: false,
  metafile: true,
  outdir: 'bench-out',
  chunkNames: '[name]-[hash]',
  conditions: ['source', 'browser', 'production'],
  ...esbuildOptions,
});
const files = new Map(bundle.outputFiles.map((f) => [`/${f.path.split('/bench-out/')[1]}`, f.contents]));
// Every output except the lazily loaded locale files is what a page with this set downloads up front.
const upFront = Object.entries(bundle.metafile.outputs)
  .filter(([, meta]) => !Object.keys(meta.inputs).some((input) => /locales\/(?!en\/)[^/]+\/[\w-]+\.json$/.test(input)))
  .map(([path]) => files.get(`/${path.split('bench-out/')[1]}`));
const gzipBytes = upFront.reduce((sum, contents) => sum + gzipSync(contents).length, 0);

const row = {
  native: (i) =>
    `<div class="row"><label for="n${i}">Name ${i}</label><input id="n${i}" name="n${i}"><label><input type="checkbox" name="c${i}"> Agree</label><button type="button">Save</button></div>`,
  sugam: (i) =>
    `<div class="row"><sugam-text-field name="n${i}" label="Name ${i}"></sugam-text-field><sugam-checkbox name="c${i}" label="Agree"></sugam-checkbox><sugam-button>Save</sugam-button></div>`,
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/entry.js"></script></head>
<body><main id="root"></main></body></html>`;

const server = createServer((req, res) => {
  const file = files.get(req.url);
  if (file) res.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const times = { native: [], sugam: [], switch: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of ['native', 'sugam']) {
    const tab = await browser.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => customElements.get('sugam-button') && customElements.get('sugam-checkbox'));
    const markup = Array.from({ length: ROWS }, (_, i) => row[kind](i)).join('');
    const result = await tab.evaluate(
      async ({ markup, kind }) => {
        const root = document.getElementById('root');
        const start = performance.now();
        root.innerHTML = markup;
        if (kind === 'sugam') {
          await Promise.all([...root.querySelectorAll('*')].map((el) => el.updateComplete).filter(Boolean));
        }
        void root.offsetHeight;
        const render = performance.now() - start;
        let switchTime = 0;
        if (kind === 'sugam') {
          // Hindi is loaded first, so this measures the switch itself: every element re-resolving and re-rendering.
          await window.sugamBench.loadLocale('hi');
          const elements = [...root.querySelectorAll('sugam-text-field, sugam-checkbox, sugam-button')];
          await Promise.all(elements.map((el) => el.updateComplete));
          const t0 = performance.now();
          root.lang = 'hi';
          await new Promise((resolve) => setTimeout(resolve));
          await Promise.all(elements.map((el) => el.updateComplete));
          void root.offsetHeight;
          switchTime = performance.now() - t0;
        }
        return { render, switchTime };
      },
      { markup, kind },
    );
    times[kind].push(result.render);
    if (kind === 'sugam') times.switch.push(result.switchTime);
    await tab.close();
  }
}
const version = browser.version();
await browser.close();
server.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const native = median(times.native);
const sugam = median(times.sugam);
const switching = median(times.switch);
console.log(
  `${ROWS} rows of (text field + checkbox + button), median of ${ROUNDS} interleaved rounds, Chromium ${version}`,
);
console.log(`native HTML   ${native.toFixed(1)} ms   1.00×`);
console.log(`Sugam         ${sugam.toFixed(1)} ms   ${(sugam / native).toFixed(2)}× native   (target ≤ 3.75×)`);
console.log(
  `language switch of the whole page (en → hi): ${switching.toFixed(1)} ms = ${((switching / sugam) * 100).toFixed(0)}% of the initial render`,
);
console.log(
  `JS for that set, minified + gzip (Lit, i18next, English strings included): ${(gzipBytes / 1024).toFixed(1)} KB (target ≤ 28 KB)`,
);
