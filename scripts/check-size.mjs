// npm test runs this: each component entry point's up-front download (minified + gzip, Lit and the i18n layer
// included, other languages excluded) stays within its budget in packages/components/size-budgets.json, so a
// page on a slow connection never pays for a regression unnoticed.
// `node scripts/check-size.mjs --report` prints every entry; `--add` gives new entry points a budget (their size
// plus 8%); `--update` resets every budget that way, after a deliberate change.
import { readFileSync, writeFileSync } from 'node:fs';
import { entryGzipBytes } from './bundle-size.mjs';

const BUDGETS = 'packages/components/size-budgets.json';
const { exports } = JSON.parse(readFileSync('packages/components/package.json', 'utf8'));
// One entry per component (the registering one): `/class` entries hold the same code. The autoloader fetches
// components only when a page uses them, so its size is theirs.
const entries = Object.entries(exports).filter(
  ([name, target]) => typeof target.source === 'string' && !name.endsWith('/class') && name !== './autoloader',
);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const sizes = [];
for (const [name, target] of entries) {
  sizes.push([name, kb(await entryGzipBytes(target.source.replace(/^\.\//, 'packages/components/')))]);
}

const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));
const budgetFor = (size) => Math.ceil(size * 1.08 * 2) / 2;
// --add: budgets for new entry points only; --update: every budget from today's sizes (after a deliberate change).
if (process.argv.includes('--add') || process.argv.includes('--update')) {
  const all = process.argv.includes('--update');
  const next = Object.fromEntries(
    sizes.map(([name, size]) => [name, all || budgets[name] === undefined ? budgetFor(size) : budgets[name]]),
  );
  writeFileSync(BUDGETS, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`size: budgets written for ${sizes.length} entry points (${BUDGETS})`);
  process.exit(0);
}

if (process.argv.includes('--report')) {
  for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(
      `${String(size.toFixed(1)).padStart(6)} KB  budget ${String(budgets[name] ?? '—').padStart(5)}  ${name}`,
    );
  }
}
const problems = sizes.flatMap(([name, size]) =>
  budgets[name] === undefined
    ? [`${name}: ${size} KB, no budget (a new entry point: node scripts/check-size.mjs --add)`]
    : size > budgets[name]
      ? [`${name}: ${size} KB, over its budget of ${budgets[name]} KB`]
      : [],
);
if (problems.length > 0) {
  console.error(
    `Entry points over their size budget (minified + gzip, Lit and i18n included):\n${problems.join('\n')}`,
  );
  process.exit(1);
}
const [largest] = [...sizes].sort((a, b) => b[1] - a[1]);
console.log(
  `size: ${sizes.length} entry points within their budgets (largest: ${largest[0]} ${largest[1]} KB of ${budgets[largest[0]]} KB)`,
);
