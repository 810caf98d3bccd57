import { PAGE_PATHS } from './pages.ts';
import { PREFS_KEY } from '../prefs/key.ts';

/**
 * The script that runs in the head of the Chinese page of a site hosted at `base`, before anything
 * is drawn: someone who chose English goes straight to the English page instead of seeing the
 * Chinese one switch over. It is inline (the CSP allows it by its hash) because a separate file
 * would delay every first paint. It never leaves the base, and never redirects from the English
 * address, should a host ever serve this page there.
 */
export function languageRedirect(base: string): string {
  const english = JSON.stringify(base + PAGE_PATHS.en);
  return (
    `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)}));` +
    `if(p&&p.state&&p.state.lang==="en"&&location.pathname.indexOf(${english})!==0)location.replace(${english}+location.search+location.hash)}catch(e){}`
  );
}
