import { FORMER_PARTS } from '../content/formerParts.ts';
import { tickableIdsOf, type StepShape } from '../content/structure.ts';
import { CURRENT_VERSION, MAX_NOTE_LENGTH, type StoredProgress } from './stored.ts';

// Progress from storage, a file or a link is not trusted whole: it is upgraded from older versions
// and read entry by entry, keeping what this guide knows and dropping the rest.

/** How far ahead of this device's clock a stored time may be before it is not believed. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/*
 * The stored shapes are checked by hand rather than with zod: zod/mini cost 6.6 kB of the page's
 * 85 kB JavaScript budget for four shapes, and the reader is proven over 10,000 generated values
 * by tests/unit/restore.property.test.ts. The guide itself is still checked with zod, at build time.
 */
type Shape = Record<string, unknown>;

function isPlainObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these keys. */
const hasKeys = (value: unknown, ...keys: string[]): value is Shape =>
  isPlainObject(value) && Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

const isEnvelope = (value: unknown): value is { state: unknown; version: number } =>
  hasKeys(value, 'state', 'version') && typeof value.version === 'number';
const isStateV2 = (value: unknown): value is { done: Shape; notes: Shape } =>
  hasKeys(value, 'done', 'notes') && isPlainObject(value.done) && isPlainObject(value.notes);

/** ISO 8601 date and time with seconds optional and a zone (`Z` or an offset), as toISOString writes. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface ReadResult {
  progress: StoredProgress;
  /** False when anything stored was dropped, changed or unreadable. */
  lossless: boolean;
  /** True when it was stored by an older version: kept whole, but in a shape to write afresh. */
  outdated: boolean;
}

const NOTHING_READ: ReadResult = { progress: { done: {}, notes: {} }, lossless: false, outdated: false };

/**
 * Progress stored by this version for a guide whose steps are `items`, if `stored` holds exactly
 * that, with nothing to drop, upgrade or repair; else `null`. What the page's early script reads
 * (src/early/): anything else is for `readProgress`, in the app.
 */
export function readExact(stored: unknown, items: readonly StepShape[], now = Date.now()): StoredProgress | null {
  if (!isEnvelope(stored) || stored.version !== CURRENT_VERSION || !isStateV2(stored.state)) return null;
  const { progress, lossless } = restore(stored.state, items, now);
  return lossless ? progress : null;
}

/**
 * Reads back whatever was stored (an envelope's value, or anything else) for a guide whose steps
 * are `items`. Older versions are upgraded; then every tick and note of the guide is kept and
 * everything else dropped, entry by entry.
 */
export function readProgress(stored: unknown, items: readonly StepShape[], now = Date.now()): ReadResult {
  if (Array.isArray(stored)) return fromIds(stored, items, now);
  if (!isEnvelope(stored)) return NOTHING_READ;
  const { state, version } = stored;
  if (version === 0 && Array.isArray(state)) return fromIds(state, items, now);
  if (!Number.isInteger(version) || version < 1 || !isPlainObject(state) || !isPlainObject(state.done))
    return NOTHING_READ;
  // A state of another shape is salvaged: what is recognised is kept, and the rest reported lost.
  const known = version === 1 ? hasKeys(state, 'done') : isStateV2(state);
  const done = known ? withoutFormerParts(state.done) : state.done;
  const notes = isPlainObject(state.notes) ? state.notes : {};
  const { progress, lossless } = restore({ done, notes }, items, now);
  // A newer version of the app may have stored things this one cannot know about.
  const outdated = known && (version < CURRENT_VERSION || done !== state.done);
  return { progress, lossless: lossless && known && version <= CURRENT_VERSION, outdated };
}

/**
 * The done ids with each former part read as its step: done (at the latest of their times) if all
 * of them were; the same object if none is there.
 */
function withoutFormerParts(done: Shape): Shape {
  let current = done;
  for (const [step, parts] of Object.entries(FORMER_PARTS)) {
    if (!parts.some((id) => Object.hasOwn(done, id))) continue;
    current = Object.fromEntries(Object.entries(current).filter(([id]) => !parts.includes(id)));
    if (parts.every((id) => Object.hasOwn(done, id)) && !Object.hasOwn(current, step))
      current[step] = latest(parts.map((id) => done[id]));
  }
  return current;
}

/** The latest of some stored times (`null` if none is known); a bad one is left for `trustedTime` to refuse. */
const latest = (times: readonly unknown[]): unknown =>
  times.reduce((found, time) => (found === null || timeOf(time) > timeOf(found) ? time : found), null);
const timeOf = (time: unknown) => (typeof time === 'string' ? Date.parse(time) : NaN);

/** Version 0: a plain array of the ids that were done, with no times. */
function fromIds(ids: readonly unknown[], items: readonly StepShape[], now: number): ReadResult {
  const done = Object.fromEntries(ids.filter((id) => typeof id === 'string').map((id) => [id, null]));
  const { progress, lossless } = restore({ done, notes: {} }, items, now);
  return { progress, lossless: lossless && Object.keys(done).length === ids.length, outdated: true };
}

/**
 * The guide's ticks and notes in `stored`, and whether that is all of it, unchanged. Only the
 * guide's own ids are looked up (with `Object.hasOwn`), so no key such as `__proto__` is followed.
 */
function restore(stored: { done: Shape; notes: Shape }, items: readonly StepShape[], now: number) {
  const done: Record<string, string | null> = {};
  const notes: Record<string, string> = {};
  /** How many stored entries are kept as they are. */
  let unchanged = 0;
  const take = (id: string) => {
    const time = trustedTime(stored.done[id], now);
    if (time !== undefined) unchanged += 1;
    return time ?? null;
  };
  for (const item of items) {
    // A step with parts that was stored as done (version 1 and before) means all its parts are.
    const wholeStep = item.subItems && Object.hasOwn(stored.done, item.id) ? take(item.id) : undefined;
    for (const id of tickableIdsOf(item)) {
      if (Object.hasOwn(stored.done, id)) done[id] = take(id);
      else if (wholeStep !== undefined) done[id] = wholeStep;
    }
    const note = Object.hasOwn(stored.notes, item.id) ? stored.notes[item.id] : undefined;
    if (typeof note !== 'string') continue;
    if (note.length <= MAX_NOTE_LENGTH) unchanged += 1;
    if (note !== '') notes[item.id] = note.slice(0, MAX_NOTE_LENGTH);
  }
  const lossless = unchanged === Object.keys(stored.done).length + Object.keys(stored.notes).length;
  return { progress: { done, notes }, lossless };
}

/** The stored time if it can be believed, `null` if none was stored, `undefined` if it is bad. */
function trustedTime(value: unknown, now: number): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return undefined;
  return Date.parse(value) <= now + CLOCK_SKEW_MS ? value : undefined;
}
