import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { guide } from '../src/content/guide.ts';
import { shapeOf } from '../src/content/structure.ts';

const ENTRY = 'virtual:early-script';

let built: Promise<string> | undefined;

/**
 * The script that shows stored progress in a prerendered page before its first paint
 * (src/early/), as the page inlines it: bundled from the app's own modules with the guide's shape
 * and nothing else of the guide, minified, run at once. Built once per build process.
 */
export function earlyScriptCode(): Promise<string> {
  built ??= bundle();
  return built;
}

async function bundle(): Promise<string> {
  const main = resolve('src/early/main.ts');
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'early-script-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
        load: (id) =>
          id === ENTRY
            ? `import { start } from ${JSON.stringify(main)};\nstart(${JSON.stringify(shapeOf(guide.sections))});\n`
            : undefined,
      },
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: ENTRY,
        output: { format: 'iife' },
        // The page's other ids, made by calls, are not needed here.
        treeshake: { manualPureFunctions: ['uiId'] },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const chunk = chunks.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (chunk === undefined) throw new Error('early-script: the bundle has no entry chunk');
  const code = chunk.code.trim();
  if (code.includes('</script')) throw new Error('early-script: the code cannot be inlined in a page');
  return code;
}
