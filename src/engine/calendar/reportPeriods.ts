// Reporting periods (seed 002 第八条: 每周、每月、每季): calendar weeks Monday to Sunday, months and
// quarters, numbered so that consecutive periods have consecutive numbers.
import type { Cadence, Day } from '../model';
import { dayOf, lastDayOfMonth, ymdOf } from './dates';

/** A Monday: week numbers count from it (any Monday would do). */
const MONDAY = dayOf(2024, 1, 1);

/** Months of a period, for months and quarters. */
const MONTHS: Readonly<Record<Exclude<Cadence, 'week'>, number>> = { month: 1, quarter: 3 };

/** The number of the period that contains `day`. */
export function periodIndex(cadence: Cadence, day: Day): number {
  if (cadence === 'week') return Math.floor((Math.floor(day) - MONDAY) / 7);
  const { year, month } = ymdOf(Math.floor(day));
  return year * (12 / MONTHS[cadence]) + Math.floor((month - 1) / MONTHS[cadence]);
}

/** First day of period `index`. */
export function periodStart(cadence: Cadence, index: number): Day {
  if (cadence === 'week') return MONDAY + index * 7;
  const months = MONTHS[cadence];
  const first = index * months;
  return dayOf(Math.floor(first / 12), (first % 12) + 1, 1);
}

/** Last day of period `index`. */
export function periodEnd(cadence: Cadence, index: number): Day {
  if (cadence === 'week') return MONDAY + index * 7 + 6;
  const months = MONTHS[cadence];
  const last = index * months + months - 1;
  return lastDayOfMonth(Math.floor(last / 12), (last % 12) + 1);
}
