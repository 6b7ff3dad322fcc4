import { dayOf, formatDay, weekday } from '../../../src/engine/calendar/dates';
import { periodEnd, periodIndex, periodStart } from '../../../src/engine/calendar/reportPeriods';
import type { Cadence } from '../../../src/engine/model';

const span = (cadence: Cadence, y: number, m: number, d: number) => {
  const k = periodIndex(cadence, dayOf(y, m, d));
  return [formatDay(periodStart(cadence, k)), formatDay(periodEnd(cadence, k))];
};

describe('reporting periods', () => {
  it('weeks run Monday to Sunday: Thursday 2026-01-01 is in the week of Monday 2025-12-29', () => {
    expect(span('week', 2026, 1, 1)).toEqual(['2025-12-29', '2026-01-04']);
    expect(span('week', 2026, 3, 9)).toEqual(['2026-03-09', '2026-03-15']); // a Monday starts its own week
    expect(span('week', 2026, 3, 15)).toEqual(['2026-03-09', '2026-03-15']); // a Sunday ends it
  });

  it('months and quarters are calendar ones; February 2028 has 29 days', () => {
    expect(span('month', 2028, 2, 10)).toEqual(['2028-02-01', '2028-02-29']);
    expect(span('quarter', 2026, 8, 15)).toEqual(['2026-07-01', '2026-09-30']);
    expect(span('quarter', 2025, 12, 31)).toEqual(['2025-10-01', '2025-12-31']);
  });

  it('consecutive periods have consecutive numbers, each starting the day after the last one ends', () => {
    for (const cadence of ['week', 'month', 'quarter'] as const) {
      const first = periodIndex(cadence, dayOf(2025, 1, 1));
      for (let k = first; k < first + 60; k++) {
        expect(periodStart(cadence, k + 1)).toBe(periodEnd(cadence, k) + 1);
        expect(periodIndex(cadence, periodStart(cadence, k))).toBe(k);
        expect(periodIndex(cadence, periodEnd(cadence, k))).toBe(k);
      }
    }
    // 1 = Monday, 0 = Sunday
    expect(weekday(periodStart('week', 0))).toBe(1);
    expect(weekday(periodEnd('week', -3))).toBe(0);
  });
});
