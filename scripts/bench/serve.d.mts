/** Types for scripts/bench/serve.mjs, so that the end-to-end tests can import it. */
import type { Server } from 'node:http';

export declare const CONTENT_TYPES: Readonly<Record<string, string>>;

export declare function serveStatic(directory: string, port: number, headers?: Record<string, string>): Promise<Server>;
