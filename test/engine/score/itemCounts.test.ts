// The month-end table (one pass for the whole year) must give, at every month end, exactly what
// counting the items at that date gives: same comparisons, no off-by-one at a month boundary.
import fc from 'fast-check';
import { dayOf, lastDayOfMonth } from '../../../src/engine/calendar/dates';
import { countItems, countsAt } from '../../../src/engine/score/itemCounts';
import type { Item, Ledger } from '../../../src/engine/model';
import { PRESETS } from '../../../src/engine/rules/presets';
import { periodFilter } from '../../../src/engine/score/status';
import { calendar, item, monthEnd, unit } from './scoringFixtures';

const UNITS = ['甲县', '乙县', '市交通运输局'];

// Dates from the year before to the year after, so 结转事项, month ends and 31 December all occur;
// a quarter of the dates carry a time of day, as a serial with a fraction would.
const dayArb = fc
  .tuple(fc.integer({ min: dayOf(2025, 11, 1), max: dayOf(2027, 1, 31) }), fc.constantFrom(0, 0, 0, 0.25))
  .map(([d, f]) => d + f);

const itemArb = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    assigned: dayArb,
    deadlineAfter: fc.integer({ min: 0, max: 90 }),
    extension: fc.option(fc.integer({ min: 1, max: 60 })),
    completedAfter: fc.option(fc.integer({ min: 0, max: 200 })),
    cancelled: fc.boolean(),
  })
  .map(
    (r, i = 0): Item => ({
      ...item(r.unit, `DC-${i}`, { assigned: '2026-01-01', deadline: '2026-01-01' }),
      assigned: r.assigned,
      deadline: r.assigned + r.deadlineAfter,
      extendedTo: r.extension === null ? null : r.assigned + r.deadlineAfter + r.extension,
      completed: r.completedAfter === null ? null : r.assigned + r.completedAfter,
      cancelled: r.cancelled,
    }),
  );

function ledgerOf(items: Item[]): Ledger {
  return { units: UNITS.map((name) => unit(name, '县（市、区）')), items, adjustments: [], rules: PRESETS['sanmenxia-2019'], calendar };
}

describe('countsAt', () => {
  it('gives at every month end of 2026 what counting the items at that date gives', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), (items) => {
        const ledger = ledgerOf(items);
        for (let month = 1; month <= 12; month++) {
          const period = monthEnd(2026, month);
          const table = countsAt(ledger, period);
          for (const name of UNITS) {
            const direct = countItems(items.filter((it) => it.unit === name), periodFilter(period), period.asOf);
            expect(table(name)).toEqual(direct);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts directly on a date that is not a month end', () => {
    const items = [item('甲县', 'A', { assigned: '2026-03-01', deadline: '2026-03-10', completed: '2026-03-20' })];
    const at = (asOf: number) => countsAt(ledgerOf(items), { year: 2026, month: 3, asOf })('甲县');
    expect(at(dayOf(2026, 3, 15))).toMatchObject({ items: 1, completed: 0, overdue: 1 });
    expect(at(lastDayOfMonth(2026, 3))).toMatchObject({ items: 1, completed: 1, late: 1, overdue: 0 });
  });

  it('gives zero counts for a roster unit without items', () => {
    expect(countsAt(ledgerOf([]), monthEnd(2026, 12))('甲县')).toEqual({ items: 0, completed: 0, onTime: 0, late: 0, overdue: 0, open: 0 });
  });
});
