import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMER_PARTS } from '../../src/content/formerParts.ts';
import { guideZhCN } from '../../src/content/guide.zh-CN.ts';
import { idPlaces } from '../../src/content/idPlaces.ts';

const record = readFileSync(new URL('../../docs/content.md', import.meta.url), 'utf8');
/** The ids named in backticks in the rows of the record's tables. */
const idsIn = (text: string) =>
  new Set(
    text
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => [...line.matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`/g)].flatMap(([, id]) => id ?? [])),
  );
const [, removedPart = ''] = record.split('## Ids no longer in the guide');
const guideIds = new Set(idPlaces(guideZhCN).map(({ id }) => id));
const formerIds = Object.values(FORMER_PARTS).flat();

describe('the record of what the guide took from its source (docs/content.md)', () => {
  it('says where every section, step and part of the guide comes from', () => {
    const named = idsIn(record);
    expect([...guideIds].filter((id) => !named.has(id))).toEqual([]);
  });

  it('names only ids that are in the guide, or listed as no longer in it', () => {
    const removed = new Set(removedPart.split('\n').flatMap((line) => /^\| `([a-z0-9-]+)`/.exec(line)?.[1] ?? []));
    expect([...idsIn(record)].filter((id) => !guideIds.has(id) && !removed.has(id))).toEqual([]);
    expect([...removed].sort()).toEqual([...formerIds].sort());
  });
});
