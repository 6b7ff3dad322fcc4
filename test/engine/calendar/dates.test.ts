import fc from 'fast-check';
import {
  addMonths,
  dayOf,
  daysInMonth,
  formatChineseDay,
  formatDay,
  isValidYmd,
  lastDayOfMonth,
  parseMonth,
  weekday,
  ymdOf,
} from '../../../src/engine/calendar/dates';

// Reference serials, as Excel shows them with the cell formatted as a number:
//   2024-01-01 = 45292; Jan 31 + Feb 29 + Mar 31 + Apr 30 = 121 days later 2024-05-01 = 45413,
//   so 2024-05-31 = 45443 and 2024-02-29 = 45292 + 31 + 28 = 45351.
//   2025-01-01 = 45292 + 366 = 45658; 2026-01-01 = 45658 + 365 = 46023; 2027-01-01 = 46388.
//   1900-03-01 = 61 (serial 60 is Excel's phantom 1900-02-29); 9999-12-31 = 2958465.
const MAY_31_2024 = 45443;

/** Oracle independent of dates.ts: whole days from 1899-12-30 by the platform's UTC arithmetic. */
function oracle(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}


describe('serial arithmetic', () => {
  test('known serials', () => {
    expect(dayOf(2024, 5, 31)).toBe(MAY_31_2024);
    expect(dayOf(2024, 1, 1)).toBe(45292);
    expect(dayOf(2024, 2, 29)).toBe(45351);
    expect(dayOf(2025, 1, 1)).toBe(45658);
    expect(dayOf(2026, 1, 1)).toBe(46023);
    expect(dayOf(2027, 1, 1)).toBe(46388);
    expect(dayOf(1900, 3, 1)).toBe(61);
    expect(dayOf(9999, 12, 31)).toBe(2958465);
  });

  test('ymdOf inverts dayOf', () => {
    expect(ymdOf(MAY_31_2024)).toEqual({ year: 2024, month: 5, day: 31 });
    expect(ymdOf(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(ymdOf(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  test('dayOf agrees with Date.UTC and ymdOf round-trips, 1900-03-01 to 9999-12-31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const { year, month, day } = ymdOf(serial);
        expect(isValidYmd(year, month, day)).toBe(true);
        expect(dayOf(year, month, day)).toBe(serial);
        expect(oracle(year, month, day)).toBe(serial);
      }),
    );
  });

  test('isValidYmd and daysInMonth know the leap years', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2025, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true); // divisible by 400
    expect(isValidYmd(1900, 2, 29)).toBe(false); // divisible by 100, not 400
    expect(isValidYmd(2024, 4, 31)).toBe(false);
    expect(isValidYmd(2024, 13, 1)).toBe(false);
    expect(isValidYmd(2024, 0, 1)).toBe(false);
    expect(isValidYmd(2024, 1, 0)).toBe(false);
    expect(isValidYmd(2024, 1.5, 1)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(daysInMonth(2024, 11)).toBe(30);
  });

  test('lastDayOfMonth', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(45351);
    expect(lastDayOfMonth(2024, 5)).toBe(MAY_31_2024);
    expect(lastDayOfMonth(2025, 2)).toBe(dayOf(2025, 2, 28));
    expect(lastDayOfMonth(2024, 12)).toBe(dayOf(2025, 1, 1) - 1);
  });

  test('weekday: 0 = Sunday … 6 = Saturday', () => {
    expect(weekday(MAY_31_2024)).toBe(5); // a Friday
    expect(weekday(dayOf(2025, 1, 26))).toBe(0); // the 调休 Sunday before 春节 2025
    expect(weekday(dayOf(2026, 2, 14))).toBe(6); // the 调休 Saturday before 春节 2026
    expect(weekday(61)).toBe(4); // 1900-03-01 was a Thursday (Excel WEEKDAY(61) = 5, Sunday = 1)
    expect(weekday(dayOf(2025, 10, 1))).toBe(3); // National Day 2025, a Wednesday
  });

  test('formatDay and formatChineseDay', () => {
    expect(formatDay(MAY_31_2024)).toBe('2024-05-31');
    expect(formatDay(dayOf(2026, 1, 4))).toBe('2026-01-04');
    expect(formatChineseDay(MAY_31_2024)).toBe('2024年5月31日');
    expect(formatChineseDay(dayOf(2026, 10, 1))).toBe('2026年10月1日');
  });
});

describe('addMonths = Excel EDATE', () => {
  const edate = (y: number, m: number, d: number, n: number) => formatDay(addMonths(dayOf(y, m, d), n));

  test('same day of month when it exists', () => {
    expect(edate(2024, 5, 31, 0)).toBe('2024-05-31');
    expect(edate(2024, 5, 15, 2)).toBe('2024-07-15');
    expect(edate(2024, 11, 15, 3)).toBe('2025-02-15'); // across a year end
    expect(edate(2025, 3, 15, -15)).toBe('2023-12-15'); // backwards across two year ends
  });

  test('clamps to the last day of a shorter month', () => {
    expect(edate(2026, 12, 31, 2)).toBe('2027-02-28'); // 2027 is not a leap year
    expect(edate(2024, 1, 31, 1)).toBe('2024-02-29'); // 2024 is
    expect(edate(2023, 1, 31, 1)).toBe('2023-02-28');
    expect(edate(2024, 3, 31, -1)).toBe('2024-02-29');
    expect(edate(2024, 8, 31, 1)).toBe('2024-09-30');
    expect(edate(2024, 2, 29, 12)).toBe('2025-02-28');
    expect(edate(2024, 2, 29, 48)).toBe('2028-02-29');
  });

  test('EDATE does not carry the clamp: 01-31 +1 +1 is 03-29, +2 is 03-31', () => {
    const jan31 = dayOf(2024, 1, 31);
    expect(formatDay(addMonths(addMonths(jan31, 1), 1))).toBe('2024-03-29');
    expect(formatDay(addMonths(jan31, 2))).toBe('2024-03-31');
  });
});

describe('parseMonth', () => {
  test('YYYY-MM and YYYY-M', () => {
    expect(parseMonth('2024-05')).toEqual({ year: 2024, month: 5 });
    expect(parseMonth('2024-5')).toEqual({ year: 2024, month: 5 });
    expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth(' 2024-05 ')).toEqual({ year: 2024, month: 5 });
    expect(parseMonth('２０２４－０５')).toEqual({ year: 2024, month: 5 });
    expect(parseMonth('1901-01')).toEqual({ year: 1901, month: 1 });
  });

  test.each([['2024-13'], ['2024-00'], ['2024/05'], ['202405'], ['2024-05-31'], ['24-05'], ['1900-01'], [''], ['五月']])(
    '%j is not a month',
    (text) => {
      expect(parseMonth(text)).toBeNull();
    },
  );
});
