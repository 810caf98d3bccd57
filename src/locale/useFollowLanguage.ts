import { useEffect } from 'react';
import { useLocale } from './store.ts';

/** Tells the browser (and screen readers) which language the page is shown in. */
export function useFollowLanguage(): void {
  const shown = useLocale((locale) => locale);
  useEffect(() => {
    document.documentElement.lang = shown.lang;
    document.title = shown.guide.title;
  }, [shown]);
}
