// Builds the i18n and components packages into their dist/ folders (ESM, one entry per component),
// plus one self-contained CDN file that registers every component. Tokens are built by Style Dictionary.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { esbuildOptions } from './scripts/esbuild-options.mjs';

const typescript = () => esbuild({ ...esbuildOptions, loader: 'ts', include: /\.ts$/, sourceMap: true });

/** Entry points of a package: every `exports` subpath with a `source` condition. */
function entries(pkgDir) {
  const { exports } = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  return Object.fromEntries(
    Object.values(exports)
      .filter((target) => typeof target === 'object' && target.source)
      .map((target) => [target.source.replace(/^\.\/src\//, '').replace(/\.ts$/, ''), `${pkgDir}/${target.source}`]),
  );
}

/** Packages the ESM builds leave to the page's bundler, so a page has one Lit and one shared i18next instance. */
const external = (id) => /^(lit|@lit\/|lit-html|lit-element|i18next|@sugam\/)/.test(id);

const esm = (pkgDir) => ({
  input: entries(pkgDir),
  external,
  plugins: [json({ preferConst: true }), typescript()],
  output: {
    dir: `${pkgDir}/dist`,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `${pkgDir}/src`,
  },
});

const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
  json({ preferConst: true, compact: true }),
  typescript(),
  terser({ format: { comments: false } }),
];

/** The locale a lazily loaded chunk holds (`hi`, `sugam`), from its module path, or null. */
const localeOf = (chunk) => /locales\/([^/]+)\/(sugam|cldr)\.json$/.exec(chunk.facadeModuleId ?? '');

const cdn = {
  input: { sugam: 'packages/components/src/index.ts' },
  plugins: cdnPlugins(),
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    sourcemap: true,
    // Locales other than English are split into their own files next to sugam.js and fetched on demand.
    chunkFileNames: (chunk) => {
      const locale = localeOf(chunk);
      return locale ? `locales/${locale[1]}-${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
    },
  },
};

/**
 * The CDN autoloader: sugam-autoloader.js is small and registers each element the first time the page uses it,
 * fetching that component's file from autoload/ (named after its folder), and the code those share once.
 */
const cdnAutoloader = {
  input: { 'sugam-autoloader': 'packages/components/src/autoloader.ts' },
  plugins: cdnPlugins(),
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    sourcemap: true,
    chunkFileNames: (chunk) => {
      const locale = localeOf(chunk);
      if (locale) return `autoload/locales/${locale[1]}-${locale[2]}-[hash].js`;
      const component = /components\/src\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? '');
      return `autoload/${component ? component[1] : 'shared'}-[hash].js`;
    },
  },
};

/** A classic (blocking) script for the page's <head> that applies the visitor's stored accessibility settings. */
const cdnA11yBoot = {
  input: 'packages/components/src/a11y-toolbar/boot.ts',
  plugins: cdnPlugins(),
  output: { file: 'packages/components/dist/cdn/sugam-a11y-boot.js', format: 'iife', sourcemap: true },
};

export default [esm('packages/i18n'), esm('packages/components'), cdn, cdnAutoloader, cdnA11yBoot];
