import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stepsOf } from '../../src/content/guide.ts';
import { guideZhCN as guide } from '../../src/content/guide.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item, section } from '../support/guide.ts';

const allItems = stepsOf(guide);
import { renderApp } from './render.tsx';

const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });

describe('the checklist', () => {
  it('shows every item as a checkbox named by its title and described by its explanation', () => {
    renderApp();
    const parts = allItems.flatMap((item) => item.subItems ?? []);
    expect(parts).toHaveLength(7);
    expect(screen.getAllByRole('checkbox')).toHaveLength(allItems.length + parts.length);
    for (const item of allItems) {
      const box = screen.getByRole('checkbox', { name: item.title });
      expect(box).not.toBeChecked();
      expect(box).toHaveAccessibleDescription(item.detail);
    }
  });

  it('groups the items into the three sections, in working order', () => {
    renderApp();
    const main = screen.getByRole('main');
    const headings = within(main)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual(guide.sections.map((shown, index) => `${index + 1}${shown.title}`));
  });

  it('counts ticks in the summary, the progress bar and the section', async () => {
    const { user } = renderApp();
    await user.click(checkbox('submit-request'));
    await user.click(checkbox('wait-for-review'));

    expect(screen.getByText(strings.doneCount(2, STEP_COUNT))).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: strings.progressLabel });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', String(STEP_COUNT));
    const cancelling = section('cancellation-steps');
    const steps = screen.getByRole('region', { name: new RegExp(cancelling.title) });
    expect(within(steps).getByText(strings.sectionCountLabel(2, cancelling.items.length))).toBeInTheDocument();
    const beforeYouStart = section('before-you-start');
    const before = screen.getByRole('region', { name: new RegExp(beforeYouStart.title) });
    expect(within(before).getByText(strings.sectionCountLabel(0, beforeYouStart.items.length))).toBeInTheDocument();
  });

  it('changes, on a tick, only that step, its section’s count, the summary and the next step', async () => {
    const { user } = renderApp();
    /** What a person sees of each step: its box, whether it is the current one, and its words. */
    const seen = () =>
      Object.fromEntries(
        allItems.map(({ id, title }) => {
          const box = screen.getByRole<HTMLInputElement>('checkbox', { name: title });
          const step = box.closest('li');
          return [id, { ticked: box.checked, current: step?.getAttribute('aria-current'), text: step?.textContent }];
        }),
      );
    const sectionsSay = (ticked: string | undefined) => {
      for (const shown of guide.sections) {
        const region = screen.getByRole('region', { name: new RegExp(shown.title) });
        const done = shown.items.filter((step) => step.id === ticked).length;
        expect(within(region).getByText(strings.sectionCountLabel(done, shown.items.length))).toBeInTheDocument();
      }
    };
    const [first, second] = allItems;
    if (!first || !second) throw new Error('the guide has fewer than two steps');
    const before = seen();
    sectionsSay(undefined);

    await user.click(checkbox('submit-request'));
    const after = seen();
    expect(after['submit-request']).toMatchObject({ ticked: true, current: null });
    expect(after['submit-request']?.text).toContain(strings.doneAt);
    expect({ ...after, 'submit-request': null }).toEqual({ ...before, 'submit-request': null });
    sectionsSay('submit-request');
    expect(screen.getByText(strings.doneCount(1, STEP_COUNT))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: first.title })).toHaveAttribute('href', `#${first.id}`);

    // The next step ticked: the current mark moves on, and the summary names the step after it.
    await user.click(checkbox(first.id));
    const moved = seen();
    expect(moved[first.id]).toMatchObject({ ticked: true, current: null });
    expect(moved[second.id]).toEqual({ ...after[second.id], current: 'step' });
    expect({ ...moved, [first.id]: null, [second.id]: null }).toEqual({
      ...after,
      [first.id]: null,
      [second.id]: null,
    });
    expect(screen.getByRole('link', { name: second.title })).toHaveAttribute('href', `#${second.id}`);
  });

  it('unticks on a second click', async () => {
    const { user } = renderApp();
    const box = checkbox('settle-bills');
    await user.click(box);
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByText(strings.doneCount(0, STEP_COUNT))).toBeInTheDocument();
  });

  it('can be ticked from the keyboard', async () => {
    const { user } = renderApp();
    checkbox('back-up-data').focus();
    await user.keyboard(' ');
    expect(checkbox('back-up-data')).toBeChecked();
  });

  it('says so when the last step is ticked, and reminds to keep the records', async () => {
    const { user } = renderApp();
    const message = () => screen.queryByRole('heading', { name: guide.completion.title });
    for (const item of allItems.slice(0, -1)) await user.click(screen.getByRole('checkbox', { name: item.title }));
    expect(message()).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: allItems.at(-1)?.title ?? '' }));
    // Shown in a live region that was there all along, so it is read out.
    const status = screen.getAllByRole('status').find((region) => region.contains(message()));
    expect(status).toHaveTextContent(guide.completion.body);
    expect(screen.getByText(strings.doneCount(STEP_COUNT, STEP_COUNT))).toBeInTheDocument();
  });
});
