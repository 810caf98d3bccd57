import { allItems } from '../content/guide.ts';
import { readProgress } from './restore.ts';
import { isEmpty, parseStored, storedText, type StoredProgress } from './stored.ts';

/** Far more than any real export (a few kB): anything bigger is not one of ours. */
export const MAX_IMPORT_BYTES = 256 * 1024;

/** An export is exactly what is stored, so importing reads it by the same rules as storage. */
export const exportText = (progress: StoredProgress) => storedText(progress, 2);

export const exportFileName = (now: Date) => `tm-card-cancel-progress-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult = { kind: 'complete' | 'partial'; progress: StoredProgress } | { kind: 'unreadable' };

/** Reads an exported file: all of it, the part that could be read, or nothing. */
export function readImport(text: string): ImportResult {
  const { progress, lossless } = readProgress(parseStored(text), allItems);
  if (lossless) return { kind: 'complete', progress };
  return isEmpty(progress) ? { kind: 'unreadable' } : { kind: 'partial', progress };
}
