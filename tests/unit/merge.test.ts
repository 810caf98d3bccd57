import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickableIds } from '../../src/content/guide.ts';
import { holdsAll, mergeProgress, NOTE_JOIN, revertChange } from '../../src/progress/merge.ts';
import { MAX_NOTE_LENGTH, type StoredProgress } from '../../src/progress/stored.ts';

const time = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
/** Any progress, on a few steps' notes so that the same one often comes up twice. */
const side = fc.record({
  done: fc.dictionary(fc.constantFrom(...tickableIds), time),
  notes: fc.dictionary(
    fc.constantFrom('contact-carrier', 'keep-records'),
    fc.string({ minLength: 1, maxLength: MAX_NOTE_LENGTH }),
  ),
});

const LABELS = { mine: '我的：', theirs: '对方的：' };

const progress = (done: StoredProgress['done'], notes: StoredProgress['notes'] = {}): StoredProgress => ({
  done,
  notes,
});

describe('merging someone else’s progress into one’s own', () => {
  it('keeps every tick of both, each with the earlier of its times', () => {
    const own = progress({ 'back-up-data': '2026-11-20T08:00:00.000Z', 'settle-bills': '2026-11-21T08:00:00.000Z' });
    const theirs = progress({ 'settle-bills': '2026-11-19T08:00:00.000Z', 'contact-carrier': null });
    expect(mergeProgress(own, theirs, LABELS).progress.done).toEqual({
      'back-up-data': '2026-11-20T08:00:00.000Z',
      'settle-bills': '2026-11-19T08:00:00.000Z',
      'contact-carrier': null,
    });
  });

  it('prefers a known time to an unknown one, whichever side it is on', () => {
    const known = progress({ 'keep-records': '2026-11-20T08:00:00.000Z' });
    const unknown = progress({ 'keep-records': null });
    expect(mergeProgress(known, unknown, LABELS).progress.done).toEqual(known.done);
    expect(mergeProgress(unknown, known, LABELS).progress.done).toEqual(known.done);
  });

  it('keeps both notes where they differ, one after the other, each labelled whose it is, and one where they agree', () => {
    const own = progress({}, { 'contact-carrier': '工单 0042', 'keep-records': '抽屉' });
    const theirs = progress(
      {},
      { 'contact-carrier': '客服说周一回电', 'keep-records': '抽屉', 'watch-number': '短信' },
    );
    const { progress: merged, notesKept } = mergeProgress(own, theirs, LABELS);
    expect(merged.notes).toEqual({
      'contact-carrier': `我的：工单 0042${NOTE_JOIN}对方的：客服说周一回电`,
      'keep-records': '抽屉',
      'watch-number': '短信',
    });
    expect(notesKept).toEqual([]);
  });

  it('keeps one’s own note, and names the step, when both together are too long for a note', () => {
    const own = progress({}, { 'contact-carrier': '甲'.repeat(300) });
    const theirs = progress({}, { 'contact-carrier': '乙'.repeat(300) });
    const { progress: merged, notesKept } = mergeProgress(own, theirs, LABELS);
    expect(merged.notes).toEqual(own.notes);
    expect(notesKept).toEqual(['contact-carrier']);
  });

  it('loses no tick, and writes no note longer than a note may be, whatever the two hold', () => {
    fc.assert(
      fc.property(side, side, (own, theirs) => {
        const { progress: merged, notesKept } = mergeProgress(own, theirs, LABELS);
        expect(Object.keys(merged.done).sort()).toEqual(
          [...new Set([...Object.keys(own.done), ...Object.keys(theirs.done)])].sort(),
        );
        for (const [id, note] of Object.entries(merged.notes)) {
          expect(note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
          if (!notesKept.includes(id)) {
            expect(note).toContain(own.notes[id] ?? '');
            expect(note).toContain(theirs.notes[id] ?? '');
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('undoing a reset, an import or a link taken or merged', () => {
  it('brings back exactly what was there, when nothing has changed since', () => {
    fc.assert(
      fc.property(side, side, (before, after) => {
        expect(revertChange(before, after, after)).toEqual(before);
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps every tick, untick and note changed since, and undoes the rest', () => {
    fc.assert(
      fc.property(side, side, side, (before, after, current) => {
        const reverted = revertChange(before, after, current);
        for (const key of ['done', 'notes'] as const) {
          const ids = new Set([...Object.keys(before[key]), ...Object.keys(after[key]), ...Object.keys(current[key])]);
          for (const id of ids) {
            const changedSince = current[key][id] !== after[key][id];
            expect(reverted[key][id]).toEqual(changedSince ? current[key][id] : before[key][id]);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps a note written after merging', () => {
    const before = progress({ 'back-up-data': null });
    const after = progress({ 'back-up-data': null, 'settle-bills': null }, { 'contact-carrier': '周一回电' });
    const current = { ...after, notes: { 'contact-carrier': '周一回电，工单 0042' } };
    expect(revertChange(before, after, current)).toEqual({
      done: { 'back-up-data': null },
      notes: { 'contact-carrier': '周一回电，工单 0042' },
    });
  });
});

describe('holdsAll: is what a reminder holds kept here?', () => {
  const reminder = {
    done: { 'keep-records': null, 'settle-bills': null },
    notes: { 'contact-carrier': '工单号 0042' },
  };

  it('is not, where the browser cleared it, or kept only part of it', () => {
    expect(holdsAll({ done: {}, notes: {} }, reminder)).toBe(false);
    expect(holdsAll({ done: { 'keep-records': null }, notes: { 'contact-carrier': '工单号 0042' } }, reminder)).toBe(
      false,
    );
    expect(holdsAll({ done: reminder.done, notes: {} }, reminder)).toBe(false);
  });

  it('is, with every tick and note, and with notes the person has changed since, and more', () => {
    expect(holdsAll(reminder, reminder)).toBe(true);
    const since = {
      done: { ...reminder.done, 'back-up-data': null },
      notes: { 'contact-carrier': '工单号 0043，已受理' },
    };
    expect(holdsAll(since, reminder)).toBe(true);
  });
});
