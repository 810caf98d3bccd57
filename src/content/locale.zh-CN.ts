import { guideZhCN } from './guide.zh-CN.ts';
import type { Locale } from './lang.ts';
import { stringsZhCN } from './strings.zh-CN.ts';

export const zhCN: Locale = { lang: 'zh-CN', guide: guideZhCN, strings: stringsZhCN };
