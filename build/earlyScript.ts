import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { Lang } from '../src/content/lang.ts';

const ENTRY = 'virtual:early-script';

const built = new Map<Lang, Promise<string>>();

/**
 * The script that shows stored progress in the prerendered page in `lang` before its first paint
 * (src/early/), as the page inlines it: bundled from the app's own modules with that language's
 * counts, and nothing of the guide or its other text, minified, run at once.
 * Built once per language and build process.
 */
export function earlyScriptCode(lang: Lang): Promise<string> {
  const code = built.get(lang) ?? bundle(lang);
  built.set(lang, code);
  return code;
}

async function bundle(lang: Lang): Promise<string> {
  const main = JSON.stringify(resolve('src/early/main.ts'));
  const counts = JSON.stringify(resolve(`src/content/counts.${lang}.ts`));
  const { output } = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'early-script-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
        load: (id) =>
          id === ENTRY
            ? `import { runEarlyScript } from ${main};\nimport { counts } from ${counts};\nrunEarlyScript(counts);\n`
            : undefined,
      },
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  })) as Rolldown.RolldownOutput;
  // An iife is one file: the entry.
  const code = output[0].code.trim();
  if (code.includes('</script')) throw new Error('early-script: the code cannot be inlined in a page');
  return code;
}
