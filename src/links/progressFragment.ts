const NAME = 'progress';

/** How a progress link's fragment starts (src/links/progressLink.ts). */
export const PROGRESS_PREFIX = `${NAME}=`;

/** The start of a progress link's fragment, also where an app that passed it on escaped its `=`. */
const START = new RegExp(`^#?${NAME}(?:=|%3[Dd])`);

/**
 * Is this fragment (with or without its `#`) meant as a progress link? Escaped punctuation is
 * undone by its reader (progressLink.ts), which the checksum still guards.
 */
export const isProgressFragment = (hash: string) => START.test(hash);
