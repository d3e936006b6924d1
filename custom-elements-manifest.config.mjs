// Generates packages/components/custom-elements.json from the components' doc comments, and from it the editor
// data (VS Code custom data, JetBrains web-types) and React's JSX types beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { reactJsx, readAliases, vscodeData, webTypes } from './scripts/ide-data.mjs';

const tags = new Map();

/** Components register through `define('sugam-x', SugamX)` (not customElements.define): record their tag names. */
const defineCalls = {
  name: 'sugam-define-calls',
  analyzePhase({ ts, node }) {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText() === 'define' &&
      node.arguments.length === 2 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      tags.set(node.arguments[1].getText(), node.arguments[0].text);
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.kind === 'class' && tags.has(declaration.name)) {
          declaration.tagName = tags.get(declaration.name);
          declaration.customElement = true;
        }
      }
    }
  },
};

/** Writes the editor data once the manifest is complete. */
const editorData = {
  name: 'sugam-editor-data',
  packageLinkPhase({ customElementsManifest }) {
    const dir = 'packages/components';
    const resolveValues = readAliases(`${dir}/src`);
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const write = (file, data) => writeFileSync(`${dir}/${file}`, `${JSON.stringify(data, null, 2)}\n`);
    write('vscode.html-custom-data.json', vscodeData(customElementsManifest, resolveValues));
    write('web-types.json', webTypes(customElementsManifest, resolveValues, pkg));
    writeFileSync(`${dir}/react.d.ts`, reactJsx(customElementsManifest));
  },
};

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: ['packages/components/src/internal/!(form-control|modal).ts', 'packages/components/src/**/*.styles.ts'],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineCalls, editorData],
};
