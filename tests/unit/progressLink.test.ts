import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allItems, itemIds, tickableIds } from '../../src/content/guide.ts';
import { decodeProgress, encodeProgress, formatProgressLink, signed } from '../../src/links/progressLink.ts';
import { MAX_NOTE_LENGTH, type StoredProgress } from '../../src/progress/stored.ts';
import linkWithDocuments from '../fixtures/progress-link-v2-documents.txt?raw';
import { READER_FORMS } from '../support/linkForms.ts';

const NOW = Date.parse('2026-11-30T00:00:00Z');
const decode = (fragment: string) => decodeProgress(fragment, NOW);
const BASE = 'https://example.org/tm-card/';

const everythingDone: StoredProgress = {
  done: Object.fromEntries([...tickableIds].map((id, n) => [id, new Date(NOW - n * 3_600_000).toISOString()])),
  notes: {},
};
/** Every step with a note of the longest kind: 500 Chinese characters. */
const everythingNoted: StoredProgress = {
  ...everythingDone,
  notes: Object.fromEntries([...itemIds].map((id) => [id, '营业厅'.repeat(200).slice(0, MAX_NOTE_LENGTH)])),
};

describe('a progress link', () => {
  it('carries the ticks, with their times, and no notes unless asked', () => {
    const progress: StoredProgress = {
      done: { 'back-up-data': '2026-11-20T08:00:00.000Z', 'return-sim-card': null },
      notes: { 'contact-carrier': '工单号 0042' },
    };
    const fragment = encodeProgress(progress, false);
    expect(fragment).toMatch(/^progress=1;d=back-up-data\.[0-9a-z]+,return-sim-card;c=[0-9a-z]+$/);
    expect(decode(fragment)).toEqual({ kind: 'progress', progress: { ...progress, notes: {} }, lossless: true });
    expect(decode(encodeProgress(progress, true))).toEqual({ kind: 'progress', progress, lossless: true });
  });

  it('is an address of this page with the progress in its fragment only: no query string is sent anywhere', () => {
    const link = new URL(formatProgressLink(everythingDone, false, `${BASE}?utm=x#settle-bills`));
    expect(link.origin + link.pathname).toBe(BASE);
    expect(link.search).toBe('');
    expect(decode(link.hash)).toEqual({ kind: 'progress', progress: everythingDone, lossless: true });
  });

  it('is short enough to scan as a QR code with the whole guide ticked, and says how long with notes', () => {
    const ticked = formatProgressLink(everythingDone, false, BASE);
    const noted = formatProgressLink(everythingNoted, true, BASE);
    // Reported in the README: the fragment's length, which any address adds to its own.
    expect(new URL(ticked).hash.length).toBeLessThan(500);
    expect(new URL(noted).hash.length).toBeLessThan(28_000);
    expect(decode(new URL(noted).hash)).toEqual({ kind: 'progress', progress: everythingNoted, lossless: true });
  });

  it('is read by a later guide: ids it does not know are dropped, and it says something was left out', () => {
    const fragment = encodeProgress({ done: { 'back-up-data': null, 'a-step-since-removed': null }, notes: {} }, true);
    expect(decode(fragment)).toEqual({
      kind: 'progress',
      progress: { done: { 'back-up-data': null }, notes: {} },
      lossless: false,
    });
  });

  it('made while the documents to bring were parts of the request, reads them as the request done', () => {
    expect(decode(linkWithDocuments.trim())).toEqual({
      kind: 'progress',
      progress: {
        done: { 'back-up-data': '2026-11-02T09:15:00.000Z', 'submit-request': '2026-11-03T10:02:00.000Z' },
        notes: { 'submit-request': '营业厅排了 20 分钟队' },
      },
      lossless: true,
      step: 'wait-for-review',
    });
  });

  const sent = encodeProgress({ done: { 'back-up-data': null, 'settle-bills': null }, notes: {} }, false);

  it.each([
    ['cut short', (link: string) => link.slice(0, -3)],
    ['cut before its checksum', (link: string) => link.slice(0, link.indexOf(';c='))],
    ['with a character changed', (link: string) => link.replace('back-up-data', 'back-up-dbta')],
  ])('is refused whole when %s on its way', (_what, mangle) => {
    expect(decode(mangle(sent))).toEqual({ kind: 'unreadable' });
  });

  /** The link's payload changed by `change`, and signed again: what only a maker of links could send. */
  const remade = (change: (payload: string) => string) => signed(change(sent.slice(0, sent.lastIndexOf(';c='))));

  it.each([
    ['a tick twice', (payload: string) => payload.replace('d=', 'd=settle-bills,settle-bills,')],
    ['a field twice', (payload: string) => `${payload};d=keep-records`],
    ['a field this version does not have', (payload: string) => `${payload};x=1`],
    ['no ticks field', () => 'progress=1;n='],
    ['a time that is not one', (payload: string) => payload.replace('settle-bills', 'settle-bills.zzzzzzzzzz')],
    ['markup for a note', (payload: string) => `${payload};n=back-up-data.<img src=x onerror=alert(1)>`],
    ['a note that is not UTF-8', (payload: string) => `${payload};n=back-up-data._w`],
    ['no version', (payload: string) => payload.replace('progress=1', 'progress=')],
  ])('is refused whole, though signed, with %s', (_what, change) => {
    expect(decode(sent)).toMatchObject({ kind: 'progress' });
    expect(decode(remade(change))).toEqual({ kind: 'unreadable' });
  });

  it('from a newer version is read for what this one knows, skipping what it does not, and says so', () => {
    for (const fragment of [signed('progress=3;d=settle-bills'), signed('progress=3;d=settle-bills;z=later')])
      expect(decode(fragment)).toEqual({
        kind: 'progress',
        progress: { done: { 'settle-bills': null }, notes: {} },
        lossless: false,
      });
  });

  it('is read when an app on its way escaped its punctuation', () => {
    const escaped = encodeURIComponent(sent);
    expect(escaped).toContain('%3B');
    expect(decode(escaped)).toEqual(decode(sent));
    expect(decode('progress%3D1%3Bd%3D%E0%A4%A')).toEqual({ kind: 'unreadable' });
  });

  it.each(READER_FORMS.map((form) => [form.name, form.change(formatProgressLink(everythingNoted, true, BASE))]))(
    '%s is read whole, and nothing after it',
    (_form, link) => {
      expect(decode(new URL(link).hash)).toEqual({ kind: 'progress', progress: everythingNoted, lossless: true });
    },
  );

  it.each([
    ['letters', 'abc'],
    ['a field', ';d=keep-records'],
    ['a second checksum', ';c=0'],
    ['a note', ';n=back-up-data.5a6i'],
  ])('reads nothing of %s glued after its checksum', (_what, glued) => {
    expect(decode(`${sent}${glued}`)).toEqual(decode(sent));
  });

  it.each(READER_FORMS.map((form) => [form.name, form]))('%s, but cut short, is refused whole', (_form, form) => {
    const link = `${BASE}#${sent}`;
    for (const cut of [link.slice(0, -1), link.slice(0, link.indexOf(';c=')), link.slice(0, link.indexOf(',') + 3)])
      expect(decode(new URL(form.change(cut)).hash)).toEqual({ kind: 'unreadable' });
  });

  it('keeps markup in a note as text: it is only ever shown as text', () => {
    const note = '<img src=x onerror="alert(1)">';
    const fragment = encodeProgress({ done: {}, notes: { 'back-up-data': note } }, true);
    expect(decode(fragment)).toMatchObject({ progress: { notes: { 'back-up-data': note } } });
  });
});

