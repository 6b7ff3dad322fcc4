// The report period: a month `YYYY-MM`, reported as of its last day unless told otherwise.
import { lastDayOfMonth, parseMonth } from './dates';
import type { Day, Period } from '../model';

/** null when `month` is not `YYYY-MM`. */
export function periodOf(month: string, asOf?: Day): Period | null {
  const parsed = parseMonth(month);
  if (!parsed) return null;
  return { ...parsed, asOf: asOf ?? lastDayOfMonth(parsed.year, parsed.month) };
}
