// npm run bench: renders 300 rows of (text field, checkbox, button) with Sugam and the same rows in native
// HTML, in one Chromium run, rounds interleaved; prints median times, the ratio, the cost of switching the
// whole page's language, and the gzip size of the JS that set needs (Lit and the translation engine included).
// With Shoelace 2 installed (`npm i --no-save @shoelace-style/shoelace@2`), the same rows in Shoelace join the run,
// so the ratio can be compared with a peer measured in the same hour on the same machine.
// A benchmark, not a test: it never fails CI.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium.mjs';
import { productionBundle, upFrontGzipBytes } from './bundle-size.mjs';

const ROWS = 300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const bundle = await build({ ...productionBundle, entryPoints: ['bench/entry.ts'], outdir: 'bench-out' });
const files = new Map(bundle.outputFiles.map((f) => [`/${f.path.split('/bench-out/')[1]}`, f.contents]));

// The optional peer: Shoelace's input, checkbox and button, bundled the same way, with its light theme.
const SHOELACE = 'node_modules/@shoelace-style/shoelace';
const peer = existsSync(`${SHOELACE}/dist/components/input/input.js`);
if (peer) {
  const peerBundle = await build({
    stdin: {
      contents: ['input', 'checkbox', 'button']
        .map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`)
        .join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    outfile: 'bench-out/shoelace.js',
  });
  files.set('/shoelace.js', peerBundle.outputFiles[0].contents);
  files.set('/shoelace.css', readFileSync(`${SHOELACE}/dist/themes/light.css`));
}
// What a page with this set downloads up front (every output but the lazily loaded locale files).
const gzipBytes = upFrontGzipBytes(bundle);

const row = {
  native: (i) =>
    `<div class="row"><label for="n${i}">Name ${i}</label><input id="n${i}" name="n${i}"><label><input type="checkbox" name="c${i}"> Agree</label><button type="button">Save</button></div>`,
  sugam: (i) =>
    `<div class="row"><sugam-text-field name="n${i}" label="Name ${i}"></sugam-text-field><sugam-checkbox name="c${i}" label="Agree"></sugam-checkbox><sugam-button>Save</sugam-button></div>`,
  shoelace: (i) =>
    `<div class="row"><sl-input name="n${i}" label="Name ${i}"></sl-input><sl-checkbox name="c${i}">Agree</sl-checkbox><sl-button>Save</sl-button></div>`,
};
const kinds = peer ? ['native', 'sugam', 'shoelace'] : ['native', 'sugam'];

const page = (kind) =>
  kind === 'shoelace'
    ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/shoelace.css"><script type="module" src="/shoelace.js"></script></head>
<body><main id="root"></main></body></html>`
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/entry.js"></script></head>
<body><main id="root"></main></body></html>`;

const server = createServer((req, res) => {
  const file = files.get(req.url);
  const type = req.url.endsWith('.css') ? 'text/css' : 'text/javascript';
  if (file) res.writeHead(200, { 'content-type': type }).end(file);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page(req.url.slice(1)));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

// gc() before each measured render: garbage left by the previous tab is not charged to the next one.
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});
const times = { native: [], sugam: [], shoelace: [], switch: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of kinds) {
    const tab = await browser.newPage();
    await tab.goto(url + kind);
    await tab.waitForFunction((tag) => customElements.get(tag), kind === 'shoelace' ? 'sl-button' : 'sugam-button');
    const markup = Array.from({ length: ROWS }, (_, i) => row[kind](i)).join('');
    const result = await tab.evaluate(
      async ({ markup, kind }) => {
        const root = document.getElementById('root');
        window.gc?.();
        // Let the collector finish sweeping on its own time, not during the render.
        await new Promise((resolve) => setTimeout(resolve, 250));
        const start = performance.now();
        root.innerHTML = markup;
        if (kind !== 'native') {
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
if (peer) {
  const shoelace = median(times.shoelace);
  console.log(
    `Shoelace 2    ${shoelace.toFixed(1)} ms   ${(shoelace / native).toFixed(2)}× native   (Sugam takes ${((sugam / shoelace) * 100).toFixed(0)}% of its time)`,
  );
} else {
  console.log(
    '(npm i --no-save @shoelace-style/shoelace@2 adds Shoelace 2 to the same run, as a peer to compare with)',
  );
}
console.log(
  `language switch of the whole page (en → hi): ${switching.toFixed(1)} ms = ${((switching / sugam) * 100).toFixed(0)}% of the initial render`,
);
console.log(
  `JS for that set, minified + gzip (Lit, translation engine, English strings included): ${(gzipBytes / 1024).toFixed(1)} KB (target ≤ 28 KB)`,
);
