import type { Rolldown } from 'vite';

type Graph = Pick<Rolldown.ChunkingContext, 'getModuleInfo'>;

/** The modules `entry` imports, directly or through others, without those it loads on demand. */
function staticClosure(entry: string, graph: Graph): Set<string> {
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
 * The client build's chunking (`output.codeSplitting`): everything the app needs to start goes in
 * one chunk with `start`, apart from what the page's `entry` needs before it. Left to itself, the
 * bundler splits what the start shares with each part loaded on demand (React, the stores, ids)
 * into chunks of their own, as it cannot know that those parts are only ever loaded after the
 * start: the first visit then fetches many small files, compressed apart, and more bytes in all.
 */
export const startChunk = (start: string, entry: string): Rolldown.CodeSplittingOptions => ({
  // What the page's entry needs stays out of it, though the start imports it too.
  includeDependenciesRecursively: false,
  groups: [
    {
      debugName: 'start',
      name: (id, graph) =>
        staticClosure(start, graph).has(id) && !staticClosure(entry, graph).has(id) ? 'start' : null,
    },
  ],
});
