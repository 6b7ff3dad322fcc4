import chineseDays from 'chinese-days/dist/chinese-days.json';
import { WorkCalendar, defaultCalendar } from '../../../src/engine/calendar/calendar';
import { dayOf, formatDay, weekday } from '../../../src/engine/calendar/dates';

// The State Council (国务院办公厅) schedules these tests rely on, checked against
// node_modules/chinese-days/dist/chinese-days.json (1.5.7) below — the package data agrees with
// every one of them:
//   2025 春节: 1/28 (Tue) – 2/4 (Tue) off; 1/26 (Sun) and 2/8 (Sat) are working days.
//   2025 国庆节、中秋节: 10/1 (Wed) – 10/8 (Wed) off; 9/28 (Sun) and 10/11 (Sat) working.
//   2026 春节: 2/15 (Sun) – 2/23 (Mon) off; 2/14 (Sat) and 2/28 (Sat) working.
//   2026 国庆节: 10/1 (Thu) – 10/7 (Wed) off; 9/20 (Sun) and 10/10 (Sat) working.
//   (2026 中秋节 is a separate break, 9/25 (Fri) – 9/27 (Sun), in the same data.)

const D = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
};
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = D(from); d <= D(to); d++) out.push(formatDay(d));
  return out;
};

const tables = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
const cal = defaultCalendar();

describe('the package data says what the State Council published', () => {
  const offDays = (name: string, year: string) =>
    Object.entries(tables.holidays)
      .filter(([k, v]) => k.startsWith(year) && v.includes(name))
      .map(([k]) => k)
      .sort();
  const onDays = (name: string, year: string) =>
    Object.entries(tables.workdays)
      .filter(([k, v]) => k.startsWith(year) && v.includes(name))
      .map(([k]) => k)
      .sort();

  test('2025 春节', () => {
    expect(offDays('春节', '2025')).toEqual(range('2025-01-28', '2025-02-04'));
    expect(onDays('春节', '2025')).toEqual(['2025-01-26', '2025-02-08']);
  });

  test('2025 国庆节 with 中秋节', () => {
    // 10/6 is labelled 中秋 in the data, the other seven 国庆节: one 8-day break.
    const off = [...offDays('国庆节', '2025'), ...offDays('中秋', '2025')].sort();
    expect(off).toEqual(range('2025-10-01', '2025-10-08'));
    expect(onDays('国庆节', '2025')).toEqual(['2025-09-28', '2025-10-11']);
  });

  test('2026 春节', () => {
    expect(offDays('春节', '2026')).toEqual(range('2026-02-15', '2026-02-23'));
    expect(onDays('春节', '2026')).toEqual(['2026-02-14', '2026-02-28']);
  });

  test('2026 国庆节 and 中秋节', () => {
    expect(offDays('国庆节', '2026')).toEqual(range('2026-10-01', '2026-10-07'));
    expect(offDays('中秋', '2026')).toEqual(range('2026-09-25', '2026-09-27'));
    expect(onDays('国庆节', '2026')).toEqual(['2026-09-20', '2026-10-10']);
  });

  test('the weekdays named above are right', () => {
    expect(['2025-01-26', '2025-09-28', '2026-09-20'].map((d) => weekday(D(d)))).toEqual([0, 0, 0]);
    expect(['2025-02-08', '2025-10-11', '2026-02-14', '2026-02-28', '2026-10-10'].map((d) => weekday(D(d)))).toEqual([
      6, 6, 6, 6, 6,
    ]);
  });
});

