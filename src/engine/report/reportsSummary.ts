// The bulletin's 报送情况 (应报未报) and 通报批评 counts as data, from the month's ranking rows.
import { dayOf } from '../calendar/dates';
import type { Ledger, Period, ReportsSummary, UnitCriticism, UnitScore } from '../model';
import { consequenceOf, praiseBarred } from '../score/criticism';
import { missedReports, reportTallies } from '../score/reports';
import { compareIds } from './idOrder';

/** How many units the 报送情况 paragraph names as missing most reports (more when tied at the last). */
const WORST_NAMED = 3;
/** Beyond this many names, the units tied at the cut-off are counted instead of named. */
const WORST_LISTED = 5;

/** The units with most of `count`, those with none left out; ties at the cut-off all named. */
function most<T extends { unit: string }>(rows: readonly T[], count: (row: T) => number, top: number): T[] {
  // A stable sort keeps equal counts in ranking order.
  const ranked = rows.filter((r) => count(r) > 0).sort((a, b) => count(b) - count(a));
  if (ranked.length <= top) return ranked;
  const cutoff = count(ranked[top - 1]);
  return ranked.filter((r) => count(r) >= cutoff);
}

/** 报送情况: the year's totals from the ranking, this month's from the difference with last month's end. */
export function reportsSummary(ledger: Ledger, period: Period, rows: readonly UnitScore[]): ReportsSummary | undefined {
  if (!ledger.reports) return undefined;
  const sum = (pick: (r: UnitScore) => number | undefined) => rows.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const due = sum((r) => r.reportsDue);
  const missing = sum((r) => r.reportsMissing);
  const monthStart = dayOf(period.year, period.month, 1);
  // A period due before this month is matched only by reports dated before it, so last month's
  // count of it stands; in January nothing of this year was due before.
  const before = period.month === 1 ? null : reportTallies(ledger, { year: period.year, month: period.month - 1, asOf: monthStart - 1 });
  const total = (pick: (t: { due: number; missing: number }) => number) => [...(before?.values() ?? [])].reduce((n, t) => n + pick(t), 0);
  const order = new Map(rows.map((r, i) => [r.unit, i]));
  const missed = missedReports(ledger, period)
    .filter((m) => m.due >= monthStart)
    .sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0) || compareIds(a.id, b.id) || a.start - b.start);
  return {
    due,
    missing,
    dueThisMonth: due - total((t) => t.due),
    missingThisMonth: missing - total((t) => t.missing),
    ...worstUnits(rows),
    missed,
  };
}

/** The units that missed most, named; a long tie at the cut-off counted instead (市统计局（3次）……及其他6个单位（各1次）). */
function worstUnits(rows: readonly UnitScore[]): Pick<ReportsSummary, 'worst' | 'worstTied'> {
  const worst = most(rows, (r) => r.reportsMissing ?? 0, WORST_NAMED).map((r) => ({ unit: r.unit, missing: r.reportsMissing ?? 0 }));
  if (worst.length <= WORST_LISTED) return { worst, worstTied: null };
  const cutoff = worst[worst.length - 1].missing;
  const named = worst.filter((w) => w.missing > cutoff);
  return { worst: named, worstTied: { units: worst.length - named.length, missing: cutoff } };
}

/** Every unit criticised this year, most first (ranking order among equals), with its consequence. */
export function unitCriticisms(ledger: Ledger, rows: readonly UnitScore[]): UnitCriticism[] | undefined {
  if (rows.every((r) => r.criticisms === undefined)) return undefined;
  return most(rows, (r) => r.criticisms ?? 0, Infinity).map((r) => ({
    unit: r.unit,
    count: r.criticisms ?? 0,
    consequence: consequenceOf(ledger.rules, r.criticisms ?? 0),
  }));
}

/** In a month of 年中/年终 praise, the units whose 通报批评 took them out of it (取消评先树优). */
export function barredFromPraise(ledger: Ledger, period: Period, rows: readonly UnitScore[]): string[] {
  if (!ledger.rules.praise.some((rule) => rule.month === period.month)) return [];
  return rows.filter((r) => praiseBarred(ledger.rules, r.criticisms ?? 0)).map((r) => r.unit);
}
