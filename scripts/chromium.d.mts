/** Types for scripts/chromium.mjs, so that playwright.config.ts can import it. */
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): string | null;
