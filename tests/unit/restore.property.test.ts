import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allItems, itemIds, tickableIds } from '../../src/content/guide.ts';
import { readProgress } from '../../src/progress/restore.ts';
import { parseStored } from '../../src/progress/stored.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { installBrowserStorage } from '../support/browser-storage.ts';

installBrowserStorage();

const NOW = Date.parse('2026-11-29T00:00:00Z');
const RUNS = 10_000;
const knownIds = [...new Set([...itemIds, ...tickableIds])];

/** The ticks stored ids stand for: a stored step with parts stands for all its parts. */
function ticksFor(stored: (id: string) => boolean): string[] {
  return allItems.flatMap((item) =>
    item.subItems
      ? item.subItems.filter((sub) => stored(sub.id) || stored(item.id)).map((sub) => sub.id)
      : stored(item.id)
        ? [item.id]
        : [],
  );
}

/** A stored value and the ids it holds that any version of the app would call ticked. */
interface Case {
  raw: string;
  ticked: string[];
}

const junk = fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }), fc.constant(undefined));
const id = fc.oneof(
  fc.constantFrom(...knownIds),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ui-title'),
  fc.string(),
);
const time = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constant(null),
  junk,
);

const randomText: fc.Arbitrary<Case> = fc
  .string({ unit: 'binary', maxLength: 300 })
  .map((raw) => ({ raw, ticked: [] }));
const randomJson: fc.Arbitrary<Case> = fc.jsonValue().map((value) => ({ raw: JSON.stringify(value), ticked: [] }));

const nearV1: fc.Arbitrary<Case> = fc
  .record({
    entries: fc.array(fc.tuple(id, time), { maxLength: 20 }),
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.integer({ min: 3, max: 99 })),
    extraState: fc.option(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }), { nil: undefined }),
  })
  .map(({ entries, version, extraState }) => {
    const done: Record<string, unknown> = {};
    for (const [key, value] of entries)
      Object.defineProperty(done, key, { value, enumerable: true, configurable: true, writable: true });
    const notes = version === 1 ? undefined : {};
    const raw = JSON.stringify({ state: { ...extraState, done, notes }, version });
    // Entries whose value is undefined vanish in JSON, so look at what was actually stored.
    const storedDone = (JSON.parse(raw) as { state: { done: object } }).state.done;
    const ticked = ticksFor((known) => Object.hasOwn(storedDone, known));
    return { raw, ticked };
  });

const nearV0: fc.Arbitrary<Case> = fc
  .record({ ids: fc.array(fc.oneof(id, junk), { maxLength: 20 }), bare: fc.boolean() })
  .map(({ ids, bare }) => ({
    raw: JSON.stringify(bare ? ids : { state: ids, version: 0 }),
    ticked: ticksFor((known) => ids.includes(known)),
  }));

const storedValue = fc.oneof(randomText, randomJson, nearV1, nearV0, nearV1);

function expectValid(done: Record<string, string | null>) {
  for (const [key, value] of Object.entries(done)) {
    expect(tickableIds.has(key)).toBe(true);
    if (value !== null) {
      expect(typeof value).toBe('string');
      expect(Date.parse(value)).toBeLessThanOrEqual(NOW + 24 * 3600 * 1000);
    }
  }
}

// Ten thousand values take about a second when the processor is free; allow for it being shared.
describe('reading any stored value (property)', { timeout: 30_000 }, () => {
  it(`never throws, always yields valid progress, and keeps every tick (${RUNS} values)`, () => {
    fc.assert(
      fc.property(storedValue, ({ raw, ticked }) => {
        const { progress } = readProgress(parseStored(raw), allItems, NOW);
        expectValid({ ...progress.done });
        expect(Object.keys(progress.done).sort()).toEqual([...ticked].sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('holds through the real store and localStorage too', async () => {
    await fc.assert(
      fc.asyncProperty(storedValue, async ({ raw, ticked }) => {
        localStorage.setItem(STORAGE_KEY, raw);
        await useProgress.persist.rehydrate();
        expect(Object.keys(useProgress.getState().done).sort()).toEqual([...ticked].sort());
      }),
      { numRuns: 500 },
    );
  });
});
