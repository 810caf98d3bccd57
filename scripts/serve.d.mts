/** Types for scripts/serve.mjs, so that the tests can import it. */
import type { Server } from 'node:http';

export declare const CONTENT_TYPES: Readonly<Record<string, string>>;

export declare function sitePath(url: string, base: string): string | null;

export declare function fileAt(directory: string, path: string): string;

export declare function serveStatic(
  directory: string,
  port: number,
  options?: { base?: string; headers?: Record<string, string> },
): Promise<Server>;

export declare function serveBuild(directory: string, port: number): Promise<Server>;
