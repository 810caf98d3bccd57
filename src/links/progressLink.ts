import { allItems, itemIds } from '../content/guide.ts';
import { readProgress } from '../progress/restore.ts';
import { envelope, type StoredProgress } from '../progress/stored.ts';
import { pageLink, PROGRESS_PREFIX as PREFIX } from './fragment.ts';

/*
 * A progress link carries the ticks (and, if the person chooses, the notes) in the address
 * fragment, which browsers never send to a server:
 *
 *   #progress=1;d=back-up-data.mi2k4x1c,settle-bills;n=contact-carrier.5a6i5Y2V5Y-3;c=1x9k2p
 *
 * `1` is the link's version. `d` lists what is done: a guide id, then `.` and the time it was done
 * (milliseconds since 1970, base 36) if it is known. `n` lists notes: a step id, then `.` and the
 * note's UTF-8 bytes in base64url. `s` (since version 2, in a reminder) names the step to come back
 * to. Guide ids are lowercase ASCII kebab-case, so nothing needs escaping in a URL. `c` is a
 * checksum of all before it, so a link cut short or changed on its way is refused whole rather than
 * read in part. Ids are written out rather than numbered, so a later guide with more, fewer or
 * reordered steps still reads an old link. A link is written in the oldest version that holds it,
 * so an app cached before a version still reads all it can.
 */

/** The newest version of the link this app reads. */
export const PROGRESS_LINK_VERSION = 2;
/** The version in which each field first appeared. */
const FIELD_SINCE: Readonly<Record<string, number>> = { 'd=': 1, 'n=': 1, 's=': 2 };
/** A whole guide with every note at its longest is under 28,000 characters; anything longer is not ours. */
const MAX_LENGTH = 32_000;

const CHECK = ';c=';

/** FNV-1a over the text's UTF-16 code units, in base 36: enough to notice a link damaged by accident. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ENTRY = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:\.([A-Za-z0-9_-]+))?$/;
const TIME = /^[0-9a-z]{1,9}$/;
/** Every character a link is written in; whatever follows them was added on the link's way. */
const ALPHABET = /^[A-Za-z0-9_.,;=-]*/;
/** The separators some apps that pass links on escape (`%3B`, `%3D`, `%2C`). */
const ESCAPED_SEPARATOR = /%3B|%3D|%2C/gi;

export type ProgressLink =
  /**
   * What the link carries of this guide; `lossless` false if anything in it was left out; `step`,
   * the step a reminder comes back to.
   */
  | { kind: 'progress'; progress: StoredProgress; lossless: boolean; step?: string }
  /** Mangled, cut short or not ours: nothing from it is used. */
  | { kind: 'unreadable' };

/**
 * The fragment (without `#`) that carries `progress`: its ticks, its notes if `withNotes`, and the
 * step to come back to if there is one.
 */
export function encodeProgress({ done, notes }: StoredProgress, withNotes: boolean, step?: string): string {
  const ticks = Object.entries(done).map(([id, time]) => {
    const ms = time === null ? NaN : Date.parse(time);
    return Number.isFinite(ms) && ms >= 0 ? `${id}.${ms.toString(36)}` : id;
  });
  const fields = [`d=${ticks.join(',')}`];
  const noted = Object.entries(notes).filter(([, note]) => note !== '');
  if (withNotes && noted.length > 0)
    fields.push(`n=${noted.map(([id, note]) => `${id}.${toBase64Url(note)}`).join(',')}`);
  if (step !== undefined) fields.push(`s=${step}`);
  // The oldest version that has every field written.
  const version = Math.max(...fields.map((field) => FIELD_SINCE[field.slice(0, 2)] ?? PROGRESS_LINK_VERSION));
  return signed([`${PREFIX}${version}`, ...fields].join(';'));
}

/** The fragment with its checksum after it. */
export const signed = (payload: string) => `${payload}${CHECK}${checksum(payload)}`;

/**
 * The address of the page with `progress` in its fragment (and the step to come back to, if one is
 * named), keeping the path of `base` but not its query.
 */
export const formatProgressLink = (progress: StoredProgress, withNotes: boolean, base: string, step?: string) =>
  pageLink(encodeProgress(progress, withNotes, step), base);

