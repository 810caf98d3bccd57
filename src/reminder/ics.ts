/*
 * A calendar event as an iCalendar file (RFC 5545), made on the device: the calendar apps of
 * phones and computers open it and offer to add it, with its alarm.
 */

export interface Reminder {
  /** Unique to this reminder, so that adding it twice does not make two events. */
  uid: string;
  title: string;
  body: string;
  /** The address to come back to. */
  url: string;
  start: Date;
}

/** How long the event lasts in the calendar. */
const LENGTH_MS = 15 * 60 * 1000;
/** Lines are folded at 75 octets (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

/** A UTC date-time, e.g. 20261203T020000Z. */
const utc = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

/**
 * TEXT values escape backslashes, semicolons, commas and line breaks, and may hold no other control
 * characters than tabs (§3.3.11).
 */
const text = (value: string) =>
  value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Folds a content line into lines of at most 75 octets, never inside a character. */
function fold(line: string): string {
  const lines: string[] = [];
  let current = '';
  for (const char of line) {
    // Continuation lines start with a space, which counts towards their length.
    if (octets(current + char) > LINE_OCTETS) {
      lines.push(current);
      current = ' ';
    }
    current += char;
  }
  return [...lines, current].join('\r\n');
}

/** The iCalendar file of one event with an alarm at its start, stamped `now`. */
export function reminderCalendar({ uid, title, body, url, start }: Reminder, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tm-card-guide//reminder//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(uid)}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(new Date(start.getTime() + LENGTH_MS))}`,
    `SUMMARY:${text(title)}`,
    `DESCRIPTION:${text(body)}`,
    `URL:${url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(title)}`,
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** `days` after `today`, at `hour` o'clock on the device's clock. */
export function daysLater(today: Date, days: number, hour = 10): Date {
  const date = new Date(today);
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  return date;
}
