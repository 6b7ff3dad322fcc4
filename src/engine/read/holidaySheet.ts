// The 节假日 sheet: `日期 | 类型(休/班)` rows that override the built-in calendar, so a user can
// add next year's State Council schedule before the calendar package catches up.
import { readDateField } from './dateField';
import type { CalendarOverride, Problem } from '../model';
import { MSG } from './messages';
import { HOLIDAY_COLUMNS } from './schema';
import { RowReader, type Table } from './table';
import { cellText, normalizeText } from '../text';

type HolidayKey = (typeof HOLIDAY_COLUMNS)[number]['key'];

const TYPES: Readonly<Record<string, boolean>> = { 休: false, 放假: false, 假: false, 班: true, 上班: true, 调休上班: true };

export function readHolidays(table: Table<HolidayKey>, reportYear: number, problems: Problem[]): CalendarOverride[] {
  const overrides: CalendarOverride[] = [];
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems);
    const day = readDateField(r, 'date', '日期', reportYear, true);
    if (day === null || day === false) continue;
    const work = TYPES[normalizeText(cellText(r.value('type')))];
    if (work === undefined) {
      r.error('type', MSG.badHolidayType(cellText(r.value('type'))));
      continue;
    }
    overrides.push({ day, work });
  }
  return overrides;
}