/**
 * Reads a progress link's fragment, which is untrusted text from whoever made the link, as an app
 * that reads links up to version `knows` would. What it carries goes through the same reader as
 * stored progress, so only this guide's ids are kept, with times that can be believed and notes no
 * longer than the limit.
 */
export function decodeProgress(hash: string, now = Date.now(), knows = PROGRESS_LINK_VERSION): ProgressLink {
  const payload = signedPayload(hash.replace(/^#/, ''));
  if (payload === null) return { kind: 'unreadable' };
  const [versionText = '', ...fields] = payload.slice(PREFIX.length).split(';');
  if (!/^[1-9][0-9]{0,5}$/.test(versionText)) return { kind: 'unreadable' };
  const version = Number(versionText);
  const read = readFields(fields, Math.min(version, knows), version > knows);
  if (read === null) return { kind: 'unreadable' };
  const { progress, lossless } = readProgress(envelope(read.state), allItems, now);
  const step = read.step !== undefined && itemIds.has(read.step) ? read.step : undefined;
  // A newer link may mean more than this version can tell, even in the fields it knows.
  const complete = lossless && version <= knows && step === read.step;
  return { kind: 'progress', progress, lossless: complete, ...(step === undefined ? {} : { step }) };
}

/**
 * The part of the fragment its checksum vouches for, or `null` if there is none. Apps that pass
 * links on escape separators (`%3B`, `%3D`), add their own parameters (`&appinstall=0`,
 * `?from=timeline`), and a link in a message can take the punctuation after it (`）`, `.`): so the
 * link is the longest run of its own characters, and its checksum may be followed by more letters.
 */
function signedPayload(fragment: string): string | null {
  const unescaped = fragment.replace(ESCAPED_SEPARATOR, (escape) => decodeURIComponent(escape));
  const raw = ALPHABET.exec(unescaped)?.[0] ?? '';
  if (!raw.startsWith(PREFIX) || raw.length > MAX_LENGTH) return null;
  for (let end = raw.indexOf(CHECK); end !== -1; end = raw.indexOf(CHECK, end + 1)) {
    const payload = raw.slice(0, end);
    if (raw.startsWith(checksum(payload), end + CHECK.length)) return payload;
  }
  return null;
}

interface ReadFields {
  state: StoredProgress;
  step?: string;
}

/** The fields of a link of `version`; a field of a later version is skipped if the link is `newer`. */
function readFields(fields: readonly string[], version: number, newer: boolean): ReadFields | null {
  const done: Record<string, string | null> = {};
  const notes: Record<string, string> = {};
  const read: ReadFields = { state: { done, notes } };
  const seen = new Set<string>();
  for (const field of fields) {
    const [name, value] = [field.slice(0, 2), field.slice(2)];
    if (seen.has(name)) return null;
    seen.add(name);
    if ((FIELD_SINCE[name] ?? Infinity) > version) {
      if (!newer) return null;
    } else if (name === 's=') {
      if (!ID.test(value)) return null;
      read.step = value;
    } else {
      // `d=`: ids with their times, if known; `n=`: ids with their notes.
      const entries: Record<string, string | null> = name === 'd=' ? done : notes;
      for (const entry of value === '' ? [] : value.split(',')) {
        const [, id, text] = ENTRY.exec(entry) ?? [];
        const decoded = name === 'd=' ? decodeTime(text) : text && fromBase64Url(text);
        if (id === undefined || decoded === undefined || Object.hasOwn(entries, id)) return null;
        entries[id] = decoded;
      }
    }
  }
  return seen.has('d=') ? read : null;
}

/** The ISO time, `null` if there is none, or `undefined` if the text is not a time. */
function decodeTime(text: string | undefined): string | null | undefined {
  if (text === undefined) return null;
  // Nine digits in base 36 stay far within the dates JavaScript can hold.
  return TIME.test(text) ? new Date(parseInt(text, 36)).toISOString() : undefined;
}

function toBase64Url(text: string): string {
  // A note is at most a few thousand bytes, well within what a call can take as arguments.
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The text, or `undefined` if it is not base64url of UTF-8. */
function fromBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
