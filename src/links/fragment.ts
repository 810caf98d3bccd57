const NAME = 'progress';

/** How a progress link's fragment starts (progressLink.ts). */
export const PROGRESS_PREFIX = `${NAME}=`;

/** The start of a progress link's fragment, also where an app that passed it on escaped its `=`. */
const START = new RegExp(`^#?${NAME}(?:=|%3[Dd])`);

/**
 * Is this fragment (with or without its `#`) meant as a progress link? Escaped punctuation is
 * undone by its reader (progressLink.ts), which the checksum still guards.
 */
export const isProgressFragment = (hash: string) => START.test(hash);

/**
 * What the address fragment asks for. The fragment is untrusted text from whoever sent the link.
 * A progress link is read only once it is answered (src/components/IncomingProgress.tsx).
 */
export type FragmentTarget =
  { kind: 'none' } | { kind: 'item'; id: string } | { kind: 'unknown' } | { kind: 'progress'; fragment: string };

/** Longer than any id, with room for escapes; only this much of a fragment is decoded. */
const MAX_FRAGMENT_LENGTH = 200;

/**
 * The id characters a fragment starts with, without a dash that ends them (ids never end in one):
 * what follows them was added on the link's way.
 */
const LEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*/;

/**
 * Reads `#item-id`, or a progress link, from a location hash. Messengers and linkifiers add to a
 * link (`#item-id&appinstall=0`, `#item-id?from=timeline`, `#item-id）`), so a step link is the run
 * of id characters it starts with, if that is a known id; anything else is `unknown`.
 */
export function parseFragment(hash: string, knownIds: ReadonlySet<string>): FragmentTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { kind: 'none' };
  if (isProgressFragment(raw)) return { kind: 'progress', fragment: raw };
  const id = LEADING_ID.exec(percentDecoded(raw.slice(0, MAX_FRAGMENT_LENGTH)))?.[0] ?? '';
  return knownIds.has(id) ? { kind: 'item', id } : { kind: 'unknown' };
}

/** Undoes percent-escaping; text that is not valid escaping is read as it stands. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The address of the page with `#fragment` (a step's id, or progress), keeping its path but not a
 * query some app added to it.
 */
export function pageLink(fragment: string, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = fragment;
  return url.href;
}
