// npm test runs this: every component entry point imports without error in Node.js, as it does when a framework that
// renders on the server (Next.js, Nuxt, Angular SSR) evaluates a module that imports Sugam. Lit's Node build brings
// a minimal customElements and HTMLElement; nothing may touch `document` or `window` at import time. Each entry is
// bundled for Node (esbuild, the `node` export condition, as a server bundler resolves it) and imported.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildOptions } from './esbuild-options.mjs';

const { exports } = JSON.parse(readFileSync('packages/components/package.json', 'utf8'));
const entries = Object.entries(exports).filter(
  ([name, target]) => name !== './autoloader' && typeof target.source === 'string',
);
const dir = mkdtempSync(join(tmpdir(), 'sugam-node-'));
const failures = [];
// Each bundle carries its own copy of the components: registering a tag again only warns, so the warnings are muted.
const warn = console.warn;
console.warn = () => {};
try {
  for (const [name, target] of entries) {
    const bundle = await build({
      ...esbuildOptions,
      entryPoints: [target.source.replace(/^\.\//, 'packages/components/')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      conditions: ['source', 'node'],
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, `${name.replace(/\W+/g, '_') || 'index'}.mjs`);
    writeFileSync(file, bundle.outputFiles[0].text);
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      failures.push(`${name}: ${error.message.split('\n')[0]}`);
    }
  }
} finally {
  console.warn = warn;
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`Entry points that fail to import in Node.js:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`node: ${entries.length} entry points import in Node.js`);
