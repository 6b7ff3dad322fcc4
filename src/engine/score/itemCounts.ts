// How each unit's items stand at a report date (SPEC §2), counted for every unit at once.
//
// Ranking December ranks the eleven months before it too (月排名加分), and counting every item
// again for each month cost twelve passes over the ledger. An item's status changes at most three
// times in a year (assigned, past its deadline, completed), so at month ends its whole year is
// three month numbers: one pass finds them for every item, and a month's counts are prefix sums.
import { lastDayOfMonth } from '../calendar/dates';
import { indexLedger } from './ledgerIndex';
import type { Day, Item, ItemCounts, Ledger, Period } from '../model';
import { itemStatus, periodFilter, yearStart } from './status';

export type CountsOf = (unit: string) => Readonly<ItemCounts>;

const FIELDS = ['items', 'completed', 'onTime', 'late', 'overdue', 'open'] as const;
/** Months 1–12, and 13 for "not in this year". */
const NEVER = 13;
const SLOTS = NEVER + 1;

const zero = (): ItemCounts => ({ items: 0, completed: 0, onTime: 0, late: 0, overdue: 0, open: 0 });

/** The direct count at any report date: one pass over the unit's rows. */
export function countItems(items: readonly Item[], inPeriod: (item: Item) => boolean, asOf: Day): ItemCounts {
  const c = zero();
  for (const item of items) {
    if (!inPeriod(item)) continue;
    c.items++;
    switch (itemStatus(item, asOf)) {
      case '按期办结':
        c.onTime++;
        c.completed++;
        break;
      case '逾期办结':
        c.late++;
        c.completed++;
        break;
      case '逾期未办结':
        c.overdue++;
        break;
      case '在办':
        c.open++;
    }
  }
  return c;
}

/**
 * Per unit, the counts at the last day of each month of `year`: counts[unit][m] for m = 1…12.
 * The comparisons are those of itemStatus and periodFilter (≤ asOf, < asOf), so a month end gives
 * what countItems gives at that date, fractional days included.
 */
function monthEndCounts(ledger: Ledger, year: number): Map<string, ItemCounts[]> {
  const ends = Array.from({ length: 12 }, (_, i) => lastDayOfMonth(year, i + 1));
  /** First month whose end is on or after `day`. */
  const endOnOrAfter = (day: number) => {
    let m = 0;
    while (m < 12 && ends[m] < day) m++;
    return m + 1;
  };
  /** First month whose end is after `day`. */
  const endAfter = (day: number) => {
    let m = 0;
    while (m < 12 && ends[m] <= day) m++;
    return m + 1;
  };
  const from = yearStart(year);
  // Difference arrays, SLOTS per field and FIELDS per unit: +1 where a status starts, −1 where it
  // ends; the prefix sum over months is the count. Items are visited in sheet order, the order
  // they sit in memory, which measured faster than unit by unit.
  const slotOf = new Map<string, number>();
  const width = FIELDS.length * SLOTS;
  const diff = new Int32Array(Math.max(1, ledger.units.length) * width);
  let buffer = diff;
  const span = (base: number, field: number, start: number, end: number) => {
    if (start >= end) return;
    buffer[base + field * SLOTS + start]++;
    buffer[base + field * SLOTS + end]--;
  };
  for (const item of ledger.items) {
    const completed = item.completed;
    if (item.cancelled || (completed !== null && completed < from)) continue;
    let slot = slotOf.get(item.unit);
    if (slot === undefined) {
      slotOf.set(item.unit, (slot = slotOf.size));
      // Only a ledger built without validation names units outside its roster.
      if ((slot + 1) * width > buffer.length) {
        const grown = new Int32Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
    }
    const base = slot * width;
    const assigned = endOnOrAfter(item.assigned);
    const done = completed === null ? NEVER : endOnOrAfter(completed);
    const deadline = item.extendedTo ?? item.deadline;
    // A standing item (no deadline) is never past it.
    const pastDeadline = deadline === null ? NEVER : endAfter(deadline);
    const completedFrom = done > assigned ? done : assigned;
    span(base, 0, assigned, NEVER);
    span(base, 1, completedFrom, NEVER);
    span(base, completed !== null && (deadline === null || completed <= deadline) ? 2 : 3, completedFrom, NEVER);
    span(base, 4, pastDeadline > assigned ? pastDeadline : assigned, done);
    span(base, 5, assigned, pastDeadline < done ? pastDeadline : done);
  }
  const result = new Map<string, ItemCounts[]>();
  for (const [unit, slot] of slotOf) {
    const base = slot * width;
    const months: ItemCounts[] = [zero()];
    const running = [0, 0, 0, 0, 0, 0];
    for (let m = 1; m <= 12; m++) {
      for (let f = 0; f < FIELDS.length; f++) running[f] += buffer[base + f * SLOTS + m];
      const [items, completed, onTime, late, overdue, open] = running;
      months.push({ items, completed, onTime, late, overdue, open });
    }
    result.set(unit, months);
  }
  return result;
}

const monthEnds = new WeakMap<Ledger, Map<number, Map<string, ItemCounts[]>>>();

/** Each unit's counts for the period: from the month-end table when asOf is a month end, else counted. */
export function countsAt(ledger: Ledger, period: Period): CountsOf {
  const none = zero();
  if (period.asOf === lastDayOfMonth(period.year, period.month)) {
    let byYear = monthEnds.get(ledger);
    if (!byYear) monthEnds.set(ledger, (byYear = new Map()));
    let table = byYear.get(period.year);
    if (!table) byYear.set(period.year, (table = monthEndCounts(ledger, period.year)));
    const counts = table;
    return (unit) => counts.get(unit)?.[period.month] ?? none;
  }
  const { itemsByUnit } = indexLedger(ledger);
  const inPeriod = periodFilter(period);
  return (unit) => countItems(itemsByUnit.get(unit) ?? [], inPeriod, period.asOf);
}
