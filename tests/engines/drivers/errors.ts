import type { EngineName, Target } from '../driver.ts';

/** `target` as an error message names it. */
export const describeTarget = (target: Target) => ('css' in target ? target.css : `${target.role} "${target.name}"`);

/** What went wrong, in words: an error's message, or its name if it has none (some drivers send none). */
export const reasonOf = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

/**
 * Runs `action`; if it fails, fails with the engine's name and what was being done first
 * (`[webkit] click checkbox "…": …`), as one run shows the errors of every engine.
 */
export async function inEngine<T>(engine: EngineName, doing: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new Error(`[${engine}] ${doing}: ${reasonOf(error)}`, { cause: error });
  }
}
