// Lets browser tests import React and Vue as a page built with them would (`import { createElement } from 'react'`).
// React publishes CommonJS only, which a browser cannot load, so esbuild bundles React and ReactDOM into one ES
// module (one copy of React for both names); Vue's browser build (with its template compiler) is already one.
// Used by test/frameworks.test.ts, which checks the "Using a framework" page of the catalogue against the real
// libraries.
import { build } from 'esbuild';

const REACT = '/__frameworks/react.js';
const VUE = '/__frameworks/vue.js';
const modules = { react: REACT, 'react-dom': REACT, 'react-dom/client': REACT, vue: VUE };

const sources = {
  // CommonJS has no static export names, so the names the tests use are listed.
  [REACT]: `import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
export const { act, createElement, Fragment, StrictMode, useEffect, useRef, useState } = React;
export { createRoot, flushSync };
export default React;`,
  [VUE]: `export * from 'vue/dist/vue.esm-browser.js';`,
};
const bundles = new Map();

async function bundle(path) {
  if (!bundles.has(path)) {
    const result = build({
      stdin: { contents: sources[path], resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((out) => out.outputFiles[0].text);
    bundles.set(path, result);
  }
  return bundles.get(path);
}

/** The Web Test Runner / Web Dev Server plugin. */
export const frameworkModulesPlugin = {
  name: 'sugam-framework-modules',
  resolveImport: ({ source }) => modules[source],
  async serve(context) {
    if (context.path in sources) return { body: await bundle(context.path), type: 'js' };
    return undefined;
  },
};
