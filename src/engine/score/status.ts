// Where an item stands on a report date (SPEC §2), and which items a month's report counts.
import type { Calendar, Day, Item, ItemStatus, Period } from '../model';
import { dayOf } from '../calendar/dates';

/** The dates status depends on; `cancelled` may be left out by callers that only have dates. */
export type ItemDates = Pick<Item, 'deadline' | 'extendedTo' | 'completed'> & { cancelled?: boolean };

/** D: 延期至 when present, else 办理时限; null for a standing item, which has no deadline. */
export function effectiveDeadline(item: Pick<Item, 'deadline' | 'extendedTo'>): Day | null {
  return item.extendedTo ?? item.deadline;
}

/**
 * A completion dated after asOf has not happened yet as of the report date. A standing item
 * (no D) is never overdue and its completion is 按期 (SPEC §1.1 (8)).
 */
export function itemStatus(item: ItemDates, asOf: Day): ItemStatus {
  if (item.cancelled) return '已销号';
  const d = effectiveDeadline(item);
  if (item.completed !== null && item.completed <= asOf) return d === null || item.completed <= d ? '按期办结' : '逾期办结';
  return d !== null && d < asOf ? '逾期未办结' : '在办';
}

/** 1 January of the report year: the start of the assessment year and of the adjustment window. */
export function yearStart(year: number): Day {
  return dayOf(year, 1, 1);
}

/**
 * Whether a report dated asOf counts the row: assigned by asOf, not 销号, and not completed before
 * `from`, 1 January of the report year (that belongs to an earlier year's assessment). 结转事项
 * (assigned earlier, still open at the year's end or completed this year) count.
 */
export function isCounted(item: Item, from: Day, asOf: Day): boolean {
  return !item.cancelled && item.assigned <= asOf && (item.completed === null || item.completed >= from);
}

/** Which rows count in the period: isCounted as a predicate, so 1 January is computed once. */
export function periodFilter(period: Period): (item: Item) => boolean {
  const from = yearStart(period.year);
  return (item) => isCounted(item, from, period.asOf);
}

export type Light = '红' | '黄' | '绿';

/**
 * 红: 逾期未办结. 黄: open and at most `dueSoonWorkdays` working days after asOf up to D (a
 * deadline on a weekend or holiday right after the last of them is still 黄). 绿: the rest; a
 * completed or 销号 item is 绿 too, as nothing is left to chase. The rule for one report date,
 * so a whole ledger's lights share its one walk along the calendar.
 */
export function lightRule(asOf: Day, calendar: Calendar, dueSoonWorkdays: number): (item: ItemDates) => Light {
  // D is 黄 while it comes before the (n+1)-th working day after asOf: O(n) calendar steps, not
  // one step per day up to a deadline that may be months away.
  const yellowBefore = calendar.addWorkdays(asOf, dueSoonWorkdays + 1);
  return (item) => {
    const status = itemStatus(item, asOf);
    if (status === '逾期未办结') return '红';
    if (status !== '在办') return '绿';
    const d = effectiveDeadline(item);
    return d !== null && d < yellowBefore ? '黄' : '绿';
  };
}

/** One item's light (DUBAN.LIGHT). */
export function light(item: ItemDates, asOf: Day, calendar: Calendar, dueSoonWorkdays: number): Light {
  return lightRule(asOf, calendar, dueSoonWorkdays)(item);
}
