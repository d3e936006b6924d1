import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';
import { defaultClientConditions, type Plugin } from 'vite';
import { esbuildOptions } from '../scripts/esbuild-options.mjs';
import { isComponentSource, minifyCssLiterals } from '../scripts/minify-css-literals.mjs';

/** Vite's own TypeScript transform (Oxc) leaves standard decorators in place; esbuild lowers them first. It also
 * minifies the component styles, as the published build does. */
const decorators: Plugin = {
  name: 'sugam-standard-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/packages\/[^/]+\/src\/.+\.ts$/.test(id)) return null;
    // The component styles as the published build ships them (minified); decorators lowered.
    const source = isComponentSource(id) ? minifyCssLiterals(code, id) : code;
    if (source === code && !code.includes('@')) return null;
    const result = await transform(source, { ...esbuildOptions, loader: 'ts', sourcefile: id, sourcemap: true });
    return { code: result.code, map: result.map };
  },
};

const config: StorybookConfig = {
  // SUGAM_STORIES=alert,tabs builds only those story files (quick screenshots while working on a component).
  stories: process.env.SUGAM_STORIES
    ? process.env.SUGAM_STORIES.split(',').map((name) => `../stories/${name.trim()}.stories.ts`)
    : ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../packages/tokens/dist', to: '/tokens' }],
  async viteFinal(viteConfig) {
    // Stories import the TypeScript sources of the workspace packages, like the tests do.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', ...defaultClientConditions];
    viteConfig.plugins = [...(viteConfig.plugins ?? []), decorators];
    return viteConfig;
  },
};

export default config;
