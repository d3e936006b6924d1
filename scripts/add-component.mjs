// Registers a component folder as a package entry point: adds `./<name>` and `./<name>/class` to the exports of
// @sugam/components, an `export * from './<name>/index.js'` line to src/index.ts (which the CDN bundle builds), and
// each tag its index.ts defines to the autoloader's map (src/autoloader.ts).
// Usage: node scripts/add-component.mjs <name> [class-file-without-.ts, default <name>]
// Safe to run twice. When several people add components at once, serialise runs: `flock .git/sugam.lock node …`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [name, classFile = name] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: node scripts/add-component.mjs <name> [class-file]');
  process.exit(1);
}
const dir = 'packages/components';
for (const file of [`${dir}/src/${name}/index.ts`, `${dir}/src/${name}/${classFile}.ts`]) {
  if (!existsSync(file)) {
    console.error(`missing ${file}`);
    process.exit(1);
  }
}

const pkgPath = `${dir}/package.json`;
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const entry = (src) => ({
  source: `./src/${src}.ts`,
  types: `./dist/${src}.d.ts`,
  default: `./dist/${src}.js`,
});
const exportsMap = {};
for (const [key, value] of Object.entries(pkg.exports)) {
  // New entries go before the autoloader, manifest and CDN entries, which stay last.
  if (
    (key === './autoloader' || key === './custom-elements.json') &&
    !exportsMap[`./${name}`] &&
    !pkg.exports[`./${name}`]
  ) {
    exportsMap[`./${name}`] = entry(`${name}/index`);
    exportsMap[`./${name}/class`] = entry(`${name}/${classFile}`);
  }
  exportsMap[key] = value;
}
pkg.exports = exportsMap;
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);

const indexPath = `${dir}/src/index.ts`;
const index = readFileSync(indexPath, 'utf8');
const line = `export * from './${name}/index.js';`;
if (!index.includes(line)) {
  const lines = index.split('\n');
  const last = lines.findLastIndex((l) => /^export \* from '\.\/[^']+\/index\.js';$/.test(l));
  lines.splice(last + 1, 0, line);
  writeFileSync(indexPath, lines.join('\n'));
}
// The autoloader: one line per tag, in alphabetical order.
const autoloaderPath = `${dir}/src/autoloader.ts`;
const autoloader = readFileSync(autoloaderPath, 'utf8');
const tags = [...readFileSync(`${dir}/src/${name}/index.ts`, 'utf8').matchAll(/define\('(sugam-[a-z0-9-]+)'/g)].map(
  (m) => m[1],
);
const open = autoloader.indexOf('\n', autoloader.indexOf('AUTOLOAD_MODULES')) + 1;
const close = autoloader.indexOf('\n};', open);
const entries = autoloader.slice(open, close).split('\n').filter(Boolean);
for (const tag of tags) {
  if (!entries.some((l) => l.includes(`'${tag}':`))) entries.push(`  '${tag}': () => import('./${name}/index.js'),`);
}
entries.sort();
writeFileSync(autoloaderPath, `${autoloader.slice(0, open)}${entries.join('\n')}${autoloader.slice(close)}`);
console.log(`@sugam/components/${name} registered`);
console.log('Once it renders, give it a size budget: node scripts/check-size.mjs --add');
