import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { totalItems } from '../../src/content/guide.ts';
import { decodeProgress } from '../../src/links/progressLink.ts';
import { useProgress } from '../../src/progress/store.ts';
import { step } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { openStepActions, stepAction } from './controls.ts';

const text = onDemandZhCN.reminder;
const WAITING = step('wait-for-review');
/** The day `days` later than today, at ten in the morning. */
function daysFromToday(days: number): Date {
  const day = new Date();
  day.setDate(day.getDate() + days);
  day.setHours(10, 0, 0, 0);
  return day;
}

/** A step's reminder button, behind its 更多. */
const remindButton = (user: UserEvent, title: string) => stepAction(user, title, strings.reminder.buttonLabel(title));

/** The event in the calendar file the dialog offers to download. */
function offeredEvent(dialog: HTMLElement) {
  const link = within(dialog).getByRole('link', { name: text.download });
  expect(link).toHaveAttribute('download', text.fileName);
  const href = link.getAttribute('href') ?? '';
  expect(href).toMatch(/^data:text\/calendar;charset=utf-8,/);
  const file = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const event = ICAL.Component.fromString(file).getFirstSubcomponent('vevent');
  if (event === null) throw new Error('The calendar file holds no event.');
  return new ICAL.Event(event);
}

/** The address the event links back to. */
function linkOf(event: ICAL.Event): string {
  const url = event.component.getFirstPropertyValue('url');
  if (typeof url !== 'string') throw new Error('The event has no URL.');
  return url;
}

describe('a reminder', () => {
  it('says what to do if the download does nothing (inside WeChat) before its button is tapped', async () => {
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    const advice = within(dialog).getByText(text.ifNothingDownloads);
    const download = within(dialog).getByRole('link', { name: text.download });
    expect(advice.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is offered on the step of waiting, set for its number of days later, and links back to the step', async () => {
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    expect(within(dialog).getByRole('spinbutton', { name: text.days })).toHaveValue(3);

    const event = offeredEvent(dialog);
    const start = event.startDate.toJSDate();
    expect(start).toEqual(daysFromToday(3));
    expect(within(dialog).getByRole('spinbutton')).toHaveAccessibleDescription(text.when(start));
    expect(event.summary).toBe(text.eventTitle(WAITING.title));
    expect(event.description).toContain(WAITING.detail);
    expect(event.description).toContain(`${window.location.origin}/#progress=`);
    expect(decodeProgress(new URL(linkOf(event)).hash)).toMatchObject({ kind: 'progress', step: WAITING.id });
  });

  it('carries the progress as it stands, with the notes only if the person chooses', async () => {
    const done = { 'back-up-data': '2026-11-20T08:00:00.000Z', 'settle-bills': null };
    const notes = { 'contact-carrier': '工单号 0042' };
    useProgress.setState({ done, notes });
    window.history.replaceState(null, '', '/?from=singlemessage');
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    expect(within(dialog).getByText(text.carries(2, totalItems))).toBeInTheDocument();

    const withNotes = within(dialog).getByRole('checkbox', { name: onDemandZhCN.progressLink.withNotes(1) });
    expect(withNotes).not.toBeChecked();
    const plain = new URL(linkOf(offeredEvent(dialog)));
    expect(plain.search).toBe('');
    expect(decodeProgress(plain.hash)).toEqual({
      kind: 'progress',
      progress: { done, notes: {} },
      lossless: true,
      step: WAITING.id,
    });

    await user.click(withNotes);
    expect(decodeProgress(new URL(linkOf(offeredEvent(dialog))).hash)).toEqual({
      kind: 'progress',
      progress: { done, notes },
      lossless: true,
      step: WAITING.id,
    });
  });

  it('has the step’s own note in the event, only if the person adds their notes', async () => {
    const note = '工单号 0042，客服说周一回电';
    useProgress.setState({ done: {}, notes: { [WAITING.id]: note, 'contact-carrier': '另一步的备注' } });
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    expect(offeredEvent(dialog).description).not.toContain(note);

    await user.click(within(dialog).getByRole('checkbox', { name: onDemandZhCN.progressLink.withNotes(2) }));
    const description = offeredEvent(dialog).description;
    expect(description).toContain(`我的备注：${note}`);
    expect(description).toContain(WAITING.detail);
    expect(description).not.toContain('另一步的备注');
  });

  it('follows the number of days typed, and offers no file for a number it cannot use', async () => {
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    const days = within(dialog).getByRole('spinbutton', { name: text.days });

    await user.clear(days);
    await user.type(days, '10');
    expect(offeredEvent(dialog).startDate.toJSDate()).toEqual(daysFromToday(10));

    await user.clear(days);
    await user.type(days, '0');
    expect(days).toBeInvalid();
    expect(days).toHaveAccessibleDescription(text.daysInvalid(60));
    expect(within(dialog).queryByRole('link', { name: text.download })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: text.close }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await remindButton(user, WAITING.title)).toHaveFocus();
  });

  it('can be set on any step, from its 更多', async () => {
    const other = step('contact-carrier');
    const { user } = renderApp();
    expect(screen.queryByRole('button', { name: strings.reminder.buttonLabel(other.title) })).not.toBeInTheDocument();
    await openStepActions(user, other.title);
    await user.click(screen.getByRole('button', { name: strings.reminder.buttonLabel(other.title) }));
    const dialog = await screen.findByRole('dialog', { name: text.title(other.title) });
    expect(decodeProgress(new URL(linkOf(offeredEvent(dialog))).hash)).toMatchObject({ step: other.id });
  });

  it('is named, with 发送进度, where the page says that progress lives only in this browser', () => {
    renderApp();
    const saved = screen.getByText(strings.savedLocally);
    expect(saved.nextElementSibling).toHaveTextContent(strings.keepCopy);
    expect(strings.keepCopy).toContain(strings.progressLink.send);
    expect(strings.keepCopy).toContain(strings.reminder.button);
  });
});

describe('the reminder dialog says what happens where the person is looking', () => {
  it('gives the advice for in-app browsers before the download, and confirms it inside the dialog', async () => {
    const { user } = renderApp();
    await user.click(await remindButton(user, WAITING.title));
    const dialog = await screen.findByRole('dialog', { name: text.title(WAITING.title) });
    expect(
      within(dialog).getByText('如果点了下载没有反应（比如在微信里），请在手机浏览器中打开本页再试。'),
    ).toBeVisible();
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();

    const download = within(dialog).getByRole('link', { name: text.download });
    // The download itself is the browser's: only the dialog's answer to the tap is tested here.
    download.addEventListener('click', (event) => event.preventDefault());
    await user.click(download);
    expect(within(dialog).getByRole('status')).toHaveTextContent('已生成日历文件：打开下载的文件，把它加入日历。');
  });
});
