import fc from 'fast-check';
import { dayOf, isValidYmd, ymdOf } from '../../../src/engine/calendar/dates';
import { parseDate, parseLooseDate, type DateWriting, type LooseDate, type PeriodSide } from '../../../src/engine/read/dateText';
import { MSG } from '../../../src/engine/read/messages';

// The report year texts without a year take; the years written in the texts below differ from it
// (2025, 2027) so that a year taken from the wrong place shows.
const REPORT_YEAR = 2026;

const loose = (value: Parameters<typeof parseLooseDate>[0], side: PeriodSide = 'end', standingAllowed = true) =>
  parseLooseDate(value, REPORT_YEAR, side, standingAllowed);

const day = (serial: number, writing: DateWriting, yearAssumed = false): LooseDate => ({ kind: 'day', day: serial, yearAssumed, writing });
const error = (reason: string) => ({ kind: 'error', reason });
const STANDING = { kind: 'standing' };

/** Expects the text to stand for `start` as a 交办日期 and `end` as a 办理时限. */
function expectSides(text: string | number, start: number, end: number, writing: DateWriting, yearAssumed = false) {
  expect(loose(text, 'start')).toEqual(day(start, writing, yearAssumed));
  expect(loose(text, 'end')).toEqual(day(end, writing, yearAssumed));
}

