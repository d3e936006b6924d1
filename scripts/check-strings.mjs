// npm test runs this: every component entry point must register (registerStrings) the English groups of
// @sugam/i18n/en whose keys its code reads, because a page's bundle carries only the English its components
// register. Without this, a component imported alone would show a raw key in English.
// It bundles each entry's module graph (esbuild metafile), reads every string and template literal of the
// graph's own sources with TypeScript's parser, and compares the groups those keys name with the groups the graph
// registers.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const english = JSON.parse(readFileSync('packages/i18n/locales/en/sugam.json', 'utf8'));
const groups = new Set(Object.keys(english));
const { exports } = JSON.parse(readFileSync('packages/components/package.json', 'utf8'));
const entries = Object.entries(exports)
  .filter(([name, target]) => name !== './autoloader' && typeof target.source === 'string')
  .map(([name, target]) => [name, target.source.replace(/^\.\//, 'packages/components/')]);

const facts = new Map();
/** The groups a source file's literals name (`'button.loading'`, `` `validation.${kind}` ``) and registers. */
function read(path) {
  if (facts.has(path)) return facts.get(path);
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const used = new Set();
  const registered = new Set();
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const group = /^([A-Za-z0-9]+)\.[A-Za-z]/.exec(node.text)?.[1];
      if (group && groups.has(group)) used.add(group);
    }
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'registerStrings') {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) {
        for (const property of argument.properties) if (property.name) registered.add(property.name.getText(file));
      } else if (argument) registered.add('*');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const result = { used, registered };
  facts.set(path, result);
  return result;
}

const problems = [];
for (const [name, source] of entries) {
  const { metafile } = await build({
    entryPoints: [source],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'check-strings-out',
    conditions: ['source', 'browser'],
    logLevel: 'silent',
  });
  const own = Object.keys(metafile.inputs).filter((path) => /^packages\/components\/src\/.*\.ts$/.test(path));
  const used = new Set();
  const registered = new Set();
  for (const path of own) {
    const file = read(path);
    file.used.forEach((group) => used.add(group));
    file.registered.forEach((group) => registered.add(group));
  }
  const missing = registered.has('*') ? [] : [...used].filter((group) => !registered.has(group));
  if (missing.length > 0) problems.push(`${name}: reads ${missing.join(', ')} but does not register it`);
}

if (problems.length > 0) {
  console.error(
    `English strings not registered (add registerStrings({ … }) from @sugam/i18n/en):\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`strings: ${entries.length} entry points register the English groups they read`);
