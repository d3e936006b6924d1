// Lets browser tests import React, Vue and Angular as a page built with them would (`from 'react'`). React
// publishes CommonJS only, which a browser cannot load, so esbuild bundles React and ReactDOM into one ES module
// (one copy of React for both names); Vue's browser build (with its template compiler) is already one; Angular's
// packages become one module too (one Angular), with its compiler for templates compiled in the browser.
// Used by test/frameworks.test.ts, which checks the "Using a framework" page of the catalogue against the real
// libraries.
import { build } from 'esbuild';

const REACT = '/__frameworks/react.js';
const VUE = '/__frameworks/vue.js';
const ANGULAR = '/__frameworks/angular.js';
const modules = {
  react: REACT,
  'react-dom': REACT,
  'react-dom/client': REACT,
  vue: VUE,
  '@angular/compiler': ANGULAR,
  '@angular/core': ANGULAR,
  '@angular/forms': ANGULAR,
  '@angular/platform-browser': ANGULAR,
};

const sources = {
  // CommonJS has no static export names, so the names the tests use are listed.
  [REACT]: `import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
export const { act, createElement, Fragment, StrictMode, useEffect, useRef, useState } = React;
export { createRoot, flushSync };
export default React;`,
  [VUE]: `export * from 'vue/dist/vue.esm-browser.js';`,
  // One module, so the packages share one Angular; the compiler first, for just-in-time compilation of templates.
  [ANGULAR]: `import '@angular/compiler';
export * from '@angular/core';
export * from '@angular/forms';
export { bootstrapApplication } from '@angular/platform-browser';`,
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
