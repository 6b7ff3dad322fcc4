// 应报未报 (seed 002 第八条, seed 001 附件2 三3): every reporting period of an item, by its 督查等级's
// cadence, that began after 交办日期 and was still open for the item at its end (not yet completed)
// is due once, on its last day plus 报送宽限工作日, and counts in the year it falls due in, up to
// the report date; it is missing when no report of the item's responsible unit matches it. A
// report matches one period, the earliest unmatched one whose window (its days and the grace days
// after) holds it: one report is one report, however the windows overlap.
//
// One pass over the items, as ranking a month makes: a 100,000-row ledger with as many reports
// must not take twice as long to score as without them (docs/performance.md).
import { periodEnd, periodIndex, periodStart } from '../calendar/reportPeriods';
import type { Cadence, Day, Importance, Item, Ledger, MissedReport, Period } from '../model';
import { yearStart } from './status';

export interface ReportTally {
  due: number;
  missing: number;
}

/** A cadence's periods due in the report year up to asOf, in order, as parallel arrays. */
interface DuePeriods {
  cadence: Cadence;
  starts: Float64Array;
  ends: Float64Array;
  dues: Float64Array;
}

/**
 * Due days only grow with the period, so the list starts at the first one due on or after
 * 1 January (with grace days, a period of late December may be) and stops at the first one due
 * after asOf.
 */
function duePeriods(ledger: Ledger, cadence: Cadence, period: Period): DuePeriods {
  const grace = ledger.rules.params.reportGraceWorkdays;
  const dueOf = (k: number) => {
    const end = periodEnd(cadence, k);
    return grace > 0 ? ledger.calendar.addWorkdays(end, grace) : end;
  };
  const from = yearStart(period.year);
  let first = periodIndex(cadence, from);
  while (dueOf(first - 1) >= from) first--;
  let last = first;
  while (dueOf(last) <= period.asOf) last++;
  const count = last - first;
  const list: DuePeriods = { cadence, starts: new Float64Array(count), ends: new Float64Array(count), dues: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    list.starts[i] = periodStart(cadence, first + i);
    list.ends[i] = periodEnd(cadence, first + i);
    list.dues[i] = dueOf(first + i);
  }
  return list;
}

/** The first index whose value is above `day` (`orEqual`: at or above); the length when none is. */
function firstAbove(values: Float64Array, day: Day, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] > day || (orEqual && values[mid] === day)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Every item's report dates, sorted: item i's are `dates[starts[i]] … dates[starts[i + 1] - 1]`. */
interface ReportDates {
  starts: Int32Array;
  dates: Float64Array;
}

const datesCache = new WeakMap<Ledger, ReportDates>();

/** Built once per ledger, by counting: typed arrays, not a map entry per item. */
function reportDates(ledger: Ledger): ReportDates {
  const known = datesCache.get(ledger);
  if (known) return known;
  const reports = ledger.reports ?? [];
  const count = ledger.items.length;
  const starts = new Int32Array(count + 1);
  for (const report of reports) if (report.item >= 0 && report.item < count) starts[report.item + 1]++;
  for (let i = 0; i < count; i++) starts[i + 1] += starts[i];
  const next = starts.slice(0, count);
  const dates = new Float64Array(starts[count]);
  for (const report of reports) if (report.item >= 0 && report.item < count) dates[next[report.item]++] = report.date;
  // Most items have a report or two: an insertion sort per item.
  for (let i = 0; i < count; i++) {
    for (let j = starts[i] + 1; j < starts[i + 1]; j++) {
      const date = dates[j];
      let k = j - 1;
      for (; k >= starts[i] && dates[k] > date; k--) dates[k + 1] = dates[k];
      dates[k + 1] = date;
    }
  }
  const built = { starts, dates };
  datesCache.set(ledger, built);
  return built;
}

type OnMissed = (item: Item, cadence: Cadence, start: Day, end: Day, due: Day) => void;

/**
 * Matches one item's sorted report dates (`dates[from … to - 1]`) to its due periods `first …
 * last - 1` and gives how many stay unmatched; `onMissed` hears of each.
 */
function unmatched(
  item: Item,
  list: DuePeriods,
  first: number,
  last: number,
  dates: Float64Array,
  from: number,
  to: number,
  onMissed: OnMissed | undefined,
): number {
  if (from === to && !onMissed) return last - first;
  const { starts, dues } = list;
  let k = first;
  let matched = 0;
  for (let i = from; i < to && k < last; i++) {
    const date = dates[i];
    // Periods whose window closed before this report: no later report can answer them.
    while (k < last && dues[k] < date) {
      onMissed?.(item, list.cadence, starts[k], list.ends[k], dues[k]);
      k++;
    }
    if (k < last && date >= starts[k]) {
      matched++;
      k++;
    }
  }
  for (; onMissed && k < last; k++) onMissed(item, list.cadence, starts[k], list.ends[k], dues[k]);
  return last - first - matched;
}

/**
 * Per responsible unit, reports due and missing in the report year up to asOf; null when the
 * workbook has no 报送 sheet. `onMissed` hears of every missing one, in item order.
 */
export function reportTallies(ledger: Ledger, period: Period, onMissed?: OnMissed): Map<string, ReportTally> | null {
  if (!ledger.reports) return null;
  const lists = new Map<Cadence, DuePeriods>();
  const listOf = (cadence: Cadence) => {
    let list = lists.get(cadence);
    if (!list) lists.set(cadence, (list = duePeriods(ledger, cadence, period)));
    return list;
  };
  const cadence = ledger.rules.reportCadence;
  const byImportance: Readonly<Record<Importance, DuePeriods>> = {
    一般重要: listOf(cadence.一般重要),
    比较重要: listOf(cadence.比较重要),
    特别重要: listOf(cadence.特别重要),
  };
  const { starts, dates } = reportDates(ledger);
  const tallies = new Map<string, ReportTally>();
  for (const unit of ledger.units) tallies.set(unit.name, { due: 0, missing: 0 });
  const { items } = ledger;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.cancelled) continue;
    const list = byImportance[item.importance];
    const first = firstAbove(list.starts, item.assigned, false);
    const last = item.completed === null ? list.dues.length : firstAbove(list.ends, item.completed, true);
    if (last <= first) continue;
    let tally = tallies.get(item.unit);
    if (!tally) tallies.set(item.unit, (tally = { due: 0, missing: 0 }));
    tally.due += last - first;
    tally.missing += unmatched(item, list, first, last, dates, starts[i], starts[i + 1], onMissed);
  }
  return tallies;
}

/** Every 应报未报 of the report year up to asOf, in 台账 order; empty without a 报送 sheet. */
export function missedReports(ledger: Ledger, period: Period): MissedReport[] {
  const missed: MissedReport[] = [];
  reportTallies(ledger, period, (item, cadence, start, end, due) =>
    missed.push({ id: item.id, content: item.content, unit: item.unit, importance: item.importance, cadence, start, end, due }),
  );
  return missed;
}
