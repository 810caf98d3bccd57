import { PAGE_PATHS } from './pages.ts';
import { PREFS_KEY } from '../prefs/key.ts';

/**
 * Runs in the head of the Chinese page, before anything is drawn: someone who chose English goes
 * straight to the English page instead of seeing the Chinese one switch over. It is inline (the
 * CSP allows it by its hash) because a separate file would delay every first paint. It never
 * redirects from the English address, should a host ever serve this page there.
 */
export const LANGUAGE_REDIRECT =
  `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)}));` +
  `if(p&&p.state&&p.state.lang==="en"&&location.pathname.indexOf(${JSON.stringify(PAGE_PATHS.en)})!==0)location.replace(${JSON.stringify(PAGE_PATHS.en)}+location.search+location.hash)}catch(e){}`;
