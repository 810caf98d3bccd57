import * as z from 'zod/mini';
import { itemIds } from '../content/guide.ts';

// zod probes `new Function` for a faster path; the page's Content-Security-Policy forbids it.
z.config({ jitless: true });

/**
 * Which guide items are done, and when (ISO 8601). `null` means done at an unknown time: progress
 * upgraded from version 0, which kept no times, or a stored time that could not be trusted.
 */
export type DoneMap = Readonly<Record<string, string | null>>;

export interface StoredProgress {
  done: DoneMap;
}

export const CURRENT_VERSION = 1;

/** How far ahead of this device's clock a stored time may be before it is not believed. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const Envelope = z.strictObject({ state: z.unknown(), version: z.number() });
const StateV0 = z.array(z.unknown());
const StateV1 = z.strictObject({ done: z.custom<Record<string, unknown>>(isPlainObject) });
const DoneTime = z.iso.datetime({ offset: true });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ReadResult {
  progress: StoredProgress;
  /** False when anything stored was dropped, changed or unreadable. */
  lossless: boolean;
}

const NOTHING_READ: ReadResult = { progress: { done: {} }, lossless: false };

/**
 * Reads progress back from the text stored under our key, whatever it holds. Older versions are
 * upgraded; then every tick of a guide item is kept and everything else dropped, entry by entry.
 * Only guide ids are looked up (with `Object.hasOwn`), so the work is bounded and no key such as
 * `__proto__` is ever followed.
 */
export function readProgress(raw: string, now: number = Date.now()): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return NOTHING_READ;
  }
  if (StateV0.safeParse(data).success) return fromV0(data as unknown[]);

  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return NOTHING_READ;
  const { state, version } = envelope.data;
  if (version === 0 && StateV0.safeParse(state).success) return fromV0(state as unknown[]);
  if (!Number.isInteger(version) || version < CURRENT_VERSION) return NOTHING_READ;

  const result = fromV1(state, now);
  // A newer version of the app may have stored things this one cannot know about.
  return version === CURRENT_VERSION ? result : { ...result, lossless: false };
}

/** Version 0: a plain array of the ids that were done, with no times. */
function fromV0(ids: readonly unknown[]): ReadResult {
  const done: Record<string, null> = {};
  for (const id of ids) if (typeof id === 'string' && itemIds.has(id)) done[id] = null;
  return { progress: { done }, lossless: Object.keys(done).length === ids.length };
}

function fromV1(state: unknown, now: number): ReadResult {
  const parsed = StateV1.safeParse(state);
  if (!parsed.success) {
    // Salvage `done` even when the rest of the state is not what we expect.
    const done = isPlainObject(state) && isPlainObject(state.done) ? state.done : null;
    return done === null ? NOTHING_READ : { ...restoreDone(done, now), lossless: false };
  }
  return restoreDone(parsed.data.done, now);
}

function restoreDone(stored: Record<string, unknown>, now: number): ReadResult {
  const done: Record<string, string | null> = {};
  let lossless = true;
  for (const id of itemIds) {
    if (!Object.hasOwn(stored, id)) continue;
    const time = trustedTime(stored[id], now);
    if (time === undefined) lossless = false;
    done[id] = time ?? null;
  }
  if (Object.keys(stored).length !== Object.keys(done).length) lossless = false;
  return { progress: { done }, lossless };
}

/** The stored time if it can be believed, `null` if none was stored, `undefined` if it is bad. */
function trustedTime(value: unknown, now: number): string | null | undefined {
  if (value === null) return null;
  if (!DoneTime.safeParse(value).success) return undefined;
  const time = Date.parse(value as string);
  return time <= now + CLOCK_SKEW_MS ? (value as string) : undefined;
}
