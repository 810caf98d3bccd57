// Stands in for src/content/guide.zh-CN.ts and its shape (shape.ts) in the scale benchmark's build.
import { makeLargeGuide } from '../../tests/fixtures/large-guide.ts';

export const guideZhCN = makeLargeGuide(1000);
export const guideShape = guideZhCN;
