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
    // null: a standing item, which has no deadline (SPEC §1.1 (8)).
    deadlineAfter: fc.option(fc.integer({ min: 0, max: 90 }), { freq: 6 }),
    extension: fc.option(fc.integer({ min: 1, max: 60 })),
    completedAfter: fc.option(fc.integer({ min: 0, max: 200 })),
    cancelled: fc.boolean(),
  })
  .map(
    (r, i = 0): Item => ({
      ...item(r.unit, `DC-${i}`, { assigned: '2026-01-01', deadline: '2026-01-01' }),
      assigned: r.assigned,
      deadline: r.deadlineAfter === null ? null : r.assigned + r.deadlineAfter,
      extendedTo: r.extension === null || r.deadlineAfter === null ? null : r.assigned + r.deadlineAfter + r.extension,
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

describe('the month-end table at the edges of its windows, worked by hand', () => {
  const NONE = { items: 0, completed: 0, onTime: 0, late: 0, overdue: 0, open: 0 };
  const at = (items: Item[], year: number, month: number) => countsAt(ledgerOf(items), monthEnd(year, month))('甲县');

  it('first day of the year: a 结转 item completed on 2026-01-01 counts in January (late: D 2025-12-31); one completed on 2025-12-31 does not', () => {
    const carried = (completed: string) => item('甲县', completed, { assigned: '2025-10-01', deadline: '2025-12-31', completed });
    expect(at([carried('2026-01-01')], 2026, 1)).toEqual({ ...NONE, items: 1, completed: 1, late: 1 });
    expect(at([carried('2025-12-31')], 2026, 1)).toEqual(NONE);
    expect(at([carried('2025-12-31')], 2025, 12)).toEqual({ ...NONE, items: 1, completed: 1, onTime: 1 });
  });

  it('last day of the year: assigned and due on 2026-12-31, open, is 在办 in December (D = asOf is not yet overdue)', () => {
    expect(at([item('甲县', 'Y', { assigned: '2026-12-31', deadline: '2026-12-31' })], 2026, 12)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at([item('甲县', 'Y', { assigned: '2026-12-31', deadline: '2026-12-31' })], 2026, 11)).toEqual(NONE);
  });

  it('a deadline equal to the month end: D 2026-03-31, open, is 在办 in March and 逾期未办结 in April', () => {
    const due = [item('甲县', 'D', { assigned: '2026-03-02', deadline: '2026-03-31' })];
    expect(at(due, 2026, 3)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at(due, 2026, 4)).toEqual({ ...NONE, items: 1, overdue: 1 });
  });

  it('completed on the month end: assigned in January, completed on D = 2026-03-31, is open in February and 按期办结 in March', () => {
    const done = [item('甲县', 'C', { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-03-31' })];
    expect(at(done, 2026, 2)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at(done, 2026, 3)).toEqual({ ...NONE, items: 1, completed: 1, onTime: 1 });
  });

  it('first day of a month: D 2026-03-30 completed on 2026-04-01 is 逾期未办结 in March, 逾期办结 in April', () => {
    const late = [item('甲县', 'L', { assigned: '2026-01-05', deadline: '2026-03-30', completed: '2026-04-01' })];
    expect(at(late, 2026, 3)).toEqual({ ...NONE, items: 1, overdue: 1 });
    expect(at(late, 2026, 4)).toEqual({ ...NONE, items: 1, completed: 1, late: 1 });
  });

  it('an extension decides: D 2026-03-20 extended to 2026-04-30, open, is 在办 through April (D = asOf) and 逾期未办结 in May', () => {
    const extended = [item('甲县', 'E', { assigned: '2026-01-05', deadline: '2026-03-20', extendedTo: '2026-04-30' })];
    expect(at(extended, 2026, 3)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at(extended, 2026, 4)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at(extended, 2026, 5)).toEqual({ ...NONE, items: 1, overdue: 1 });
  });

  it('assigned on the month end counts that month; assigned on the 1st of the next month does not', () => {
    const may31 = item('甲县', 'M', { assigned: '2026-05-31', deadline: '2026-06-30' });
    const jun1 = item('甲县', 'N', { assigned: '2026-06-01', deadline: '2026-06-30' });
    expect(at([may31, jun1], 2026, 5)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at([may31, jun1], 2026, 6)).toEqual({ ...NONE, items: 2, open: 2 });
  });

  it('a standing item (no deadline) is never overdue; its completion is 按期办结', () => {
    const standing: Item = { ...item('甲县', 'S', { assigned: '2026-02-02', deadline: '2026-02-02', completed: '2026-09-30' }), deadline: null };
    expect(at([standing], 2026, 8)).toEqual({ ...NONE, items: 1, open: 1 });
    expect(at([standing], 2026, 9)).toEqual({ ...NONE, items: 1, completed: 1, onTime: 1 });
  });
});
