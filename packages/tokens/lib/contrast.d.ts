export type ContrastKind = 'text' | 'large-text' | 'ui';
export interface ContrastPairDeclaration {
  kind: ContrastKind;
  fg: string | string[];
  bg: string | string[];
  note?: string;
}
export interface ContrastPair {
  fg: string;
  bg: string;
  kind: ContrastKind;
  minimum: number;
  note: string;
}
export interface ContrastResult extends ContrastPair {
  fgValue: string;
  bgValue: string;
  ratio: number;
  pass: boolean;
  message: string;
}
export declare const MINIMUM_RATIO: Readonly<Record<ContrastKind, number>>;
export declare function cssVariable(path: string): string;
export declare function parseColor(input: string): [number, number, number, number] | null;
export declare function relativeLuminance(rgb: readonly number[]): number;
export declare function contrastRatio(
  foreground: string | readonly number[],
  background: string | readonly number[],
): number;
export declare function expandPairs(
  declaration: { pairs: ContrastPairDeclaration[] } | ContrastPairDeclaration[],
): ContrastPair[];
export declare function checkContrast(
  declaration: { pairs: ContrastPairDeclaration[] } | ContrastPairDeclaration[],
  resolve: (tokenPath: string) => string,
  context?: string,
): { checked: number; results: ContrastResult[]; failures: ContrastResult[] };
