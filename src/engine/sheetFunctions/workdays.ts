// DUBAN.WORKDAYS and ADDWORKDAYS on the Chinese calendar, optionally with 节假日 rows that
// override it (next year's State Council schedule before the package has it).
import { defaultCalendar, WorkCalendar } from '../calendar/calendar';
import { parseDate } from '../read/dateText';
import { readHolidays } from '../read/holidaySheet';
import type { Day, Grid, Problem } from '../model';
import { HOLIDAY_COLUMNS } from '../read/schema';
import { readTable } from '../read/table';
import { InputError } from './inputError';
import { FN_MSG } from './messages';
import { firstError } from './problems';

export const HOLIDAYS_PARAM = '节假日';

/**
 * The calendar walks day by day; a hundred years is far beyond any supervision deadline and
 * keeps a mistyped argument (a serial for a count) from stalling Excel's recalculation.
 */
const MAX_DAYS = 36600;

export function calendarOf(holidays: Grid | null, year: number): WorkCalendar {
  if (!holidays) return defaultCalendar();
  const problems: Problem[] = [];
  const table = readTable<'date' | 'type'>({ name: HOLIDAYS_PARAM, values: holidays }, HOLIDAY_COLUMNS, problems);
  const overrides = table ? readHolidays(table, year, problems) : [];
  const error = firstError(problems);
  if (error) throw new InputError(error);
  return new WorkCalendar(overrides);
}

/** Working days after `from` up to `to`; negative when `to` comes first, like NETWORKDAYS. */
export function workdaysFrom(from: Day, to: Day, calendar: WorkCalendar): number {
  if (Math.abs(to - from) > MAX_DAYS) throw new InputError(FN_MSG.tooManyDays('结束', MAX_DAYS));
  return to >= from ? calendar.workdaysBetween(from, to) : -calendar.workdaysBetween(to, from);
}

export function addWorkdaysTo(day: Day, days: number, calendar: WorkCalendar): Day {
  if (Math.abs(days) > MAX_DAYS) throw new InputError(FN_MSG.tooManyDays('天数', MAX_DAYS));
  const result = calendar.addWorkdays(day, days);
  // Past 9999-12-31 or before 1900-03-01 there is no Excel date to show.
  const inRange = parseDate(result, 0);
  if (!inRange?.ok) throw new InputError(FN_MSG.outOfRange());
  return result;
}
