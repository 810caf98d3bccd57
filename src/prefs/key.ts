/** Where the person's preferences are kept; also read by the Chinese page before it is drawn. */
export const PREFS_KEY = 'tm-card-cancel:prefs';
