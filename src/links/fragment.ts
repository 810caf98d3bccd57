import { isProgressFragment } from './progressFragment.ts';

/**
 * What the address fragment asks for. The fragment is untrusted text from whoever sent the link.
 * A progress link is read only once it is answered (src/components/IncomingProgress.tsx).
 */
export type FragmentTarget =
  { kind: 'none' } | { kind: 'item'; id: string } | { kind: 'unknown' } | { kind: 'progress'; fragment: string };

const MAX_FRAGMENT_LENGTH = 200;

/**
 * Reads `#item-id`, or a progress link, from a location hash; anything that is not exactly a known
 * id is `unknown`.
 */
export function parseFragment(hash: string, knownIds: ReadonlySet<string>): FragmentTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { kind: 'none' };
  if (isProgressFragment(raw)) return { kind: 'progress', fragment: raw };
  if (raw.length > MAX_FRAGMENT_LENGTH) return { kind: 'unknown' };
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return { kind: 'unknown' };
  }
  return knownIds.has(id) ? { kind: 'item', id } : { kind: 'unknown' };
}

/** The address of the page with `#id`, keeping the path and query of `base`. */
export function formatItemLink(id: string, base: string): string {
  const url = new URL(base);
  url.hash = id;
  return url.href;
}
