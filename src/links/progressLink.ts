import { allItems } from '../content/guide.ts';
import { CURRENT_VERSION, readProgress, type StoredProgress } from '../progress/restore.ts';
import { PROGRESS_PREFIX as PREFIX } from './progressFragment.ts';

/*
 * A progress link carries the ticks (and, if the person chooses, the notes) in the address
 * fragment, which browsers never send to a server:
 *
 *   #progress=1;d=back-up-data.mi2k4x1c,settle-bills;n=contact-carrier.5a6i5Y2V5Y-3;c=1x9k2p
 *
 * `1` is the link's version. `d` lists what is done: a guide id, then `.` and the time it was done
 * (milliseconds since 1970, base 36) if it is known. `n` lists notes: a step id, then `.` and the
 * note's UTF-8 bytes in base64url. Guide ids are lowercase ASCII kebab-case, so neither needs
 * escaping in a URL. `c` is a checksum of all before it, so a link cut short or changed on its way
 * is refused whole rather than read in part. Ids are written out rather than numbered, so a later guide with more, fewer
 * or reordered steps still reads an old link.
 */

export const PROGRESS_LINK_VERSION = 1;
/** A whole guide with every note at its longest is under 25,000 characters; anything longer is not ours. */
const MAX_LENGTH = 32_000;

const CHECK = ';c=';

/** FNV-1a over the text's UTF-16 code units, in base 36: enough to notice a link damaged by accident. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

const ENTRY = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:\.([A-Za-z0-9_-]+))?$/;
const TIME = /^[0-9a-z]{1,9}$/;

export type ProgressLink =
  /** What the link carries of this guide; `lossless` false if anything in it was left out. */
  | { kind: 'progress'; progress: StoredProgress; lossless: boolean }
  /** Mangled, cut short or not ours: nothing from it is used. */
  | { kind: 'unreadable' };

/** The fragment (without `#`) that carries `progress`: its ticks, and its notes if `withNotes`. */
export function encodeProgress({ done, notes }: StoredProgress, withNotes: boolean): string {
  const ticks = Object.entries(done).map(([id, time]) => {
    const ms = time === null ? NaN : Date.parse(time);
    return Number.isFinite(ms) && ms >= 0 ? `${id}.${ms.toString(36)}` : id;
  });
  const fields = [`${PREFIX}${PROGRESS_LINK_VERSION}`, `d=${ticks.join(',')}`];
  const noted = Object.entries(notes).filter(([, note]) => note !== '');
  if (withNotes && noted.length > 0)
    fields.push(`n=${noted.map(([id, note]) => `${id}.${toBase64Url(note)}`).join(',')}`);
  return signed(fields.join(';'));
}

/** The fragment with its checksum after it. */
export const signed = (payload: string) => `${payload}${CHECK}${checksum(payload)}`;

/** The address of the page with `progress` in its fragment, keeping the path of `base`. */
export function formatProgressLink(progress: StoredProgress, withNotes: boolean, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = encodeProgress(progress, withNotes);
  return url.href;
}

/**
 * Reads a progress link's fragment, which is untrusted text from whoever made the link. What it
 * carries goes through the same reader as stored progress, so only this guide's ids are kept, with
 * times that can be believed and notes no longer than the limit.
 */
export function decodeProgress(hash: string, now: number = Date.now()): ProgressLink {
  const raw = percentDecoded(hash.replace(/^#/, ''));
  if (raw === null) return { kind: 'unreadable' };
  if (!raw.startsWith(PREFIX) || raw.length > MAX_LENGTH) return { kind: 'unreadable' };
  const end = raw.lastIndexOf(CHECK);
  const payload = raw.slice(0, end);
  if (end === -1 || raw.slice(end + CHECK.length) !== checksum(payload)) return { kind: 'unreadable' };
  const [versionText = '', ...fields] = payload.slice(PREFIX.length).split(';');
  if (!/^[1-9][0-9]{0,5}$/.test(versionText)) return { kind: 'unreadable' };
  const version = Number(versionText);
  const newer = version > PROGRESS_LINK_VERSION;
  const read = readFields(fields, newer);
  if (read === null) return { kind: 'unreadable' };
  const stored = JSON.stringify({ state: read.state, version: CURRENT_VERSION });
  const { progress, lossless } = readProgress(stored, allItems, now);
  // A newer link may mean more than this version can tell, even in the fields it knows.
  return { kind: 'progress', progress, lossless: lossless && !newer && read.complete };
}

interface ReadFields {
  state: { done: Record<string, string | null>; notes: Record<string, string> };
  /** False if a field was skipped: one that a newer version of the link added. */
  complete: boolean;
}

function readFields(fields: readonly string[], newer: boolean): ReadFields | null {
  const state: ReadFields['state'] = { done: {}, notes: {} };
  let complete = true;
  const seen = new Set<string>();
  for (const field of fields) {
    const [name, value] = [field.slice(0, 2), field.slice(2)];
    if (seen.has(name)) return null;
    seen.add(name);
    const entries = value === '' ? [] : value.split(',');
    if (name === 'd=') {
      for (const entry of entries) {
        const [, id, time] = ENTRY.exec(entry) ?? [];
        if (id === undefined || Object.hasOwn(state.done, id)) return null;
        const decoded = time === undefined ? null : decodeTime(time);
        if (decoded === undefined) return null;
        state.done[id] = decoded;
      }
    } else if (name === 'n=') {
      for (const entry of entries) {
        const [, id, text] = ENTRY.exec(entry) ?? [];
        const note = text === undefined ? undefined : fromBase64Url(text);
        if (id === undefined || note === undefined || Object.hasOwn(state.notes, id)) return null;
        state.notes[id] = note;
      }
    } else if (newer) {
      complete = false;
    } else {
      return null;
    }
  }
  return seen.has('d=') ? { state, complete } : null;
}

/**
 * The fragment as it was made: some apps that pass links on escape its `;` and `=` (as `%3B`,
 * `%3D`), which the checksum still guards. `null` if it is not valid percent-encoding.
 */
function percentDecoded(fragment: string): string | null {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return null;
  }
}

/** The ISO time, or `undefined` if the text is not a time. */
function decodeTime(text: string): string | undefined {
  if (!TIME.test(text)) return undefined;
  const time = parseInt(text, 36);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
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
