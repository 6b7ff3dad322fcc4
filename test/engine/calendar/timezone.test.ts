/**
 * @jest-environment ./test/engine/calendar/timezoneEnvironment.js
 */
// Calendar dates only, no shifts anywhere: the same answers under UTC and under New York (UTC−5
// in January), where a Date at UTC midnight is still the previous evening in local time. The
// chinese-days package's own functions fail exactly this test (they read a Date, and even a
// '2025-01-26' string, through local time and answer for 1/25); the engine uses its tables only.
import { WorkCalendar } from '../../../src/engine/calendar/calendar';
import { addMonths, dayOf, formatDay, weekday } from '../../../src/engine/calendar/dates';
import { parseDate } from '../../../src/engine/read/dateText';
import { cellText } from '../../../src/engine/text';

// Provided by timezoneEnvironment.js: sets TZ on the real process (the sandbox's process.env is a
// copy that Node does not watch).
declare const setProcessTimeZone: (tz: string | undefined) => void;

const originalTz = process.env.TZ;
afterAll(() => setProcessTimeZone(originalTz));

/** A Date as ExcelJS returns a date cell: that calendar day at 00:00 UTC. */
const excelJsDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function sameAnswers(): void {
  // Dates from ExcelJS, read by their calendar day.
  expect(parseDate(excelJsDate(2024, 5, 31), 2024)).toEqual({ ok: true, day: 45443, yearAssumed: false });
  expect(parseDate(excelJsDate(2025, 1, 1), 2025)).toEqual({ ok: true, day: dayOf(2025, 1, 1), yearAssumed: false });
  expect(parseDate(excelJsDate(2026, 12, 31), 2026)).toEqual({ ok: true, day: dayOf(2026, 12, 31), yearAssumed: false });
  // A date-time cell (serial 45443.75 = 18:00) as ExcelJS gives it: still 31 May.
  expect(parseDate(new Date(Date.UTC(2024, 4, 31, 18)), 2024)).toEqual({ ok: true, day: 45443, yearAssumed: false });
  expect(cellText(excelJsDate(2024, 5, 31))).toBe('2024-05-31');

  // Serials and text.
  expect(parseDate(45443.75, 2024)).toEqual({ ok: true, day: 45443, yearAssumed: false });
  expect(parseDate('2024年5月31日', 2024)).toEqual({ ok: true, day: 45443, yearAssumed: false });
  expect(parseDate('5月31日', 2024)).toEqual({ ok: true, day: 45443, yearAssumed: true });
  expect(parseDate('2025-02-29', 2025)).toEqual({ ok: false, reason: 'nonexistent' });
  expect(weekday(45443)).toBe(5);
  expect(formatDay(addMonths(dayOf(2026, 12, 31), 2))).toBe('2027-02-28');

  // The calendar around 2025 春节, with Dates from ExcelJS going through parseDate.
  const cal = new WorkCalendar([{ day: dayOf(2025, 3, 2), work: true }]);
  const sunday = parseDate(excelJsDate(2025, 1, 26), 2025);
  expect(sunday).toEqual({ ok: true, day: dayOf(2025, 1, 26), yearAssumed: false });
  if (!sunday?.ok) throw new Error('unreachable');
  expect(cal.isWorkday(sunday.day)).toBe(true); // 调休 Sunday
  expect(cal.isWorkday(dayOf(2025, 1, 25))).toBe(false); // the Saturday before
  expect(cal.isWorkday(dayOf(2025, 1, 27))).toBe(true);
  expect(cal.isWorkday(dayOf(2025, 1, 28))).toBe(false);
  expect(cal.isWorkday(dayOf(2025, 3, 2))).toBe(true); // override
  expect(cal.workdaysBetween(dayOf(2025, 1, 24), dayOf(2025, 2, 10))).toBe(7);
  expect(formatDay(cal.addWorkdays(dayOf(2025, 9, 30), 1))).toBe('2025-10-09');
  expect(formatDay(cal.addWorkdays(dayOf(2026, 2, 14), 1))).toBe('2026-02-24');
}

describe.each([
  ['UTC', 0],
  ['America/New_York', 300], // EST: getTimezoneOffset is +300 minutes in January
])('under TZ=%s', (tz, offset) => {
  beforeAll(() => setProcessTimeZone(tz));

  test('the switch took effect', () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(offset);
  });

  test('dates and the calendar give the same answers', () => {
    sameAnswers();
  });
});

test('New York really is a day behind for a UTC-midnight Date (the trap the tests guard)', () => {
  setProcessTimeZone('America/New_York');
  const d = excelJsDate(2025, 1, 26);
  expect(d.getDate()).toBe(25); // local-time fields see Saturday 25 January
  expect(parseDate(d, 2025)).toEqual({ ok: true, day: dayOf(2025, 1, 26), yearAssumed: false });
});
