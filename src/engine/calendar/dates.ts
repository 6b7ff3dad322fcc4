// Calendar dates as Excel serial numbers, computed with integer arithmetic only: no Date object
// decides a day, so no time zone can shift one (the engine runs in Excel, browsers and Node).
import type { Day } from '../model';
import { normalizeText } from '../text';

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Serial 61 is 1900-03-01; from there on Excel's serials are plain day counts from 1899-12-30. */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
/** Excel's serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug). */
export const PHANTOM_LEAP_DAY = 60;
export const FIRST_SERIAL = 61;
export const LAST_SERIAL = 2958465; // 9999-12-31

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** The serial of a date; the caller checks the date exists (isValidYmd). */
export function dayOf(year: number, month: number, day: number): Day {
  return daysFromCivil(year, month, day) - EXCEL_EPOCH;
}

export function ymdOf(serial: Day): { year: number; month: number; day: number } {
  return civilFromDays(serial + EXCEL_EPOCH);
}

export function lastDayOfMonth(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(serial: Day): number {
  return (((serial + EXCEL_EPOCH + 4) % 7) + 7) % 7;
}

/** EDATE: the same day n months later, or that month's last day when it is shorter. */
export function addMonths(serial: Day, months: number): Day {
  const { year, month, day } = ymdOf(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day a clock reading falls on where it is read (the surfaces' "today"). */
export function localDay(date: Date): Day {
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** 2026-06-30 */
export function formatDay(serial: Day): string {
  const { year, month, day } = ymdOf(serial);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 2026年6月30日 */
export function formatChineseDay(serial: Day): string {
  const { year, month, day } = ymdOf(serial);
  return `${year}年${month}月${day}日`;
}

/** `YYYY-MM` → year and month, or null when it is not one. */
export function parseMonth(text: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(normalizeText(text));
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1901) return null;
  return { year, month };
}
