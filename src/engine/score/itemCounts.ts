// How each unit's items stand at a report date (SPEC §2), counted for every unit at once.
//
// Ranking December ranks the eleven months before it too (月排名加分), and counting every item
// again for each month cost twelve passes over the ledger. The month-end table does it in one:
// status.ts's rule is asked about each item only at the few month ends where its answer can
// change, and a month's counts are prefix sums of those changes.
import { lastDayOfMonth } from '../calendar/dates';
import { indexLedger } from './ledgerIndex';
import type { Day, Item, ItemCounts, ItemStatus, Ledger, Period } from '../model';
import { isCounted, itemStatus, periodFilter, yearStart } from './status';

export type CountsOf = (unit: string) => Readonly<ItemCounts>;

const FIELDS = ['items', 'completed', 'onTime', 'late', 'overdue', 'open'] as const;

/** The counts an item adds to in each status. 已销号 adds to none (periodFilter leaves it out anyway). */
const COUNTED_AS: Readonly<Record<ItemStatus, readonly (keyof ItemCounts)[]>> = {
  按期办结: ['items', 'completed', 'onTime'],
  逾期办结: ['items', 'completed', 'late'],
  逾期未办结: ['items', 'overdue'],
  在办: ['items', 'open'],
  已销号: [],
};

const zero = (): ItemCounts => ({ items: 0, completed: 0, onTime: 0, late: 0, overdue: 0, open: 0 });

/** The direct count at any report date: one pass over the unit's rows. */
export function countItems(items: readonly Item[], inPeriod: (item: Item) => boolean, asOf: Day): ItemCounts {
  const c = zero();
  for (const item of items) {
    if (inPeriod(item)) for (const field of COUNTED_AS[itemStatus(item, asOf)]) c[field]++;
  }
  return c;
}

/** COUNTED_AS as positions in FIELDS, for the table's arrays. */
const FIELD_INDEXES = {} as Record<ItemStatus, readonly number[]>;
for (const status of Object.keys(COUNTED_AS) as ItemStatus[]) FIELD_INDEXES[status] = COUNTED_AS[status].map((f) => FIELDS.indexOf(f));

/** One slot per month; month m is slot m − 1. */
const SLOTS = 12;

/**
 * Per unit, the counts at the last day of each month of `year`: counts[unit][m] for m = 1…12,
 * what countItems gives at that month end.
 *
 * isCounted and itemStatus compare the report date only with the item's own dates. A comparison
 * of month end E with a date x (E < x, E ≤ x, …) can change its answer only at month k, the first
 * whose end is on or after x, and, when x is that month end itself, at k + 1; so an item's
 * standing can change only at those months. The rule is asked there alone (two or three of the
 * twelve month ends for most items) and held in between: one pass that cannot disagree with it.
 */
function monthEndCounts(ledger: Ledger, year: number): Map<string, ItemCounts[]> {
  const ends = Array.from({ length: 12 }, (_, i) => lastDayOfMonth(year, i + 1));
  const from = yearStart(year);
  /** Bit k (see above) for a date of the item, and bit k + 1 when the date is that month end. */
  const changes = (day: Day | null) => {
    if (day === null) return 0;
    let k = 1;
    while (k <= 12 && ends[k - 1] < day) k++;
    return day === ends[k - 1] ? 0b11 << k : 1 << k;
  };
  // Difference arrays, SLOTS per field and FIELDS per unit: +1 where a status starts, −1 where it
  // ends; the prefix sum over months is the count. Items are visited in sheet order, the order
  // they sit in memory, which measured faster than unit by unit.
  const slotOf = new Map<string, number>();
  const width = FIELDS.length * SLOTS;
  let buffer = new Int32Array(Math.max(1, ledger.units.length) * width);
  for (const item of ledger.items) {
    // Month 1 too: the standing the item starts the year with.
    const months = 0b10 | changes(item.assigned) | changes(item.deadline) | changes(item.extendedTo) | changes(item.completed);
    let previous: ItemStatus | null = null;
    let base = -1;
    for (let m = 1; m <= 12; m++) {
      if ((months & (1 << m)) === 0) continue;
      const asOf = ends[m - 1];
      const status = isCounted(item, from, asOf) ? itemStatus(item, asOf) : null;
      if (status === previous) continue;
      if (base < 0) {
        // The unit's slot, looked up inline and only for an item that counts: in a closure it cost
        // a tenth of the table's time.
        let unitSlot = slotOf.get(item.unit);
        if (unitSlot === undefined) {
          slotOf.set(item.unit, (unitSlot = slotOf.size));
          // Only a ledger built without validation names units outside its roster.
          if ((unitSlot + 1) * width > buffer.length) {
            const grown = new Int32Array(buffer.length * 2);
            grown.set(buffer);
            buffer = grown;
          }
        }
        base = unitSlot * width;
      }
      const slot = base + m - 1;
      if (previous !== null) {
        const fields = FIELD_INDEXES[previous];
        for (let f = 0; f < fields.length; f++) buffer[slot + fields[f] * SLOTS]--;
      }
      if (status !== null) {
        const fields = FIELD_INDEXES[status];
        for (let f = 0; f < fields.length; f++) buffer[slot + fields[f] * SLOTS]++;
      }
      previous = status;
    }
  }
  const result = new Map<string, ItemCounts[]>();
  for (const [unit, slot] of slotOf) {
    const base = slot * width;
    const months: ItemCounts[] = [zero()];
    const running = [0, 0, 0, 0, 0, 0];
    for (let m = 1; m <= 12; m++) {
      for (let f = 0; f < FIELDS.length; f++) running[f] += buffer[base + f * SLOTS + m - 1];
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
    if (!byYear) monthEnds.set(ledger, (byYear = new Map<number, Map<string, ItemCounts[]>>()));
    let table = byYear.get(period.year);
    if (!table) byYear.set(period.year, (table = monthEndCounts(ledger, period.year)));
    const counts = table;
    return (unit) => counts.get(unit)?.[period.month] ?? none;
  }
  const { itemsByUnit } = indexLedger(ledger);
  const inPeriod = periodFilter(period);
  return (unit) => countItems(itemsByUnit.get(unit) ?? [], inPeriod, period.asOf);
}
