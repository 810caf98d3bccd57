/** How a progress link's fragment starts (src/links/progressLink.ts). */
export const PROGRESS_PREFIX = 'progress=';

/** Is this fragment (with or without its `#`) meant as a progress link? */
export const isProgressFragment = (hash: string) => hash.replace(/^#/, '').startsWith(PROGRESS_PREFIX);
