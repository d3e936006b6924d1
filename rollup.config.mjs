// Builds the i18n and components packages into their dist/ folders (ESM, one entry per component),
// plus one self-contained CDN file that registers every component. Tokens are built by Style Dictionary.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { esbuildOptions } from './scripts/esbuild-options.mjs';
import { minifyCssPlugin } from './scripts/minify-css-literals.mjs';

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

/** Packages the ESM builds leave to the page's bundler, so a page has one Lit and one shared translation instance. */
const external = (id) => /^(lit|@lit\/|lit-html|lit-element|@sugam\/)/.test(id);

const esm = (pkgDir) => ({
  input: entries(pkgDir),
  external,
  plugins: [json({ preferConst: true }), minifyCssPlugin, typescript()],
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
  minifyCssPlugin,
  typescript(),
  terser({ format: { comments: false } }),
];

/**
 * A CDN build of one entry into dist/cdn/: the entry file at the top, each language's strings in its own file under
 * `folder`locales/ (fetched only when a page shows that language), and other chunks named by `chunkName`.
 */
const cdnBuild = (name, entry, folder, chunkName) => ({
  input: { [name]: entry },
  plugins: cdnPlugins(),
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    sourcemap: true,
    chunkFileNames: (chunk) => {
      const locale = /locales\/([^/]+)\/(sugam|cldr)\.json$/.exec(chunk.facadeModuleId ?? '');
      return locale ? `${folder}locales/${locale[1]}-${locale[2]}-[hash].js` : `${folder}${chunkName(chunk)}-[hash].js`;
    },
  },
});

/** sugam.js: every component, Lit and the translation engine in one file. */
const cdn = cdnBuild('sugam', 'packages/components/src/index.ts', '', () => 'chunks/[name]');

/**
 * The CDN autoloader: sugam-autoloader.js is small and registers each element the first time the page uses it,
 * fetching that component's file from autoload/ (named after its folder), and the code those share once.
 */
const cdnAutoloader = cdnBuild('sugam-autoloader', 'packages/components/src/autoloader.ts', 'autoload/', (chunk) => {
  const component = /components\/src\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? '');
  return component ? component[1] : 'shared';
});

/** A classic (blocking) script for the page's <head> that applies the visitor's stored accessibility settings. */
const cdnA11yBoot = {
  input: 'packages/components/src/a11y-toolbar/boot.ts',
  plugins: cdnPlugins(),
  output: { file: 'packages/components/dist/cdn/sugam-a11y-boot.js', format: 'iife', sourcemap: true },
};

export default [esm('packages/i18n'), esm('packages/components'), cdn, cdnAutoloader, cdnA11yBoot];
