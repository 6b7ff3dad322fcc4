// 应报未报 (seed 002 第八条, seed 001 附件2 三3): every reporting period of an item, by its 督查等级's
// cadence, that began after 交办日期 and was still open for the item at its end (not yet completed)
// is due once, on its last day plus 报送宽限工作日, and counts in the year it falls due in, up to
// the report date; it is missing when no report of the item's responsible unit matches it. A
// report matches one period, the earliest unmatched one whose window (its days and the grace days
// after) holds it: one report is one report, however the windows overlap.
import { periodEnd, periodIndex, periodStart } from '../calendar/reportPeriods';
import type { Cadence, Day, Item, Ledger, MissedReport, Period } from '../model';
import { yearStart } from './status';

export interface ReportTally {
  due: number;
  missing: number;
}

interface DuePeriod {
  start: Day;
  end: Day;
  due: Day;
}

const CADENCES: readonly Cadence[] = ['week', 'month', 'quarter'];

/**
 * The periods of a cadence due in the report year up to asOf. Due days only grow with the period,
 * so the list starts at the first one due on or after 1 January (with grace days, a period of
 * late December may be) and stops at the first one due after asOf.
 */
function duePeriods(ledger: Ledger, cadence: Cadence, period: Period): DuePeriod[] {
  const grace = ledger.rules.params.reportGraceWorkdays;
  const dueOf = (k: number) => {
    const end = periodEnd(cadence, k);
    return grace > 0 ? ledger.calendar.addWorkdays(end, grace) : end;
  };
  const from = yearStart(period.year);
  let k = periodIndex(cadence, from);
  while (dueOf(k - 1) >= from) k--;
  const out: DuePeriod[] = [];
  for (; ; k++) {
    const due = dueOf(k);
    if (due > period.asOf) return out;
    out.push({ start: periodStart(cadence, k), end: periodEnd(cadence, k), due });
  }
}

/** The first index whose period satisfies `pred`, which holds from some index on; the length when none does. */
function firstWhere(periods: readonly DuePeriod[], pred: (p: DuePeriod) => boolean): number {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(periods[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const NO_DATES: readonly Day[] = [];

/** Each unit's report dates by item 编号, sorted: built once per ledger. */
const datesCache = new WeakMap<Ledger, Map<string, Map<string, Day[]>>>();

function reportDates(ledger: Ledger): Map<string, Map<string, Day[]>> {
  let byUnit = datesCache.get(ledger);
  if (byUnit) return byUnit;
  byUnit = new Map();
  for (const report of ledger.reports ?? []) {
    let byId = byUnit.get(report.unit);
    if (!byId) byUnit.set(report.unit, (byId = new Map()));
    const dates = byId.get(report.id);
    if (dates) dates.push(report.date);
    else byId.set(report.id, [report.date]);
  }
  for (const byId of byUnit.values()) for (const dates of byId.values()) dates.sort((a, b) => a - b);
  datesCache.set(ledger, byUnit);
  return byUnit;
}

type OnMissed = (item: Item, cadence: Cadence, period: DuePeriod) => void;

/**
 * Matches one item's report dates to its due periods `periods[first … last - 1]`, and gives how
 * many stay unmatched; `onMissed` hears of each.
 */
function unmatched(item: Item, cadence: Cadence, periods: readonly DuePeriod[], first: number, last: number, dates: readonly Day[], onMissed?: OnMissed): number {
  let k = first;
  let missing = 0;
  const miss = () => {
    missing++;
    onMissed?.(item, cadence, periods[k]);
    k++;
  };
  for (const date of dates) {
    while (k < last && periods[k].due < date) miss();
    if (k >= last) break;
    if (date >= periods[k].start) k++;
  }
  while (k < last) miss();
  return missing;
}

/**
 * Per responsible unit, reports due and missing in the report year up to asOf; null when the
 * workbook has no 报送 sheet. `onMissed` hears of every missing one, in item order.
 */
export function reportTallies(ledger: Ledger, period: Period, onMissed?: OnMissed): Map<string, ReportTally> | null {
  if (!ledger.reports) return null;
  const periods = new Map(CADENCES.map((c) => [c, duePeriods(ledger, c, period)]));
  const dates = reportDates(ledger);
  const tallies = new Map<string, ReportTally>();
  for (const unit of ledger.units) tallies.set(unit.name, { due: 0, missing: 0 });
  for (const item of ledger.items) {
    if (item.cancelled) continue;
    const cadence = ledger.rules.reportCadence[item.importance];
    const list = periods.get(cadence) as DuePeriod[];
    const first = firstWhere(list, (p) => p.start > item.assigned);
    const completed = item.completed;
    const last = completed === null ? list.length : firstWhere(list, (p) => p.end >= completed);
    if (last <= first) continue;
    let tally = tallies.get(item.unit);
    if (!tally) tallies.set(item.unit, (tally = { due: 0, missing: 0 }));
    tally.due += last - first;
    tally.missing += unmatched(item, cadence, list, first, last, dates.get(item.unit)?.get(item.id) ?? NO_DATES, onMissed);
  }
  return tallies;
}

/** Every 应报未报 of the report year up to asOf, in 台账 order; empty without a 报送 sheet. */
export function missedReports(ledger: Ledger, period: Period): MissedReport[] {
  const missed: MissedReport[] = [];
  reportTallies(ledger, period, (item, cadence, p) =>
    missed.push({ id: item.id, content: item.content, unit: item.unit, importance: item.importance, cadence, start: p.start, end: p.end, due: p.due }),
  );
  return missed;
}