describe('parseLooseDate', () => {
  describe('what parseDate reads keeps its meaning', () => {
    test.each([
      ['2026-06-30', dayOf(2026, 6, 30), false],
      ['2026年6月30日', dayOf(2026, 6, 30), false],
      ['2026.3.15', dayOf(2026, 3, 15), false],
      ['2026-06-30 10:00', dayOf(2026, 6, 30), false],
      ['5月31日', dayOf(REPORT_YEAR, 5, 31), true],
      [45443, dayOf(2024, 5, 31), false], // serial 45443 is 2024-05-31 (test/engine/calendar/dates.test.ts)
      [45443.75, dayOf(2024, 5, 31), false],
      [new Date(Date.UTC(2025, 11, 31)), dayOf(2025, 12, 31), false],
    ])('%j is that day on both sides', (value, serial, yearAssumed) => {
      expect(loose(value, 'start')).toEqual(day(serial, 'day', yearAssumed));
      expect(loose(value, 'end')).toEqual(day(serial, 'day', yearAssumed));
    });

    test("parseDate's errors stay errors with the same reason", () => {
      expect(loose('2025-02-29')).toEqual(error('nonexistent')); // 2025 is no leap year
      expect(loose('1900-01-01')).toEqual(error('range'));
      expect(loose(60)).toEqual(error('phantom'));
      expect(loose(59)).toEqual(error('range'));
      expect(loose(Number.NaN)).toEqual(error('format'));
      expect(loose(true)).toEqual(error('type'));
      expect(loose(new Date(Number.NaN))).toEqual(error('format'));
    });

    test('mixed separators are a day, as parseDate reads them, not a range', () => {
      // parseDate reads 2026.3-6 as 6 March 2026; a range needs another separator (2026.3~6).
      expect(loose('2026.3-6')).toEqual(day(dayOf(2026, 3, 6), 'day'));
    });

    test('blank is null', () => {
      expect(loose(null)).toBeNull();
      expect(loose('')).toBeNull();
      expect(loose(' \u3000\u200B')).toBeNull();
    });
  });

  describe('year and month', () => {
    test.each([['2025.6'], ['2025-06'], ['2025/6'], ['2025.06'], ['2025年6月'], ['2025年06月'], ['2025年6月份'], ['2025年6月底'], ['2025年6月底前'], ['2025年6月末']])(
      '%j is 1 June 2025 to 30 June 2025',
      (text) => expectSides(text, dayOf(2025, 6, 1), dayOf(2025, 6, 30), 'month'),
    );

    test('month lengths, leap years included', () => {
      expectSides('2028.2', dayOf(2028, 2, 1), dayOf(2028, 2, 29), 'month'); // 2028 is divisible by 4
      expectSides('2026年2月', dayOf(2026, 2, 1), dayOf(2026, 2, 28), 'month');
      expectSides('2000年2月', dayOf(2000, 2, 1), dayOf(2000, 2, 29), 'month'); // divisible by 400
      expectSides('2100年2月', dayOf(2100, 2, 1), dayOf(2100, 2, 28), 'month'); // by 100, not by 400
      expectSides('2025.4', dayOf(2025, 4, 1), dayOf(2025, 4, 30), 'month');
      expectSides('2025.12', dayOf(2025, 12, 1), dayOf(2025, 12, 31), 'month');
    });

    test('a month without a year takes the report year', () => {
      expectSides('6月', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('6月底', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('6月底前', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('6月末', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
    });

    test('a whole year', () => {
      expectSides('2025年', dayOf(2025, 1, 1), dayOf(2025, 12, 31), 'period');
      expectSides('2025', dayOf(2025, 1, 1), dayOf(2025, 12, 31), 'period');
    });
  });

  describe('periods', () => {
    // [text, start (first day), end (last day)], all in the report year.
    test.each([
      ['年底', [12, 1], [12, 31]], // 底 is a point: it stands for December
      ['年底前', [12, 1], [12, 31]],
      ['年末', [12, 1], [12, 31]],
      ['年内', [1, 1], [12, 31]],
      ['下半年', [7, 1], [12, 31]],
      ['四季度', [10, 1], [12, 31]],
      ['第四季度', [10, 1], [12, 31]],
      ['上半年', [1, 1], [6, 30]],
      ['年中', [6, 1], [6, 30]], // 年中 is a point: June
      ['二季度', [4, 1], [6, 30]],
      ['一季度', [1, 1], [3, 31]],
      ['第一季度', [1, 1], [3, 31]],
      ['三季度', [7, 1], [9, 30]],
      ['第三季度', [7, 1], [9, 30]],
      ['三季度前', [7, 1], [9, 30]],
      ['第三季度末', [9, 1], [9, 30]], // the quarter's end stands for its last month
      ['三季度末前', [9, 1], [9, 30]],
      ['3季度', [7, 1], [9, 30]],
      ['第三季', [7, 1], [9, 30]],
      ['6月上旬', [6, 1], [6, 10]],
      ['6月中旬', [6, 11], [6, 20]],
      ['6月下旬', [6, 21], [6, 30]],
      ['2月下旬', [2, 21], [2, 28]], // 2026 is no leap year
      ['6月初', [6, 1], [6, 10]],
      ['6月中', [6, 11], [6, 20]],
    ])('%j', (text, [sm, sd], [em, ed]) => {
      expectSides(text, dayOf(REPORT_YEAR, sm, sd), dayOf(REPORT_YEAR, em, ed), 'period', true);
    });

    test.each([
      ['2025年底前', [12, 1], [12, 31]],
      ['2025年年底', [12, 1], [12, 31]],
      ['2025年末', [12, 1], [12, 31]],
      ['2025年内', [1, 1], [12, 31]],
      ['2025年度', [1, 1], [12, 31]],
      ['2025年上半年', [1, 1], [6, 30]],
      ['2025年下半年', [7, 1], [12, 31]],
      ['2025年第三季度', [7, 1], [9, 30]],
      ['2025年三季度末', [9, 1], [9, 30]],
      ['2025年6月下旬', [6, 21], [6, 30]],
      ['2025年6月中旬', [6, 11], [6, 20]],
    ])('%j keeps its written year', (text, [sm, sd], [em, ed]) => {
      expectSides(text, dayOf(2025, sm, sd), dayOf(2025, em, ed), 'period');
    });

    test('the report year decides a leap day at the end of 2月下旬', () => {
      expect(parseLooseDate('2月下旬', 2028, 'end', false)).toEqual(day(dayOf(2028, 2, 29), 'period', true));
    });
  });

  describe('a date followed by 前 is that date', () => {
    test.each([
      ['9月30日前', dayOf(REPORT_YEAR, 9, 30), true],
      ['9月30日之前', dayOf(REPORT_YEAR, 9, 30), true],
      ['9月30日以前', dayOf(REPORT_YEAR, 9, 30), true],
      ['2025年9月30日前', dayOf(2025, 9, 30), false],
      ['2025-09-30前', dayOf(2025, 9, 30), false],
    ])('%j', (text, serial, yearAssumed) => expectSides(text, serial, serial, 'day', yearAssumed));

    test('a month followed by 前 is that month', () => {
      expectSides('2027年3月前', dayOf(2027, 3, 1), dayOf(2027, 3, 31), 'month');
    });

    test('words around a date that do not move it', () => {
      expectSides('截至6月底', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('到年底', dayOf(REPORT_YEAR, 12, 1), dayOf(REPORT_YEAR, 12, 31), 'period', true);
      expectSides('限6月底前', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('限于2026年9月底前完成', dayOf(2026, 9, 1), dayOf(2026, 9, 30), 'month');
      expectSides('6月底前完成', dayOf(REPORT_YEAR, 6, 1), dayOf(REPORT_YEAR, 6, 30), 'month', true);
      expectSides('9月30日前办结', dayOf(REPORT_YEAR, 9, 30), dayOf(REPORT_YEAR, 9, 30), 'day', true);
    });

    test('a date before 前 that does not exist is still nonexistent', () => {
      expect(loose('2月30日前')).toEqual(error('nonexistent'));
      expect(loose('2025年2月29日前')).toEqual(error('nonexistent')); // 2025 is no leap year
    });
  });

  describe('ranges: the start for 交办日期, the end for deadlines', () => {
    test.each([
      ['2025.3-2025.6'],
      ['2025-3-2025-6'],
      ['2025.3~2025.6'],
      ['2025.3.1-2025.6.30'],
      ['2025-03-01-2025-06-30'],
      ['2025/3/1~2025/6/30'],
      ['2025年3月至2025年6月'],
      ['2025年3月至6月'], // the end takes the start's year
      ['2025年3月到6月底'],
      ['2025年3-6月'],
      ['2025年3至6月'],
      ['2025.3~6'],
      ['3月至2025年6月'], // the start takes the end's year
    ])('%j is 1 March 2025 to 30 June 2025', (text) => {
      expectSides(text, dayOf(2025, 3, 1), dayOf(2025, 6, 30), 'range');
    });

    test.each([['3月至6月'], ['3月—6月'], ['3月–6月'], ['3月~6月'], ['3月到6月'], ['3月-6月'], ['3-6月'], ['3至6月'], ['3月——6月']])(
      '%j takes the report year',
      (text) => expectSides(text, dayOf(REPORT_YEAR, 3, 1), dayOf(REPORT_YEAR, 6, 30), 'range', true),
    );

    test('ranges of days and of periods', () => {
      expectSides('2025.3.1-15', dayOf(2025, 3, 1), dayOf(2025, 3, 15), 'range');
      expectSides('2025.3.1~6.15', dayOf(2025, 3, 1), dayOf(2025, 6, 15), 'range');
      expectSides('3月1日至15日', dayOf(REPORT_YEAR, 3, 1), dayOf(REPORT_YEAR, 3, 15), 'range', true);
      expectSides('一至三季度', dayOf(REPORT_YEAR, 1, 1), dayOf(REPORT_YEAR, 9, 30), 'range', true);
      expectSides('3月至年底', dayOf(REPORT_YEAR, 3, 1), dayOf(REPORT_YEAR, 12, 31), 'range', true);
      expectSides('3月至6月底前', dayOf(REPORT_YEAR, 3, 1), dayOf(REPORT_YEAR, 6, 30), 'range', true);
      // Across a year end: November 2025 to February 2026, which has 28 days.
      expectSides('2025.11-2026.2', dayOf(2025, 11, 1), dayOf(2026, 2, 28), 'range');
    });

    test('a range that runs backwards, or has an impossible end, is an error', () => {
      expect(loose('6月至3月')).toEqual(error('format'));
      expect(loose('2026.6-2025.3')).toEqual(error('format'));
      expect(loose('2025.3-2025.13')).toEqual(error('nonexistent'));
      expect(loose('3月1日至2月30日')).toEqual(error('nonexistent'));
      expect(loose('3月至')).toEqual(error('format'));
      expect(loose('至')).toEqual(error('format'));
    });
  });

  describe('standing items', () => {
    test.each([
      ['长期'], ['长期坚持'], ['持续推进'], ['常态化'], ['常态化推进'], ['按序时推进'], ['按序时进度推进'],
      ['每月25日前'], ['每周五前'], ['每季度末'], ['每月'], ['每周'], ['每年'], ['每月底前'],
      ['每年12月底前'], ['每月5日前报送进展'], ['每周一'], ['每半年'], ['每半月'], ['每双周'], ['每半月报送进展'],
    ])('%j has no deadline where it is allowed, and is an error elsewhere', (text) => {
      expect(loose(text, 'end', true)).toEqual(STANDING);
      expect(loose(text, 'end', false)).toEqual(error('standingNotAllowed'));
      expect(loose(text, 'start', false)).toEqual(error('standingNotAllowed'));
    });

    test('a recurring rule with a final deadline after it is no standing item', () => {
      // Taking it as standing would hide the 年底 deadline: it must be written on its own.
      expect(loose('每月报送进展，年底前完成')).toEqual(error('format'));
      expect(loose('长期，6月底前')).toEqual(error('format'));
    });
  });

  describe('relative words cannot be placed on a day', () => {
    test.each([
      ['下月底'], ['近期'], ['尽快'], ['立即'], ['马上'], ['及时'], ['适时'], ['当天'], ['下周'], ['明年6月'], ['明年底'], ['本月底'],
      ['本年底'], ['今年底'], ['次年3月'], ['下季度'], ['15个工作日内'], ['交办后十五个工作日内'], ['交办后30日内'], ['10天内'], ['一个月内'], ['收到之日起30日内'],
    ])('%j', (text) => {
      expect(loose(text, 'end', true)).toEqual(error('relative'));
      expect(loose(text, 'start', false)).toEqual(error('relative'));
    });
  });

  describe('numbers: a year, or a year and month typed as 2026.6', () => {
    test('a number from 1990 to 2099 is read as year.month, not as a serial in 1905', () => {
      expectSides(2025.6, dayOf(2025, 6, 1), dayOf(2025, 6, 30), 'month');
      expectSides(2025.06, dayOf(2025, 6, 1), dayOf(2025, 6, 30), 'month');
      expectSides(2025.12, dayOf(2025, 12, 1), dayOf(2025, 12, 31), 'month');
      expectSides(2025.11, dayOf(2025, 11, 1), dayOf(2025, 11, 30), 'month');
      expectSides(2028.2, dayOf(2028, 2, 1), dayOf(2028, 2, 29), 'month'); // 2028 is a leap year
      expectSides(1990.01, dayOf(1990, 1, 1), dayOf(1990, 1, 31), 'month');
      expectSides(2099.12, dayOf(2099, 12, 1), dayOf(2099, 12, 31), 'month');
    });

    test('a whole number is the year (2025.0 is the same number)', () => {
      expectSides(2025, dayOf(2025, 1, 1), dayOf(2025, 12, 31), 'period');
      expectSides(2025.0, dayOf(2025, 1, 1), dayOf(2025, 12, 31), 'period');
    });

    test('2025.1 may be 2025.10 as Excel stores it: January, flagged', () => {
      expect(loose(2025.1, 'end')).toEqual({ ...day(dayOf(2025, 1, 31), 'month'), ambiguousMonth: true });
      expect(loose(2025.1, 'start')).toEqual({ ...day(dayOf(2025, 1, 1), 'month'), ambiguousMonth: true });
      // The text keeps its 0, and 2025.01 is a number of its own: neither is ambiguous.
      expect(loose('2025.10')).toEqual(day(dayOf(2025, 10, 31), 'month'));
      expect(loose('2025.1')).toEqual(day(dayOf(2025, 1, 31), 'month'));
      expect(loose(2025.01)).toEqual(day(dayOf(2025, 1, 31), 'month'));
      expect(loose(2025.11)).not.toHaveProperty('ambiguousMonth');
    });

    test('impossible months and long fractions', () => {
      expect(loose(2025.13)).toEqual(error('nonexistent'));
      expect(loose(2025.123)).toEqual(error('format'));
      expect(loose(2025.6001)).toEqual(error('format'));
    });

    test('numbers outside 1990–2099 keep their serial meaning', () => {
      // 1989 and 2100 are serials: 1989 days after 1899-12-30 is 1905-06-11, 2100 is 1905-09-30.
      expect(loose(1989.5)).toEqual(day(dayOf(1905, 6, 11), 'day'));
      expect(loose(2100)).toEqual(day(dayOf(1905, 9, 30), 'day'));
      expect(loose(46203)).toEqual(day(dayOf(2026, 6, 30), 'day')); // 2026-01-01 = 46023, + 180 days
    });
  });

  describe('full-width input and Chinese numerals', () => {
    test('full-width digits, separators and spaces', () => {
      const june2026 = [dayOf(2026, 6, 1), dayOf(2026, 6, 30)] as const;
      expectSides('２０２６．６', ...june2026, 'month');
      expectSides('２０２６－０６', ...june2026, 'month');
      expectSides('２０２６年６月底前', ...june2026, 'month');
      expectSides('2026 年 6 月', ...june2026, 'month');
      expectSides('\u30006月底前\u3000', ...june2026, 'month', true);
      expectSides('６月下旬', dayOf(2026, 6, 21), dayOf(2026, 6, 30), 'period', true);
      expectSides('３月～６月', dayOf(2026, 3, 1), dayOf(2026, 6, 30), 'range', true); // U+FF5E
      expectSides('2026.3－2026.6', dayOf(2026, 3, 1), dayOf(2026, 6, 30), 'range'); // U+FF0D
    });

    test.each([
      ['六月底前', [6, 1], [6, 30], 'month'],
      ['十二月', [12, 1], [12, 31], 'month'],
      ['十月上旬', [10, 1], [10, 10], 'period'],
      ['十一月下旬', [11, 21], [11, 30], 'period'],
      ['第二季度末', [6, 1], [6, 30], 'period'],
      ['九月三十日前', [9, 30], [9, 30], 'day'],
      ['二月二十八日', [2, 28], [2, 28], 'day'],
    ])('%j', (text, [sm, sd], [em, ed], writing) => {
      expectSides(text, dayOf(REPORT_YEAR, sm, sd), dayOf(REPORT_YEAR, em, ed), writing as DateWriting, true);
    });

    test('a year in Chinese numerals is written, not assumed', () => {
      expectSides('二〇二五年六月', dayOf(2025, 6, 1), dayOf(2025, 6, 30), 'month');
      expectSides('二零二五年底', dayOf(2025, 12, 1), dayOf(2025, 12, 31), 'period');
      expectSides('2025年十一月', dayOf(2025, 11, 1), dayOf(2025, 11, 30), 'month');
    });
  });

  describe('impossible values', () => {
    test.each([['2026年13月'], ['2026.13'], ['2026.0'], ['2026-00'], ['0月'], ['13月底前'], ['第五季度'], ['6月32日前'], ['十三月']])(
      '%j does not exist',
      (text) => expect(loose(text)).toEqual(error('nonexistent')),
    );

    // 2026年6 has no 月, 上旬 no month, 26.6 and 6.30 no four-digit year, 6月底前后 is no deadline.
    test.each([['abc'], ['6月底前后'], ['2026年6'], ['上旬'], ['一百月'], ['2026.6.'], ['26.6'], ['6.30'], ['季度末']])('%j is a format error', (text) => {
      expect(loose(text)).toEqual(error('format'));
    });

    test('periods before 1900-03-01 are out of range', () => {
      expect(loose('1899年底')).toEqual(error('range'));
      expect(loose('1900年2月')).toEqual(error('range')); // starts before serial 61
    });
  });

  describe('properties', () => {
    test('`${y}年${m}月` stands for the first and last day of that month', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1901, max: 9998 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
          const start = loose(`${y}年${m}月`, 'start');
          const end = loose(`${y}年${m}月`, 'end');
          if (start?.kind !== 'day' || end?.kind !== 'day') return false;
          for (let d = 1; isValidYmd(y, m, d); d++) {
            if (start.day > dayOf(y, m, d) || end.day < dayOf(y, m, d)) return false;
          }
          // …and no wider: both are days of that month.
          return ymdOf(start.day).month === m && ymdOf(end.day).month === m && ymdOf(end.day).year === y;
        }),
      );
    });

    // Every full-date format of SPEC §1, with and without a time, full-width or not.
    const dateTexts = fc
      .record({ y: fc.integer({ min: 1901, max: 9998 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), form: fc.integer({ min: 0, max: 8 }), wide: fc.boolean() })
      .map(({ y, m, d, form, wide }) => {
        const mm = String(m).padStart(2, '0');
        const text = [
          `${y}-${mm}-${d}`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}年${m}月${d}号`,
          `${m}月${d}日`, `${y}-${m}-${d} 08:30`, `${y}年${m}月${d}日 17:45:10`, `${m}月${d}`,
        ][form];
        return wide ? text.replace(/[0-9\-/.:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : text;
      });

    test('every text parseDate reads gives the same day and year flag on both sides', () => {
      fc.assert(
        fc.property(fc.oneof(dateTexts, fc.string()), fc.constantFrom<PeriodSide>('start', 'end'), fc.boolean(), (text, side, standing) => {
          const exact = parseDate(text, REPORT_YEAR);
          if (exact === null) return parseLooseDate(text, REPORT_YEAR, side, standing) === null;
          if (!exact.ok) return true;
          expect(parseLooseDate(text, REPORT_YEAR, side, standing)).toEqual(day(exact.day, 'day', exact.yearAssumed));
          return true;
        }),
        { numRuns: 2000 },
      );
    });

    test('a number outside 1990–2099 reads as parseDate reads it', () => {
      const outside = fc.oneof(fc.double({ min: -1e7, max: 1989.999, noNaN: true }), fc.double({ min: 2100, max: 3e6, noNaN: true }));
      fc.assert(
        fc.property(outside, (n) => {
          const exact = parseDate(n, REPORT_YEAR);
          const expected = exact?.ok ? day(exact.day, 'day') : error(exact?.ok === false ? exact.reason : '');
          expect(loose(n)).toEqual(expected);
        }),
      );
    });

    test('no form starts after it ends', () => {
      const forms = ['年底', '年内', '上半年', '下半年', '年中', '二季度', '第三季度末', '6月上旬', '6月下旬', '2月', '3月至6月', '3月1日至15日', '9月30日前'];
      fc.assert(
        fc.property(fc.integer({ min: 1901, max: 9998 }), fc.constantFrom(...forms), (y, form) => {
          const start = parseLooseDate(form, y, 'start', false);
          const end = parseLooseDate(form, y, 'end', false);
          return start?.kind === 'day' && end?.kind === 'day' && start.day <= end.day && ymdOf(end.day).year === y;
        }),
      );
    });
  });
});

describe('date messages', () => {
  test('relative words and standing items say what to write instead', () => {
    expect(MSG.badDate('办理时限', '尽快', 'relative')).toBe(
      '「办理时限」的值「尽快」是相对的说法，无法确定是哪一天：请写成具体日期，例如 2026年6月30日、6月底前、2026年三季度。',
    );
    expect(MSG.badDate('延期至', '长期', 'standingNotAllowed')).toBe(
      '「延期至」的值「长期」是长期或周期性的要求，不是一个日期：只有「办理时限」可以写长期事项（长期、每月25日前等），此列请写成具体日期，例如 2026年6月30日、6月底前。',
    );
  });

  test('a date without a year is shown with the year written once, in half-width digits', () => {
    expect(MSG.yearAssumed('办理时限', '年底前', 2026)).toBe('「办理时限」的值「年底前」没有写年份，已按2026年计算：请写成完整日期，例如 2026年底前。');
    expect(MSG.yearAssumed('办理时限', '６月底前', 2026)).toBe('「办理时限」的值「６月底前」没有写年份，已按2026年计算：请写成完整日期，例如 2026年6月底前。');
  });

  test('the warnings for 2026.1, for periods and for standing items say what was assumed', () => {
    const ambiguous = MSG.ambiguousYearMonth('办理时限', 2026);
    expect(ambiguous).toContain('「办理时限」');
    expect(ambiguous).toContain('已按2026年1月计算');
    expect(ambiguous).toContain('2026年10月');
    expect(MSG.loosePeriods('办理时限', 3, '年底前', '2026-12-31', 'end')).toContain('3 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「年底前」按 2026-12-31）');
    expect(MSG.loosePeriods('交办日期', 1, '年底', '2026-12-01', 'start')).toContain('第一天');
    expect(MSG.standingItems('台账', 4)).toContain('「台账」表有 4 个事项');
  });

  test('the other reasons keep their full-date advice', () => {
    expect(MSG.badDate('办结日期', 'abc', 'format')).toBe('「办结日期」的值「abc」无法识别为日期：请写成 2026-05-31 或 2026年5月31日 这样的日期。');
  });
});
