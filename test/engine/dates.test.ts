import fc from 'fast-check';
import {
  PHANTOM_LEAP_DAY,
  addMonths,
  dayOf,
  daysInMonth,
  formatChineseDay,
  formatDay,
  isValidYmd,
  lastDayOfMonth,
  parseDate,
  parseMonth,
  weekday,
  ymdOf,
} from '../../src/engine/dates';

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

const ok = (day: number, yearAssumed = false) => ({ ok: true, day, yearAssumed });
const bad = (reason: string) => ({ ok: false, reason });

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

describe('parseDate', () => {
  describe('serial numbers', () => {
    test('whole and fractional serials keep their calendar day', () => {
      expect(parseDate(MAY_31_2024, 2024)).toEqual(ok(MAY_31_2024));
      expect(parseDate(45443.75, 2024)).toEqual(ok(MAY_31_2024)); // 18:00 that day
      expect(parseDate(45443.999999, 2024)).toEqual(ok(MAY_31_2024));
      expect(parseDate(61, 2024)).toEqual(ok(61));
      expect(parseDate(2958465, 2024)).toEqual(ok(2958465));
    });

    test('serial 60 is the phantom 1900-02-29, with or without a time', () => {
      expect(PHANTOM_LEAP_DAY).toBe(60);
      expect(parseDate(60, 2024)).toEqual(bad('phantom'));
      expect(parseDate(60.5, 2024)).toEqual(bad('phantom'));
    });

    test('out of range and non-finite', () => {
      // Below 61 Excel's serials are off by one from real dates; no ledger has 1900 dates.
      expect(parseDate(59, 2024)).toEqual(bad('range'));
      expect(parseDate(0, 2024)).toEqual(bad('range'));
      expect(parseDate(-1, 2024)).toEqual(bad('range'));
      expect(parseDate(2958466, 2024)).toEqual(bad('range'));
      expect(parseDate(Number.NaN, 2024)).toEqual(bad('format'));
      expect(parseDate(Number.POSITIVE_INFINITY, 2024)).toEqual(bad('format'));
    });

    test('digits typed as text are no accepted date format, so never a silent guess', () => {
      expect(parseDate('45443', 2024)).toEqual(bad('format'));
      expect(parseDate('45443.5', 2024)).toEqual(bad('format'));
      expect(parseDate('20240531', 2024)).toEqual(bad('format'));
    });
  });

  describe('JS dates (ExcelJS gives UTC midnight)', () => {
    test('read by their UTC calendar day', () => {
      expect(parseDate(new Date(Date.UTC(2024, 4, 31)), 2024)).toEqual(ok(MAY_31_2024));
      expect(parseDate(new Date(Date.UTC(2024, 4, 31, 18, 0)), 2024)).toEqual(ok(MAY_31_2024));
      expect(parseDate(new Date(Date.UTC(2024, 1, 29)), 2024)).toEqual(ok(45351));
      expect(parseDate(new Date('2024-05-31T00:00:00.000Z'), 2025)).toEqual(ok(MAY_31_2024));
    });

    test('an invalid Date, and one before 1900-03-01', () => {
      expect(parseDate(new Date(Number.NaN), 2024)).toEqual(bad('format'));
      expect(parseDate(new Date(Date.UTC(1900, 0, 1)), 2024)).toEqual(bad('range'));
    });
  });

  describe('text with a year', () => {
    test.each([
      ['2024-05-31'],
      ['2024-5-31'],
      ['2024/5/31'],
      ['2024/05/31'],
      ['2024.5.31'],
      ['2024年5月31日'],
      ['2024年05月31日'],
      ['2024年5月31号'],
      ['2024年5月31'],
      [' 2024-05-31 '],
      ['2024 - 05 - 31'],
      ['2024年 5月 31日'],
      ['\u30002024/5/31\u3000'], // ideographic spaces
      ['2024\u200B-05-31\uFEFF'], // zero-width space, BOM
      ['２０２４年５月３１日'], // full-width digits
      ['２０２４－０５－３１'], // full-width digits and hyphens
      ['２０２４／５／３１'],
      ['２０２４．５．３１'],
    ])('%j is 2024-05-31', (text) => {
      expect(parseDate(text, 2030)).toEqual(ok(MAY_31_2024));
    });

    test.each([
      ['2024-05-31 08:30'],
      ['2024-05-31 08:30:15'],
      ['2024-05-31 08:30:15.250'],
      ['2024-05-31T08:30:00'],
      ['2024/5/31 8:30'],
      ['2024年5月31日 8:30'],
      ['2024年5月31日8:30'],
      ['２０２４－０５－３１　０８：３０'], // full-width, U+3000 before the time
    ])('%j keeps its calendar day and drops the time', (text) => {
      expect(parseDate(text, 2030)).toEqual(ok(MAY_31_2024));
    });

    test('a time after a one-digit day is not glued onto the day (was read as 11 May)', () => {
      // Removing the space first made "2024-5-1 18:30" into "2024-5-118:30", day 11.
      expect(parseDate('2024-5-1 18:30', 2024)).toEqual(ok(dayOf(2024, 5, 1)));
      expect(parseDate('2024/5/3 12:00', 2024)).toEqual(ok(dayOf(2024, 5, 3)));
      // Without a separator the text is ambiguous and is an error, not a guess.
      expect(parseDate('2024-5-118:30', 2024)).toEqual(bad('format'));
    });

    test('digits separated only by spaces are not one serial number', () => {
      // "2024 5 31" used to become "2024531", serial 2,024,531: a day in the year 7442.
      expect(parseDate('2024 5 31', 2024)).toEqual(bad('format'));
    });

    test('dates that do not exist', () => {
      expect(parseDate('2025-02-29', 2025)).toEqual(bad('nonexistent'));
      expect(parseDate('2025年2月29日', 2025)).toEqual(bad('nonexistent'));
      expect(parseDate('2024-04-31', 2024)).toEqual(bad('nonexistent'));
      expect(parseDate('2024-13-01', 2024)).toEqual(bad('nonexistent'));
      expect(parseDate('2024-00-10', 2024)).toEqual(bad('nonexistent'));
      expect(parseDate('2024-05-00', 2024)).toEqual(bad('nonexistent'));
      expect(parseDate('1900-02-29', 2024)).toEqual(bad('nonexistent')); // text, not serial 60
      expect(parseDate('2024-02-29', 2024)).toEqual(ok(45351));
    });

    test('dates before 1900-03-01 are out of range', () => {
      expect(parseDate('1900-01-01', 2024)).toEqual(bad('range'));
      expect(parseDate('1900-03-01', 2024)).toEqual(ok(61));
    });
  });

  describe('text without a year takes the report year', () => {
    test('5月31日', () => {
      expect(parseDate('5月31日', 2024)).toEqual(ok(MAY_31_2024, true));
      expect(parseDate('5月31日', 2026)).toEqual(ok(dayOf(2026, 5, 31), true));
      expect(parseDate('5月31号', 2024)).toEqual(ok(MAY_31_2024, true));
      expect(parseDate('5月31', 2024)).toEqual(ok(MAY_31_2024, true));
      expect(parseDate('05月31日', 2024)).toEqual(ok(MAY_31_2024, true));
      expect(parseDate('５月３１日', 2024)).toEqual(ok(MAY_31_2024, true));
      expect(parseDate(' 5月 31日 ', 2024)).toEqual(ok(MAY_31_2024, true));
    });

    test('a day that does not exist in the report year', () => {
      expect(parseDate('2月29日', 2025)).toEqual(bad('nonexistent'));
      expect(parseDate('2月29日', 2024)).toEqual(ok(45351, true));
      expect(parseDate('13月1日', 2024)).toEqual(bad('nonexistent'));
    });
  });

  test.each([
    ['abc'],
    ['明天'],
    ['2024年'],
    ['2024年5月'],
    ['2024-05'],
    ['31/05/2024'], // day first: not a SPEC format
    ['24-5-31'], // two-digit year
    ['2024-05-31 下午'],
    ['二〇二四年五月三十一日'],
    ['45443天'],
    ['-45443'],
  ])('%j is a format error', (text) => {
    expect(parseDate(text, 2024)).toEqual(bad('format'));
  });

  test('booleans are a type error', () => {
    expect(parseDate(true, 2024)).toEqual(bad('type'));
    expect(parseDate(false, 2024)).toEqual(bad('type'));
  });

  test('blank is null', () => {
    expect(parseDate(null, 2024)).toBeNull();
    expect(parseDate('', 2024)).toBeNull();
    expect(parseDate('   ', 2024)).toBeNull();
    expect(parseDate('\u3000', 2024)).toBeNull();
    expect(parseDate('\u200B\uFEFF', 2024)).toBeNull();
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
