import { guideEn } from './guide.en.ts';
import type { Locale } from './lang.ts';
import { stringsEn } from './strings.en.ts';

export const en: Locale = { lang: 'en', guide: guideEn, strings: stringsEn };
