export declare function nginxLocation(buildDir: string, webRoot: string): string;
