// The Chinese working-day calendar: weekends off, statutory holidays off, 调休 Saturdays and
// Sundays on. The data comes from the chinese-days package (State Council schedules 2004–2026);
// its functions parse dates through local-time Date objects, so only its tables are used here
// and every day is an Excel serial (see dates.ts). The 节假日 sheet overrides and extends it.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { dayOf, weekday, ymdOf } from './dates';
import type { Calendar, CalendarOverride, Day } from '../model';

interface CalendarTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function serialOfKey(key: string): Day {
  const [y, m, d] = key.split('-').map(Number);
  return dayOf(y, m, d);
}

function buildBase(): { off: Set<Day>; on: Set<Day>; years: Set<number> } {
  const tables = chineseDays as CalendarTables;
  const off = new Set(Object.keys(tables.holidays).map(serialOfKey));
  const on = new Set(Object.keys(tables.workdays).map(serialOfKey));
  const years = new Set(Object.keys(tables.holidays).map((key) => Number(key.slice(0, 4))));
  return { off, on, years };
}

let base: ReturnType<typeof buildBase> | null = null;
function baseTables(): ReturnType<typeof buildBase> {
  base ??= buildBase();
  return base;
}

export class WorkCalendar implements Calendar {
  private readonly overrides: Map<Day, boolean>;
  private readonly extraYears: Set<number>;
  private readonly memo = new Map<Day, boolean>();

  constructor(overrides: readonly CalendarOverride[] = []) {
    this.overrides = new Map(overrides.map((o) => [o.day, o.work]));
    this.extraYears = new Set(overrides.map((o) => ymdOf(o.day).year));
  }

  isWorkday(day: Day): boolean {
    const known = this.memo.get(day);
    if (known !== undefined) return known;
    const { off, on } = baseTables();
    const override = this.overrides.get(day);
    const dow = weekday(day);
    const result = override ?? (on.has(day) ? true : off.has(day) ? false : dow !== 0 && dow !== 6);
    this.memo.set(day, result);
    return result;
  }

  /** Working days d with from < d ≤ to; 0 when to ≤ from. */
  workdaysBetween(from: Day, to: Day): number {
    let count = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorkday(d)) count++;
    return count;
  }

  /** WORKDAY: n working days after (n < 0: before) the date; n = 0 gives the date itself. */
  addWorkdays(day: Day, n: number): Day {
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(Math.trunc(n)); // WORKDAY truncates days: 2.5 means 2
    let d = day;
    while (left > 0) {
      d += step;
      if (this.isWorkday(d)) left--;
    }
    return d;
  }

  /** Whether the calendar knows the year's holidays (the package's data, or 节假日 rows for it). */
  covers(year: number): boolean {
    return baseTables().years.has(year) || this.extraYears.has(year);
  }
}

let plain: WorkCalendar | null = null;
/** The calendar without 节假日 overrides, shared so that its memo serves every caller. */
export function defaultCalendar(): WorkCalendar {
  plain ??= new WorkCalendar();
  return plain;
}
