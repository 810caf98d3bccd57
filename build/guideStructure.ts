import type { Plugin } from 'vite';
import { guideZhCN } from '../src/content/guide.zh-CN.ts';
import type { SectionShape } from '../src/content/structure.ts';

const STRUCTURE = '\0guide-structure';

/** A guide's sections, steps and parts by id, without a word of its text. */
const structureOf = (guide: { sections: readonly SectionShape[] }): { sections: SectionShape[] } => ({
  sections: guide.sections.map(({ id, items }) => ({
    id,
    items: items.map((step) => ({
      id: step.id,
      ...(step.subItems && { subItems: step.subItems.map((part) => ({ id: part.id })) }),
    })),
  })),
});

/**
 * Gives src/content/guide.ts, which needs only the guide's ids (for storage, links and counts),
 * the Chinese guide's structure in place of the whole guide: the English page then loads no
 * Chinese text, and the Chinese page loads its text once, with the rest of its language.
 */
export function guideStructure(): Plugin {
  return {
    name: 'guide-structure',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './guide.zh-CN.ts' && importer?.replaceAll('\\', '/').endsWith('/src/content/guide.ts'))
        return STRUCTURE;
      return undefined;
    },
    load(id) {
      if (id !== STRUCTURE) return undefined;
      return `export const guideZhCN = ${JSON.stringify(structureOf(guideZhCN))};\n`;
    },
  };
}