describe('a reminder’s progress link', () => {
  const progress: StoredProgress = {
    done: { 'back-up-data': '2026-11-20T08:00:00.000Z', 'return-sim-card': null },
    notes: { 'contact-carrier': '工单号 0042' },
  };

  it('names the step to come back to, in version 2, with the notes only if asked', () => {
    const fragment = encodeProgress(progress, false, 'wait-for-review');
    expect(fragment).toMatch(/^progress=2;d=[^;]+;s=wait-for-review;c=[0-9a-z]+$/);
    expect(decode(fragment)).toEqual({
      kind: 'progress',
      progress: { ...progress, notes: {} },
      lossless: true,
      step: 'wait-for-review',
    });
    expect(decode(encodeProgress(progress, true, 'wait-for-review'))).toEqual({
      kind: 'progress',
      progress,
      lossless: true,
      step: 'wait-for-review',
    });
  });

  it('is read in part by an app that knows only version 1: its ticks, and that something was left out', () => {
    expect(decodeProgress(encodeProgress(progress, true, 'wait-for-review'), NOW, 1)).toEqual({
      kind: 'progress',
      progress,
      lossless: false,
    });
  });

  it('leaves a version-1 link as it was: written as 1, and refused if it names a step', () => {
    expect(encodeProgress(progress, true)).toMatch(/^progress=1;/);
    expect(decode(signed('progress=1;d=settle-bills;s=settle-bills'))).toEqual({ kind: 'unreadable' });
  });

  it('drops a step this guide does not have, and says something was left out', () => {
    expect(decode(encodeProgress(progress, false, 'a-step-since-removed'))).toEqual({
      kind: 'progress',
      progress: { ...progress, notes: {} },
      lossless: false,
    });
    expect(decode(signed('progress=2;d=settle-bills;s=<b>'))).toEqual({ kind: 'unreadable' });
  });
});

describe('progress links, over generated progress', () => {
  const time = fc.oneof(
    fc.constant(null),
    fc.date({ min: new Date('2020-01-01'), max: new Date(NOW), noInvalidDate: true }).map((d) => d.toISOString()),
  );
  const progress: fc.Arbitrary<StoredProgress> = fc.record({
    done: fc.dictionary(fc.constantFrom(...tickableIds), time),
    notes: fc.dictionary(
      fc.constantFrom(...allItems.map((item) => item.id)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: MAX_NOTE_LENGTH / 2 }),
    ),
  });

  it('read back exactly what was sent, with the step of a reminder, whatever a message glues after them', () => {
    const step = fc.option(fc.constantFrom(...itemIds), { nil: undefined });
    const glued = fc.oneof(
      fc.constant(''),
      fc.constantFrom('.', ',', ')', ']', '?', '&', '）', '。'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(progress, step, glued, (sent, at, after) => {
        const fragment = encodeProgress(sent, true, at);
        const read = { kind: 'progress', progress: sent, lossless: true, ...(at === undefined ? {} : { step: at }) };
        expect(decode(fragment)).toEqual(read);
        expect(decode(fragment + after)).toEqual(read);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throw on any text, and never yield an id the guide does not have', () => {
    const anyFragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }).map((text) => `progress=${text}`),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.tuple(progress, fc.nat(), fc.string({ maxLength: 3 })).map(([sent, at, inserted]) => {
        const fragment = encodeProgress(sent, true);
        const cut = at % (fragment.length + 1);
        return fragment.slice(0, cut) + inserted + fragment.slice(cut + 1);
      }),
    );
    fc.assert(
      fc.property(anyFragment, (fragment) => {
        const read = decode(fragment);
        if (read.kind === 'unreadable') return;
        for (const id of Object.keys(read.progress.done)) expect(tickableIds.has(id)).toBe(true);
        for (const [id, note] of Object.entries(read.progress.notes)) {
          expect(itemIds.has(id)).toBe(true);
          expect(note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
