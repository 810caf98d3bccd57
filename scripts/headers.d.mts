export declare function readHeadersFile(distDir?: string): Record<string, string>;
