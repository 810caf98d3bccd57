/**
 * Where the person's progress is kept. It lives in people's browsers, so renaming it is a
 * migration. Kept apart from the store, so that it can be named without loading the store.
 */
export const STORAGE_KEY = 'tm-card-cancel:progress';
