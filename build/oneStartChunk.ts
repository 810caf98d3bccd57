import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo: (id: string) => { importedIds: readonly string[] } | null;
}

/** The modules `entry` imports, directly or through others, without those it loads on demand. */
function staticClosure(entry: string, graph: ModuleGraph): Set<string> {
  const found = new Set<string>();
  const pending = [entry];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * Everything the app needs to start goes in one chunk with `src/start.tsx`, apart from what the
 * page's entry script needs before it. Left to itself, the bundler splits what the start shares
 * with each part loaded on demand (React, the stores, ids) into chunks of their own, as it cannot
 * know that those parts are only ever loaded after the start: the first visit then fetches many
 * small files, compressed apart, and more bytes in all.
 */
export function oneStartChunk(start = 'src/start.tsx', entry = 'src/main.tsx'): Plugin {
  let inStart: ((id: string) => boolean) | undefined;
  let root = process.cwd();
  return {
    name: 'one-start-chunk',
    apply: (_, { isSsrBuild }) => isSsrBuild !== true,
    configResolved(config) {
      root = config.root;
    },
    // The graph is read afresh in each build.
    buildStart() {
      inStart = undefined;
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // What the page's entry needs stays out of it, though the start imports it too.
              includeDependenciesRecursively: false,
              groups: [
                {
                  debugName: 'start',
                  name: (id, graph) => {
                    if (inStart === undefined) {
                      const started = staticClosure(resolve(root, start), graph);
                      const before = staticClosure(resolve(root, entry), graph);
                      inStart = (module) => started.has(module) && !before.has(module);
                    }
                    return inStart(id) ? 'start' : null;
                  },
                },
              ],
            },
          },
        },
      },
    }),
  };
}
