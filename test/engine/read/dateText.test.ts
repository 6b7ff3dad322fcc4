import { PHANTOM_LEAP_DAY, dayOf } from '../../../src/engine/calendar/dates';
import { parseDate } from '../../../src/engine/read/dateText';

// 2024-05-31 is serial 45443 (see test/engine/calendar/dates.test.ts for the arithmetic).
const MAY_31_2024 = 45443;

const ok = (day: number, yearAssumed = false) => ({ ok: true, day, yearAssumed });
const bad = (reason: string) => ({ ok: false, reason });

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
