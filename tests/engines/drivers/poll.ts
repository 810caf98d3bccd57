import { setTimeout as sleep } from 'node:timers/promises';
import { reasonOf } from './errors.ts';

/** How long to pause between two attempts. */
const PAUSE_MS = 50;

/**
 * Calls `attempt` until it gives something other than null, and returns that; an error for which
 * `retry` is true counts as null. After `timeoutMs`, fails saying that `what` did not happen (and
 * what the last error was).
 */
export async function poll<T>(
  what: string,
  timeoutMs: number,
  attempt: () => Promise<T | null>,
  retry: (error: unknown) => boolean,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let lastReason = '';
    try {
      const value = await attempt();
      if (value !== null) return value;
    } catch (error) {
      if (!retry(error)) throw error;
      lastReason = reasonOf(error);
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} within ${timeoutMs} ms${lastReason && ` (last: ${lastReason})`}`);
    }
    await sleep(PAUSE_MS);
  }
}
