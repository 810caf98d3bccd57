import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import { recordRenders, type RenderRecord } from './render-recorder.ts';

const ITEMS = 1000;
/**
 * Rendering 1,000 items in jsdom takes 3–5 s a test when the processor is free and over 40 s when
 * other work crowds it (in Chromium, about 0.1 s).
 */
const SLOW_RENDER_MS = 180_000;

vi.mock('../../src/content/guide.zh-CN.ts', async () => {
  const { makeLargeGuide } = await import('../fixtures/large-guide.ts');
  return { guideZhCN: makeLargeGuide(1000) };
});
// The guide's steps, as the app knows them, are those of the large guide too.
vi.mock('../../src/content/shape.ts', async () => {
  const { makeLargeGuide } = await import('../fixtures/large-guide.ts');
  return { guideShape: makeLargeGuide(1000) };
});

/** "Component item-or-section-id" for each render, sorted. */
const describeRenders = (records: RenderRecord[]) =>
  records
    .map(({ component, props }) => {
      const owner = (props?.item ?? props?.section) as { id: string } | undefined;
      return owner ? `${component} ${owner.id}` : component;
    })
    .sort();

describe(`a guide of ${ITEMS} items`, () => {
  it(
    "re-renders only the ticked item, its section (which reads its steps' progress) and the progress counts on a tick",
    async () => {
      const { container } = render(<App />);
      expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(ITEMS);
      const user = userEvent.setup();
      // Label and role queries over 1,000 items take minutes in jsdom: find the item by its link
      // fragment (its element id), then its checkbox by role and name within it.
      const item = container.ownerDocument.getElementById('item-517');
      if (item === null) throw new Error('item-517 is not on the page');
      const box = within(item).getByRole('checkbox', { name: '第 517 项：核对一项资料' });

      const renders = await recordRenders(() => user.click(box));

      expect(box).toBeChecked();
      expect(describeRenders(renders)).toEqual([
        'ChecklistItem item-517',
        'GuideSectionView section-6', // it gives its steps their progress; the other steps are not rendered
        'ProgressSummary',
        'SectionProgress section-6',
      ]);
    },
    SLOW_RENDER_MS,
  );

  it(
    're-renders only the ticked step and the one that becomes next when the next step is ticked',
    async () => {
      const { container } = render(<App />);
      const user = userEvent.setup();
      const item = container.ownerDocument.getElementById('item-1');
      if (item === null) throw new Error('item-1 is not on the page');
      const box = within(item).getByRole('checkbox', { name: '第 1 项：核对一项资料' });

      const renders = await recordRenders(() => user.click(box));

      expect(box).toBeChecked();
      expect(container.ownerDocument.getElementById('item-2')).toHaveAttribute('aria-current', 'step');
      expect(describeRenders(renders)).toEqual([
        'ChecklistItem item-1',
        'ChecklistItem item-2', // now the next step
        'GuideSectionView section-1', // it tells its steps which is next; the other steps are not rendered
        'NextStep',
        'ProgressSummary',
        'SectionProgress section-1',
      ]);
    },
    SLOW_RENDER_MS,
  );
});
