import { describe, expect, it } from 'vitest';
import { pageLink, parseFragment } from '../../src/links/fragment.ts';
import { READER_FORMS } from '../support/linkForms.ts';

const known = new Set(['submit-request', 'keep-records']);

describe('parseFragment', () => {
  it('finds a known item', () => {
    expect(parseFragment('#submit-request', known)).toEqual({ kind: 'item', id: 'submit-request' });
  });

  it('treats an empty fragment as no target', () => {
    expect(parseFragment('', known)).toEqual({ kind: 'none' });
    expect(parseFragment('#', known)).toEqual({ kind: 'none' });
  });

  it('decodes percent-encoding', () => {
    expect(parseFragment('#keep%2Drecords', known)).toEqual({ kind: 'item', id: 'keep-records' });
  });

  it.each(['#progress=1;d=keep-records;c=abc', '#progress%3D1%3Bd%3Dkeep-records%3Bc%3Dabc', 'progress%3d1'])(
    'hands %j, a progress link even with its punctuation escaped, to the progress link reader',
    (hash) => {
      expect(parseFragment(hash, known)).toEqual({ kind: 'progress', fragment: hash.replace(/^#/, '') });
    },
  );

  it.each([
    '#no-such-step',
    '#%E0%A4%A',
    '#<img src=x onerror=alert(1)>',
    '#__proto__',
    '#constructor',
    '#toString',
    `#${'a'.repeat(10_000)}`,
    '#Submit-Request',
    '#submit',
    '#submit-request-x',
    '#submit-requests',
    '#)submit-request',
  ])('reports %j as unknown', (hash) => {
    expect(parseFragment(hash, known)).toEqual({ kind: 'unknown' });
  });
});

describe('a step link on its way', () => {
  const sent = pageLink('keep-records', 'https://example.org/app/');

  it.each(READER_FORMS.map((form) => [form.name, form.change(sent)]))('%s is read as its step: %s', (_form, link) => {
    expect(parseFragment(new URL(link).hash, known)).toEqual({ kind: 'item', id: 'keep-records' });
  });

  it.each(['#keep-records ', '#keep-records%E0%A4%A', '#keep-records/', '#keep-records#more'])(
    'is read as its step with %j after it',
    (hash) => {
      expect(parseFragment(hash, known)).toEqual({ kind: 'item', id: 'keep-records' });
    },
  );
});

describe('a progress link on its way', () => {
  const sent = 'https://example.org/app/#progress=1;d=keep-records;c=abc';

  it.each(READER_FORMS.map((form) => [form.name, form.change(sent)]))('%s goes to its reader: %s', (_form, link) => {
    const { hash } = new URL(link);
    expect(parseFragment(hash, known)).toEqual({ kind: 'progress', fragment: hash.slice(1) });
  });
});

describe('pageLink', () => {
  it('keeps the path, drops a query some app added, and replaces any fragment', () => {
    expect(pageLink('keep-records', 'https://example.org/app/?from=singlemessage#submit-request')).toBe(
      'https://example.org/app/#keep-records',
    );
  });
});
