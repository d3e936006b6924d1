// Merges a strings fragment into every locale's sugam.json: node packages/i18n/scripts/merge-strings.mjs <fragment.json>
// The fragment is { "$catalogue": { "dotted.key": { "context": "note for translators", "placeholders": [] } },
// "<locale code>": { nested keys… }, … }. Existing keys are overwritten by the fragment's.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');
const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value);
    } else target[key] = value;
  }
  return target;
}

for (const [code, strings] of Object.entries(fragment)) {
  if (code.startsWith('$')) continue;
  const file = join(localesDir, code, 'sugam.json');
  if (!existsSync(file)) throw new Error(`no locale file for "${code}" (${file})`);
  const current = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify(merge(current, strings), null, 2)}\n`);
}
if (fragment.$catalogue) {
  const file = join(localesDir, 'catalogue.json');
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...catalogue, ...fragment.$catalogue }, null, 2)}\n`);
}
console.log(`merged ${Object.keys(fragment).filter((c) => !c.startsWith('$')).length} locales`);