describe('isWorkday', () => {
  test('ordinary weeks: Monday to Friday', () => {
    // 2025-03-03 is a Monday with no holiday that week.
    expect(range('2025-03-03', '2025-03-09').map((d) => cal.isWorkday(D(d)))).toEqual([
      true, true, true, true, true, false, false,
    ]);
  });

  test('2025 春节, day by day from Sat 1/25 to Mon 2/10', () => {
    const work = range('2025-01-25', '2025-02-10').filter((d) => cal.isWorkday(D(d)));
    expect(work).toEqual([
      '2025-01-26', // Sun, 调休
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08', // Sat, 调休
      '2025-02-10',
    ]);
  });

  test('2025 国庆中秋, day by day from Sat 9/27 to Mon 10/13', () => {
    const work = range('2025-09-27', '2025-10-13').filter((d) => cal.isWorkday(D(d)));
    expect(work).toEqual(['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
  });

  test('2026 春节, day by day from Fri 2/13 to Mon 3/2', () => {
    const work = range('2026-02-13', '2026-03-02').filter((d) => cal.isWorkday(D(d)));
    expect(work).toEqual([
      '2026-02-13',
      '2026-02-14', // Sat, 调休
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28', // Sat, 调休
      '2026-03-02',
    ]);
  });

  test('2026 中秋 and 国庆, day by day from Sat 9/19 to Mon 10/12', () => {
    const work = range('2026-09-19', '2026-10-12').filter((d) => cal.isWorkday(D(d)));
    expect(work).toEqual([
      '2026-09-20', // Sun, 调休
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-24',
      // 9/25 Fri – 9/27 Sun 中秋
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      // 10/1 – 10/7 国庆
      '2026-10-08',
      '2026-10-09',
      '2026-10-10', // Sat, 调休
      '2026-10-12',
    ]);
  });
});

describe('workdaysBetween counts working days in (from, to]', () => {
  test('across 2025 春节: Fri 1/24 → Mon 2/10 is 7', () => {
    // 1/26 Sun, 1/27, 2/5, 2/6, 2/7, 2/8 Sat, 2/10 = 7 (1/28–2/4 off, 1/25 and 2/9 weekend).
    expect(cal.workdaysBetween(D('2025-01-24'), D('2025-02-10'))).toBe(7);
  });

  test('across 2025 国庆: Fri 9/26 → Mon 10/13 is 7', () => {
    // 9/28 Sun, 9/29, 9/30, 10/9, 10/10, 10/11 Sat, 10/13 = 7.
    expect(cal.workdaysBetween(D('2025-09-26'), D('2025-10-13'))).toBe(7);
  });

  test('across 2026 春节: Thu 2/12 → Mon 3/2 is 8', () => {
    // 2/13, 2/14 Sat, 2/24, 2/25, 2/26, 2/27, 2/28 Sat, 3/2 = 8.
    expect(cal.workdaysBetween(D('2026-02-12'), D('2026-03-02'))).toBe(8);
  });

  test('across 2026 中秋 and 国庆: Fri 9/18 → Mon 10/12 is 12', () => {
    // 9/20 Sun, 9/21–9/24 (4), 9/28–9/30 (3), 10/8, 10/9, 10/10 Sat, 10/12 = 1+4+3+4 = 12.
    expect(cal.workdaysBetween(D('2026-09-18'), D('2026-10-12'))).toBe(12);
  });

  test('from is excluded, to is included; to ≤ from gives 0', () => {
    expect(cal.workdaysBetween(D('2025-03-03'), D('2025-03-03'))).toBe(0);
    expect(cal.workdaysBetween(D('2025-03-03'), D('2025-03-04'))).toBe(1); // Mon → Tue
    expect(cal.workdaysBetween(D('2025-03-07'), D('2025-03-09'))).toBe(0); // Fri → Sun
    expect(cal.workdaysBetween(D('2025-03-10'), D('2025-03-03'))).toBe(0);
    expect(cal.workdaysBetween(D('2025-01-27'), D('2025-02-04'))).toBe(0); // the whole break
  });

  test('a deadline 5 working days on (the 整改 period) ends where workdaysBetween says 5', () => {
    const deadline = cal.addWorkdays(D('2025-09-30'), 5);
    expect(formatDay(deadline)).toBe('2025-10-14');
    expect(cal.workdaysBetween(D('2025-09-30'), deadline)).toBe(5);
  });
});

describe('addWorkdays = Excel WORKDAY', () => {
  const add = (iso: string, n: number) => formatDay(cal.addWorkdays(D(iso), n));

  test('n = 0 gives the date, even on a holiday or weekend', () => {
    expect(add('2025-01-28', 0)).toBe('2025-01-28');
    expect(add('2025-03-08', 0)).toBe('2025-03-08');
  });

  test('over 2025 春节', () => {
    expect(add('2025-01-24', 1)).toBe('2025-01-26'); // Fri → the 调休 Sunday
    expect(add('2025-01-27', 1)).toBe('2025-02-05');
    expect(add('2025-02-07', 1)).toBe('2025-02-08'); // Fri → the 调休 Saturday
    expect(add('2025-02-05', -1)).toBe('2025-01-27');
    expect(add('2025-01-30', 1)).toBe('2025-02-05'); // starting inside the break
  });

  test('over 2025 国庆', () => {
    expect(add('2025-09-26', 1)).toBe('2025-09-28');
    expect(add('2025-09-30', 1)).toBe('2025-10-09');
    // 10/9, 10/10, 10/11 Sat, 10/13, 10/14
    expect(add('2025-09-30', 5)).toBe('2025-10-14');
    expect(add('2025-10-09', -1)).toBe('2025-09-30');
  });

  test('over 2026 春节 and 国庆', () => {
    expect(add('2026-02-13', 1)).toBe('2026-02-14');
    expect(add('2026-02-14', 1)).toBe('2026-02-24');
    expect(add('2026-02-24', -1)).toBe('2026-02-14');
    expect(add('2026-02-27', 1)).toBe('2026-02-28');
    expect(add('2026-09-30', 1)).toBe('2026-10-08');
    expect(add('2026-10-09', 1)).toBe('2026-10-10');
    expect(add('2026-09-24', 1)).toBe('2026-09-28'); // over 中秋
  });

  test('weekends as WORKDAY treats them', () => {
    expect(add('2025-03-08', 1)).toBe('2025-03-10'); // Sat + 1 = Mon
    expect(add('2025-03-08', -1)).toBe('2025-03-07'); // Sat − 1 = Fri
    expect(add('2025-03-07', 5)).toBe('2025-03-14'); // Fri + 5 = next Fri
  });

  test('a fractional n is truncated, as WORKDAY does', () => {
    expect(add('2025-03-07', 1.9)).toBe('2025-03-10');
    expect(add('2025-03-10', -1.5)).toBe('2025-03-07');
    expect(add('2025-03-10', 0.5)).toBe('2025-03-10');
  });
});

describe('节假日 overrides win', () => {
  // 2025-03-02 is a Sunday and 2025-03-05 a Wednesday, both ordinary days in the package data.
  const cal2 = new WorkCalendar([
    { day: D('2025-03-02'), work: true }, // 班 on a Sunday
    { day: D('2025-03-05'), work: false }, // 休 on a Wednesday
    { day: D('2025-01-26'), work: false }, // 休 over the package's 调休 Sunday
    { day: D('2025-10-01'), work: true }, // 班 over the package's National Day
  ]);

  test('isWorkday', () => {
    expect(weekday(D('2025-03-02'))).toBe(0);
    expect(weekday(D('2025-03-05'))).toBe(3);
    expect(cal2.isWorkday(D('2025-03-02'))).toBe(true);
    expect(cal2.isWorkday(D('2025-03-05'))).toBe(false);
    expect(cal2.isWorkday(D('2025-01-26'))).toBe(false);
    expect(cal2.isWorkday(D('2025-10-01'))).toBe(true);
    expect(cal2.isWorkday(D('2025-10-02'))).toBe(false); // neighbours keep the package's answer
  });

  test('the shared default calendar is not touched by another calendar’s overrides', () => {
    expect(cal.isWorkday(D('2025-03-02'))).toBe(false);
    expect(cal.isWorkday(D('2025-03-05'))).toBe(true);
    expect(cal.isWorkday(D('2025-01-26'))).toBe(true);
    expect(cal.isWorkday(D('2025-10-01'))).toBe(false);
  });

  test('counting and adding use them', () => {
    expect(cal.workdaysBetween(D('2025-02-28'), D('2025-03-03'))).toBe(1); // Mon only
    expect(cal2.workdaysBetween(D('2025-02-28'), D('2025-03-03'))).toBe(2); // Sun 班 + Mon
    expect(cal.workdaysBetween(D('2025-03-03'), D('2025-03-06'))).toBe(3); // Tue, Wed, Thu
    expect(cal2.workdaysBetween(D('2025-03-03'), D('2025-03-06'))).toBe(2); // Wed is 休
    expect(formatDay(cal2.addWorkdays(D('2025-02-28'), 1))).toBe('2025-03-02');
    expect(formatDay(cal2.addWorkdays(D('2025-03-04'), 1))).toBe('2025-03-06');
  });
});

describe('covers: which years the calendar knows', () => {
  test('the package data spans 2004–2026', () => {
    for (let y = 2004; y <= 2026; y++) expect(cal.covers(y)).toBe(true);
    expect(cal.covers(2003)).toBe(false);
    expect(cal.covers(2027)).toBe(false);
  });

  test('without data, 2027 falls back to Monday–Friday (hence the 警告)', () => {
    // 2027-01-01 is a Friday: 元旦, but without a schedule it counts as a working day.
    expect(weekday(D('2027-01-01'))).toBe(5);
    expect(cal.isWorkday(D('2027-01-01'))).toBe(true);
    expect(cal.isWorkday(D('2027-01-02'))).toBe(false); // Saturday
  });

  test('a 2027 row on the 节假日 sheet makes 2027 covered and is applied', () => {
    const cal2027 = new WorkCalendar([{ day: D('2027-01-01'), work: false }]);
    expect(cal2027.covers(2027)).toBe(true);
    expect(cal2027.covers(2028)).toBe(false);
    expect(cal2027.covers(2026)).toBe(true);
    expect(cal2027.isWorkday(D('2027-01-01'))).toBe(false);
    expect(formatDay(cal2027.addWorkdays(D('2026-12-31'), 1))).toBe('2027-01-04');
  });
});
