// How TypeScript sources are compiled everywhere (tests, catalogue, build): standard decorators and
// `accessor` lowered for today's browsers; import attributes (`with { type: 'json' }`) kept.
export const esbuildOptions = {
  target: 'es2022',
  supported: { 'import-attributes': true },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
};
