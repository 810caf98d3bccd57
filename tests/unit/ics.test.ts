import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { daysLater, reminderCalendar, type Reminder } from '../../src/reminder/ics.ts';

const NOW = new Date('2026-11-30T03:00:00Z');
const REMINDER: Reminder = {
  uid: 'reminder-1@example',
  title: '看看这一步：等待审核',
  body: '运营商审核通常需要几天；可以打客服热线, 或找在线客服询问进度。\\n第二行\n\n回到清单里的这一步：https://example.com/guide/#wait-for-review',
  url: 'https://example.com/guide/#wait-for-review',
  start: new Date('2026-12-03T02:00:00Z'),
};

/** The event, as a calendar library reads the file. */
function readEvent(file: string) {
  const calendar = ICAL.Component.fromString(file);
  const event = calendar.getFirstSubcomponent('vevent');
  if (event === null) throw new Error('no event');
  return { calendar, event, reading: new ICAL.Event(event) };
}

describe('a reminder as a calendar file', () => {
  it('reads back as one event with its title, text, link, time and an alarm at its start', () => {
    const { calendar, event, reading } = readEvent(reminderCalendar(REMINDER, NOW));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(reading.uid).toBe(REMINDER.uid);
    expect(reading.summary).toBe(REMINDER.title);
    expect(reading.description).toBe(REMINDER.body);
    expect(event.getFirstPropertyValue('url')).toBe(REMINDER.url);
    expect(reading.startDate.toJSDate().toISOString()).toBe(REMINDER.start.toISOString());
    expect(reading.endDate.toJSDate().getTime() - REMINDER.start.getTime()).toBe(15 * 60 * 1000);
    expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-30T03:00:00Z');
    const alarm = event.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT0S');
  });

  it('ends every line with CRLF and folds none longer than 75 octets, never inside a character', () => {
    const file = reminderCalendar(REMINDER, NOW);
    expect(file.endsWith('\r\n')).toBe(true);
    const lines = file.slice(0, -2).split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n\uFFFD]/);
    }
  });

  it('keeps any title and text, with its line breaks, and only drops control characters', () => {
    const char = fc.oneof(
      fc.constantFrom('\r', '\n', '\r\n', '\t', ',', ';', '\\', ':', '\u0000', '\u007f'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    const anyText = fc.string({ unit: char, maxLength: 200 });
    // As a calendar shows it: one kind of line break, and no control characters.
    const shown = (value: string) =>
      value
        .replace(/\r\n|\r/g, '\n')
        // eslint-disable-next-line no-control-regex -- removing them is the point
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const file = reminderCalendar({ ...REMINDER, title, body }, NOW);
        const { reading } = readEvent(file);
        expect(reading.summary).toBe(shown(title));
        expect(reading.description).toBe(shown(body));
        expect(file.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('is set at ten in the morning even when the clocks change in between', () => {
    const zone = process.env.TZ;
    try {
      // Summer time ends in London on 25 October 2026.
      process.env.TZ = 'Europe/London';
      const later = daysLater(new Date(2026, 9, 23, 12, 0), 3);
      expect([later.getDate(), later.getHours()]).toEqual([26, 10]);
      expect(later.toISOString()).toBe('2026-10-26T10:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('is set a number of days later at ten in the morning on the device’s clock', () => {
    const later = daysLater(new Date(2026, 10, 30, 23, 15), 3);
    expect([later.getFullYear(), later.getMonth(), later.getDate(), later.getHours(), later.getMinutes()]).toEqual([
      2026, 11, 3, 10, 0,
    ]);
  });
});
