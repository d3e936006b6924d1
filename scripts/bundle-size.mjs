// How many bytes a page downloads up front for an entry point: minified, gzipped, with Lit and the i18n layer,
// without the locale files that load only when a page shows that language. Used by the benchmark and the size
// budgets (npm run check:size).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { esbuildOptions } from './esbuild-options.mjs';
import { minifyCssEsbuildPlugin } from './minify-css-literals.mjs';

/** esbuild options for a production bundle of Sugam sources, as the published build ships them. */
export const productionBundle = {
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  write: false,
  metafile: true,
  chunkNames: '[name]-[hash]',
  conditions: ['source', 'browser', 'production'],
  ...esbuildOptions,
  // The component styles as the published build ships them.
  plugins: [minifyCssEsbuildPlugin],
};

/** A lazily loaded locale file (any language but English, which is bundled). */
const lazyLocale = (input) => /locales\/(?!en\/)[^/]+\/[\w-]+\.json$/.test(input);

/** The gzip size of every output of an esbuild result (with metafile) except the lazily loaded locale files. */
export function upFrontGzipBytes(result) {
  const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  return Object.entries(result.metafile.outputs)
    .filter(([, meta]) => !Object.keys(meta.inputs).some(lazyLocale))
    .map(([path]) => [...contents].find(([absolute]) => absolute.endsWith(`/${path}`))[1])
    .reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
}

/** Bundles one entry point and returns its up-front gzip size in bytes. */
export async function entryGzipBytes(entry, outdir = 'size-out') {
  return upFrontGzipBytes(await build({ ...productionBundle, entryPoints: [entry], outdir, logLevel: 'silent' }));
}
