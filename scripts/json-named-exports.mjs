// Serves a JSON file imported as a script (`import { button } from './sugam.json'`, no import attribute) as a
// JavaScript module with one named export per top-level key, as bundlers (esbuild, Rollup's JSON plugin, Vite) do.
// Browsers give JSON modules only a default export. Files imported with `with { type: 'json' }` are untouched.

/** A JSON object as module source: `export { v0 as "key" }` names work for every key, reserved words too. */
export function jsonToModule(text) {
  const data = JSON.parse(text);
  const keys = Object.keys(data);
  const consts = keys.map((key, i) => `const v${i} = ${JSON.stringify(data[key])};`).join('\n');
  const names = keys.map((key, i) => `v${i} as ${JSON.stringify(key)}`).join(', ');
  return `${consts}\nexport { ${names} };\nexport default { ${keys.map((key, i) => `${JSON.stringify(key)}: v${i}`).join(', ')} };\n`;
}

const asScript = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';

/** The Web Test Runner / Web Dev Server plugin. */
export const jsonNamedExportsPlugin = {
  name: 'sugam-json-named-exports',
  // The same file may be fetched as JSON and as a script: cache the two answers apart.
  transformCacheKey: (context) => (asScript(context) ? 'json-as-module' : undefined),
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    // The browser's HTTP cache must not hand the module to a JSON import of the same file, nor the reverse.
    const vary = { vary: 'Sec-Fetch-Dest' };
    if (!asScript(context)) return { headers: vary };
    return { body: jsonToModule(context.body), headers: { ...vary, 'content-type': 'application/javascript' } };
  },
};
