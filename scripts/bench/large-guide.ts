// Stands in for src/content/guide.zh-CN.ts in the scale benchmark's build (run.mjs): 1,000 steps.
import type { Guide } from '../../src/content/schema.ts';

/** A guide of `count` items in sections of 100. Never shipped. */
function makeLargeGuide(count: number): Guide {
  const perSection = 100;
  const sections = Array.from({ length: Math.ceil(count / perSection) }, (_, s) => ({
    id: `section-${s + 1}`,
    title: `第 ${s + 1} 部分`,
    items: Array.from({ length: Math.min(perSection, count - s * perSection) }, (_, i) => {
      const n = s * perSection + i + 1;
      return {
        id: `item-${n}`,
        title: `第 ${n} 项：核对一项资料`,
        detail: `这是第 ${n} 项的说明文字，长度和真实清单里的说明相近，用来衡量大清单的渲染速度。`,
      };
    }),
  }));
  return {
    title: `压力测试：${count} 项清单`,
    intro: '用于衡量渲染和勾选速度的生成清单。',
    sections,
    summary: '生成清单到此结束。',
    completion: { title: '全部完成了', body: '生成清单已全部勾选。' },
  };
}

export const guideZhCN = makeLargeGuide(1000);
