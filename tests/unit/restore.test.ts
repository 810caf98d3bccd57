import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/content/guide.ts';
import { readProgress } from '../../src/progress/restore.ts';
import { parseStored } from '../../src/progress/stored.ts';
import v0Bare from '../fixtures/progress-v0-bare.json?raw';
import v0Envelope from '../fixtures/progress-v0-envelope.json?raw';
import v1Fixture from '../fixtures/progress-v1.json?raw';
import v2DocumentsFixture from '../fixtures/progress-v2-documents.json?raw';
import v2Fixture from '../fixtures/progress-v2.json?raw';

const NOW = Date.parse('2026-11-29T00:00:00Z');
const read = (raw: string) => readProgress(parseStored(raw), allItems, NOW);
const fixtures: Record<string, string> = {
  'progress-v0-bare.json': v0Bare,
  'progress-v0-envelope.json': v0Envelope,
  'progress-v1.json': v1Fixture,
  'progress-v2.json': v2Fixture,
  'progress-v2-documents.json': v2DocumentsFixture,
};
const fixture = (name: string) => fixtures[name] ?? '';
const v2 = (done: unknown, notes: unknown = {}) => JSON.stringify({ state: { done, notes }, version: 2 });

describe('reading stored progress', () => {
  it('reads the current version as it is', () => {
    expect(read(fixture('progress-v2.json'))).toEqual({
      progress: {
        done: {
          'back-up-data': '2026-11-02T09:15:00.000Z',
          'return-sim-card': '2026-11-03T10:00:00.000Z',
          'update-wechat': '2026-11-12T20:41:00.000+08:00',
        },
        notes: { 'contact-carrier': '客服工单号 20261103-0042，下周一回电' },
      },
      lossless: true,
      outdated: false,
    });
  });

  it('reads the documents to bring, once parts of the request, as the request done when both were ticked', () => {
    expect(read(fixture('progress-v2-documents.json'))).toEqual({
      progress: {
        done: {
          'back-up-data': '2026-11-02T09:15:00.000Z',
          'submit-request': '2026-11-03T10:02:00.000Z',
          'update-wechat': '2026-11-12T20:41:00.000+08:00',
        },
        notes: { 'submit-request': '营业厅排了 20 分钟队' },
      },
      lossless: true,
      outdated: true,
    });
  });

  it.each([
    ['one document', { 'bring-id-copy': '2026-11-03T10:02:00.000Z' }, {}],
    [
      'both, one at an unknown time',
      { 'bring-id-original': null, 'bring-id-copy': '2026-11-03T10:02:00.000Z' },
      { 'submit-request': '2026-11-03T10:02:00.000Z' },
    ],
    ['both at unknown times', { 'bring-id-original': null, 'bring-id-copy': null }, { 'submit-request': null }],
    [
      'the request itself too',
      { 'submit-request': null, 'bring-id-copy': '2026-11-03T10:02:00.000Z' },
      { 'submit-request': null },
    ],
  ])('keeps the request as it was with %s ticked, and rewrites it', (_what, stored, expected) => {
    expect(read(v2(stored))).toEqual({ progress: { done: expected, notes: {} }, lossless: true, outdated: true });
  });

  it('upgrades version 1, a done step with parts becoming all its parts done', () => {
    expect(read(fixture('progress-v1.json'))).toEqual({
      progress: {
        done: {
          'back-up-data': '2026-11-02T09:15:00.000Z',
          'settle-bills': '2026-11-02T09:20:31.512Z',
          'confirm-cancellation': '2026-11-09T16:02:10.000+08:00',
          'return-sim-card': '2026-11-08T11:00:00.000Z',
          'settle-final-bill': '2026-11-08T11:00:00.000Z',
        },
        notes: {},
      },
      lossless: true,
      outdated: true,
    });
  });

  it.each([
    ['progress-v0-bare.json', ['back-up-data', 'settle-bills', 'check-account-info', 'submit-request']],
    ['progress-v0-envelope.json', ['contact-carrier', 'wait-for-review', 'keep-records']],
  ])('upgrades version 0 (%s) keeping every tick, at unknown times', (name, ids) => {
    const { progress, lossless, outdated } = read(fixture(name));
    expect(progress.done).toEqual(Object.fromEntries(ids.map((id) => [id, null])));
    expect(lossless).toBe(true);
    expect(outdated).toBe(true);
  });

  it('keeps notes of steps, and drops anything else stored as a note', () => {
    expect(read(v2({}, { 'keep-records': '放在抽屉里', 'gone-step': 'x', 'watch-number': 7 }))).toEqual({
      progress: { done: {}, notes: { 'keep-records': '放在抽屉里' } },
      lossless: false,
      outdated: false,
    });
  });

  it.each([
    ['not JSON', '{"state":'],
    ['an empty string', ''],
    ['a number', '42'],
    ['null', 'null'],
    ['the wrong shape', '{"ticks":["back-up-data"]}'],
    ['an older unknown version', JSON.stringify({ state: { done: {} }, version: -1 })],
    ['a fractional version', JSON.stringify({ state: { done: {} }, version: 1.5 })],
    ['a version that is not a number', JSON.stringify({ state: { done: {} }, version: '1' })],
  ])('gives up cleanly on %s, saying something was lost', (_what, raw) => {
    expect(read(raw)).toEqual({ progress: { done: {}, notes: {} }, lossless: false, outdated: false });
  });

  it('drops ids that are not in the guide and keeps the rest', () => {
    expect(read(v2({ 'keep-records': null, 'old-step': null, __proto__: null, toString: null }))).toEqual({
      progress: { done: { 'keep-records': null }, notes: {} },
      lossless: false,
      outdated: false,
    });
  });

  it('keeps a tick whose time is bad, forgetting only the time', () => {
    const { progress, lossless } = read(
      v2({
        'back-up-data': 'yesterday',
        'settle-bills': '2099-01-01T00:00:00.000Z',
        'keep-records': 17,
        'watch-number': 'x'.repeat(1_000_000),
        'wait-for-review': '2026-11-28T23:00:00.000Z',
      }),
    );
    expect(progress.done).toEqual({
      'back-up-data': null,
      'settle-bills': null,
      'keep-records': null,
      'watch-number': null,
      'wait-for-review': '2026-11-28T23:00:00.000Z',
    });
    expect(lossless).toBe(false);
  });

  it('reads what it can from a future version, and says it may have missed something', () => {
    const raw = JSON.stringify({ state: { done: { 'keep-records': null }, notes: {}, tags: { a: 1 } }, version: 7 });
    expect(read(raw)).toEqual({
      progress: { done: { 'keep-records': null }, notes: {} },
      lossless: false,
      outdated: false,
    });
  });

  it('salvages ticks from a state with unexpected fields', () => {
    expect(read(JSON.stringify({ state: { done: { 'settle-bills': null }, junk: 1 }, version: 1 }))).toEqual({
      progress: { done: { 'settle-bills': null }, notes: {} },
      lossless: false,
      outdated: false,
    });
  });

  it('does not follow the prototype chain', () => {
    const raw = '{"state":{"done":{"__proto__":{"keep-records":null}},"notes":{}},"version":2}';
    expect(read(raw).progress.done).toEqual({});
    expect(Object.getPrototypeOf(read(raw).progress.done)).toBe(Object.prototype);
  });
});
