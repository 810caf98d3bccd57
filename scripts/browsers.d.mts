/** Types for scripts/browsers.mjs, so that the engine tests can import it. */
export declare function findExecutable(envVar: string, paths: readonly string[]): string | null;
export declare function findFirefox(): string | null;
export declare function findWebKitDriver(): string | null;
export declare function findMiniBrowser(): string | null;
export declare function findXvfb(): string | null;
