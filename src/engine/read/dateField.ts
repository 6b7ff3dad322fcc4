// Reading one date cell of a table row, with the problems SPEC §1 asks for.
import { parseDate, parseLooseDate, type LooseDate, type PeriodSide } from './dateText';
import { ymdOf } from '../calendar/dates';
import type { Day } from '../model';
import { MSG } from './messages';
import type { RowReader } from './table';
import { cellText } from '../text';

/**
 * The cell's day; null when blank and optional; false when a 错误 was reported (blank and
 * required, or not a date). A date without a year takes `reportYear` and gets a 警告.
 */
export function readDateField<K extends string>(
  r: RowReader<K>,
  key: K,
  header: string,
  reportYear: number,
  required: boolean,
): Day | null | false {
  const parsed = parseDate(r.value(key), reportYear);
  if (parsed === null) {
    if (!required) return null;
    r.error(key, MSG.required(header));
    return false;
  }
  if (!parsed.ok) {
    r.error(key, MSG.badDate(header, cellText(r.value(key)), parsed.reason));
    return false;
  }
  if (parsed.yearAssumed) r.warn(key, MSG.yearAssumed(header, cellText(r.value(key)), reportYear));
  return parsed.day;
}

/**
 * A cell of 交办日期 (`side` 'start'), 办理时限 or 延期至 ('end'), in the forms of SPEC §1.1 (8):
 * a day, or 'standing' (长期坚持) where `standingAllowed`; null when blank; false when a 错误 was
 * reported. A date without a year takes `reportYear` with a 警告, as does a number such as 2026.1
 * that Excel may have made of 2026.10.
 */
export function readLooseDateField<K extends string>(
  r: RowReader<K>,
  key: K,
  header: string,
  reportYear: number,
  side: PeriodSide,
  standingAllowed: boolean,
): Exclude<LooseDate, { kind: 'error' }> | null | false {
  const value = r.value(key);
  const parsed = parseLooseDate(value, reportYear, side, standingAllowed);
  if (parsed === null || parsed.kind === 'standing') return parsed;
  if (parsed.kind === 'error') {
    r.error(key, MSG.badDate(header, cellText(value), parsed.reason));
    return false;
  }
  if (parsed.yearAssumed) r.warn(key, MSG.yearAssumed(header, cellText(value), reportYear));
  if (parsed.ambiguousMonth) r.warn(key, MSG.ambiguousYearMonth(header, ymdOf(parsed.day).year));
  return parsed;
}
