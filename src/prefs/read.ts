import { isLang, type Lang } from '../content/lang.ts';

export interface StoredPrefs {
  /** Whether every step's explanation is shown (the default, and always so without JavaScript). */
  showDetails: boolean;
  lang: Lang;
}

/**
 * What can be believed of stored preferences (the `state` of what is stored), read alike by the
 * app and by the page before it starts (src/early/); anything else falls back to the default.
 */
export function readPrefs(stored: unknown): Partial<StoredPrefs> {
  const { showDetails, lang } = (stored ?? {}) as Partial<Record<keyof StoredPrefs, unknown>>;
  return {
    ...(typeof showDetails === 'boolean' ? { showDetails } : {}),
    ...(isLang(lang) ? { lang } : {}),
  };
}
