// How the year has gone so far, month end by month end: the completion rate and the 逾期未办结
// count that the task pane's overview, the bulletin's chart and `duban … --charts` all draw.
import { lastDayOfMonth } from '../calendar/dates';
import type { Ledger, MonthEndPoint, Period } from '../model';
import { countsAt } from '../score/itemCounts';

/**
 * One point for each month of the report year up to the report month, counted as the bulletin's
 * 总体情况 counts: over the roster's units, so the last point is that month's 总体情况.
 */
export function monthEndTrend(ledger: Ledger, period: Period): MonthEndPoint[] {
  const points: MonthEndPoint[] = [];
  for (let month = 1; month <= period.month; month += 1) {
    const asOf = month === period.month ? period.asOf : lastDayOfMonth(period.year, month);
    const countsOf = countsAt(ledger, { year: period.year, month, asOf });
    let assigned = 0;
    let completed = 0;
    let overdue = 0;
    for (const unit of ledger.units) {
      const counts = countsOf(unit.name);
      assigned += counts.items;
      completed += counts.completed;
      overdue += counts.overdue;
    }
    points.push({ month, asOf, assigned, completed, overdue, completionRate: assigned === 0 ? null : completed / assigned });
  }
  return points;
}
