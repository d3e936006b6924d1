// Registers a component folder as a package entry point: adds `./<name>` and `./<name>/class` to the exports of
// @sugam/components and an `export * from './<name>/index.js'` line to src/index.ts (which the CDN bundle builds).
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
  // New entries go before the manifest and CDN entries, which stay last.
  if (key === './custom-elements.json' && !pkg.exports[`./${name}`]) {
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
console.log(`@sugam/components/${name} registered`);
