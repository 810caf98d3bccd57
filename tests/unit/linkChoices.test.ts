import { describe, expect, it } from 'vitest';
import { linkChoices } from '../../src/progress/linkChoices.ts';
import type { StoredProgress } from '../../src/progress/stored.ts';

const TIME = '2026-11-20T08:00:00.000Z';
const NOTHING: StoredProgress = { done: {}, notes: {} };
const OWN: StoredProgress = { done: { 'back-up-data': TIME }, notes: { 'contact-carrier': '工单 0042' } };
const THEIRS: StoredProgress = { done: { 'settle-bills': TIME }, notes: { 'contact-carrier': '周一回电' } };
const BOTH: StoredProgress = { done: { ...OWN.done, ...THEIRS.done }, notes: THEIRS.notes };

describe('linkChoices: what a person is offered for progress from a link', () => {
  it('offers looking first, then merging, replacing and closing, where each would do something different', () => {
    expect(linkChoices(OWN, THEIRS, false)).toEqual(['look', 'merge', 'take', 'ignore']);
  });

  it('offers one way to use it where merging and replacing come to the same', () => {
    expect(linkChoices(NOTHING, THEIRS, false)).toEqual(['look', 'use', 'ignore']);
    expect(linkChoices(OWN, BOTH, false)).toEqual(['look', 'use', 'ignore']);
  });

  it('offers only looking and closing where the link holds nothing new', () => {
    expect(linkChoices(BOTH, THEIRS, false)).toEqual(['look', 'ignore']);
    expect(linkChoices(OWN, NOTHING, false)).toEqual(['look', 'ignore']);
  });

  it('for a reminder’s link, offers bringing it back first, and replacing only where that differs', () => {
    expect(linkChoices(OWN, THEIRS, true)).toEqual(['restore', 'look', 'take', 'ignore']);
    expect(linkChoices(NOTHING, THEIRS, true)).toEqual(['restore', 'look', 'ignore']);
  });
});
