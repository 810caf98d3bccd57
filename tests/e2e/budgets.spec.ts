import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS_KB, PAGES, measureInitialLoad, measureOnDemand } from '../../scripts/sizes.mjs';
import { step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';

// Sizes of the real production build, gzipped: deterministic, so they fail the suite when exceeded.
for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
  test(`the first load of ${page} stays within its size budgets`, ({ buildDir }) => {
    const sizes = measureInitialLoad(buildDir, page);
    console.log(
      `${page}, initial load, gzip: JS ${sizes.js.toFixed(1)} KB (${sizes.scripts.join(', ')}), ` +
        `CSS ${sizes.css.toFixed(1)} KB, HTML ${sizes.html.toFixed(1)} KB, ` +
        `code inlined to run before the first paint ${sizes.beforePaint.toFixed(2)} KB`,
    );
    expect(sizes.scripts.length).toBeGreaterThan(0);
    expect(sizes.styles.length).toBeGreaterThan(0);
    expect(sizes.js).toBeLessThanOrEqual(BUDGETS_KB.js);
    expect(sizes.css).toBeLessThanOrEqual(BUDGETS_KB.css);
    expect(sizes.html).toBeLessThanOrEqual(BUDGETS_KB.html);
    // The early script (src/early/) is there on every page.
    expect(sizes.beforePaint).toBeGreaterThan(1);
    expect(sizes.beforePaint).toBeLessThanOrEqual(BUDGETS_KB.beforePaint);
  });
}

for (const [page, lang, other] of [
  ['index.html', 'zh-CN', 'en'],
  ['en/index.html', 'en', 'zh-CN'],
] as const) {
  // The client build puts everything the app starts with in one chunk with src/start.tsx
  // (build/startChunk.ts): left to itself, the bundler splits it into many small files.
  test(`a first visit to ${page} loads three scripts: the entry, the app's start and its text`, ({ buildDir }) => {
    expect(measureInitialLoad(buildDir, page).scripts.sort()).toEqual([
      expect.stringMatching(/^assets\/index-[\w-]+\.js$/),
      expect.stringMatching(new RegExp(`^assets/locale\\.${lang}-[\\w-]+\\.js$`)),
      expect.stringMatching(/^assets\/start-[\w-]+\.js$/),
    ]);
  });

  // The app knows the guide's steps from its shape (src/content/shape.ts), not from a guide's text.
  test(`a first visit to ${page} loads its own guide's text once, and not the other language's`, ({ buildDir }) => {
    const scripts = measureInitialLoad(buildDir, page).scripts.map((file) =>
      readFileSync(join(buildDir, file), 'utf8'),
    );
    const times = (text: string) => scripts.join('\n').split(text).length - 1;
    expect(times(step('settle-bills', lang).title)).toBe(1);
    expect(times(step('settle-bills', other).title)).toBe(0);
  });
}

/** What only some visits use, each loaded when first asked for: never part of a first visit. */
const ON_DEMAND = ['src/components/SendDialog.tsx', 'src/components/ReminderDialog.tsx'];

for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
  test(`the QR code and the reminder load only when asked for on ${page}, each within its budget`, ({ buildDir }) => {
    const parts = measureOnDemand(buildDir, page);
    console.log(
      `${page}, loaded on demand, gzip: ${Object.entries(parts)
        .map(([source, kb]) => `${source} ${kb.toFixed(1)} KB`)
        .join(', ')}`,
    );
    for (const part of ON_DEMAND) {
      expect(parts[part], `${part} is loaded on demand`).toBeGreaterThan(0);
      expect(parts[part], `${part} with what it adds`).toBeLessThanOrEqual(BUDGETS_KB.onDemand);
    }
  });
}
