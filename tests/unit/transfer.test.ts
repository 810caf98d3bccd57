import { describe, expect, it } from 'vitest';
import { exportFileName, exportText, readImport } from '../../src/progress/transfer.ts';

const progress = {
  done: { 'back-up-data': '2026-11-20T08:30:00.000Z', 'update-wechat': null },
  notes: { 'contact-carrier': '工单号 A123' },
};

describe('export and import', () => {
  it('round-trips every tick and note', () => {
    expect(readImport(exportText(progress))).toEqual({ kind: 'complete', progress });
  });

  it('writes exactly what storage keeps, indented, so files saved before still read and files saved now read in older versions', () => {
    const storeState = { ...progress, shown: 'all', undoable: null };
    expect(exportText(storeState)).toBe(JSON.stringify({ state: progress, version: 2 }, null, 2));
  });

  it('names the file by the day', () => {
    expect(exportFileName(new Date('2026-11-29T10:00:00Z'))).toBe('tm-card-cancel-progress-2026-11-29.json');
  });

  it('imports the readable part of a damaged file, and says so', () => {
    const text = JSON.stringify({ state: { done: { 'keep-records': null, bogus: 1 }, notes: {} }, version: 2 });
    expect(readImport(text)).toEqual({ kind: 'partial', progress: { done: { 'keep-records': null }, notes: {} } });
  });

  it.each(['not json at all', '{"hello":"world"}', '[1,2,3]', ''])('refuses %j, changing nothing', (text) => {
    expect(readImport(text)).toEqual({ kind: 'unreadable' });
  });

  it('reads files from older versions too', () => {
    expect(readImport('["settle-bills"]')).toEqual({
      kind: 'complete',
      progress: { done: { 'settle-bills': null }, notes: {} },
    });
  });
});
