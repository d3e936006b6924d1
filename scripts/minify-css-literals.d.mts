/** The source with the text of every css`…` template minified (line breaks kept). */
export declare function minifyCssLiterals(code: string, fileName?: string): string;
/** Whether a module is a component source (the only place with css templates). */
export declare function isComponentSource(id: string): boolean;
export declare const minifyCssEsbuildPlugin: { name: string; setup(build: unknown): void };
export declare const minifyCssPlugin: { name: string; transform(codeOrContext: unknown, id?: string): unknown };
