export declare function readHostRules(distDir?: string): { base: string; headers: Record<string, string> };
