// Reading one date cell of a table row, with the problems SPEC §1 asks for.
import { parseDate } from './dateText';
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
