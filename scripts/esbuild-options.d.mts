import type { TransformOptions } from 'esbuild';

export declare const esbuildOptions: Pick<TransformOptions, 'target' | 'supported' | 'tsconfigRaw'>;
