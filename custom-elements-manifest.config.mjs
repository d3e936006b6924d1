// Generates packages/components/custom-elements.json from the components' doc comments.
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: ['packages/components/src/internal/**', 'packages/components/src/**/*.styles.ts'],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
