// Ranking within each unit category (SPEC §3), and 月排名加分: a month's ranking decides the
// bonus of every later month of the year, so the months are ranked in order, each once.
import { countedAdjustments, type CountedAdjustment } from './adjustmentPoints';
import { dayOf, lastDayOfMonth } from '../calendar/dates';
import type { Ledger, Period, RuleSet, Unit, UnitScore } from '../model';
import { UNCATEGORISED } from '../read/roster';
import { addRankingExtras } from './rankingExtras';
import { scoreUnits, type ScoredUnit } from './score';

/** The preset's categories in its order, then others in roster order, 未分类 last. */
export function categoryOrder(rules: RuleSet, units: readonly Unit[]): string[] {
  const order = [...rules.unitCategories];
  for (const { category } of units) {
    if (category !== UNCATEGORISED && !order.includes(category)) order.push(category);
  }
  order.push(UNCATEGORISED);
  return order;
}

/** Competition ranks (1, 2, 2, 4) on the rounded score within each category; `scored` in roster order. */
function competitionRanks(scored: readonly ScoredUnit[]): number[] {
  const byCategory = new Map<string, number[]>();
  scored.forEach((s, i) => {
    const members = byCategory.get(s.category);
    if (members) members.push(i);
    else byCategory.set(s.category, [i]);
  });
  const ranks = new Array<number>(scored.length);
  for (const members of byCategory.values()) {
    members.sort((a, b) => scored[b].score - scored[a].score || a - b);
    members.forEach((unitIndex, position) => {
      const previous = members[position - 1];
      const tied = position > 0 && scored[previous].score === scored[unitIndex].score;
      ranks[unitIndex] = tied ? ranks[previous] : position + 1;
    });
  }
  return ranks;
}

function ordered(
  ledger: Ledger,
  scored: readonly ScoredUnit[],
  previousRanks: ReadonlyMap<string, number> | null,
): UnitScore[] {
  const blockOf = new Map(categoryOrder(ledger.rules, ledger.units).map((category, i) => [category, i]));
  const block = (row: UnitScore) => blockOf.get(row.category) ?? blockOf.size;
  const ranks = competitionRanks(scored);
  const rows = scored.map((row, i) => {
    // scoreUnits made these lines for this ranking alone, so their ranks are filled in place.
    row.rank = ranks[i];
    row.previousRank = previousRanks?.get(row.unit) ?? null;
    return { row, i };
  });
  rows.sort((a, b) => block(a.row) - block(b.row) || a.row.rank - b.row.rank || a.i - b.i);
  return rows.map((r) => r.row);
}

/** Units that had a counted deduction dated from `from` on (within the period's window). */
function deductedSince(counted: ReadonlyMap<string, readonly CountedAdjustment[]>, from: number): Set<string> {
  const units = new Set<string>();
  for (const [unit, entries] of counted) {
    if (entries.some((e) => e.points < 0 && e.adjustment.date >= from)) units.add(unit);
  }
  return units;
}

/** 月排名加分 per qualifying month; 0 where the rule set has none (district-dynamic). */
function monthlyBonus(rules: RuleSet): number {
  return Object.keys(rules.monthlyRankTop).length > 0 ? rules.params.monthlyRankBonus : 0;
}

export interface MonthRanking {
  rows: UnitScore[];
  /** Units this ranking earns 月排名加分 in later months: top of their category, no deduction this month. */
  qualifiers: ReadonlySet<string>;
}

function rankOne(
  ledger: Ledger,
  period: Period,
  rankBonus: ReadonlyMap<string, number>,
  previousRanks: ReadonlyMap<string, number> | null,
): MonthRanking {
  const counted = countedAdjustments(ledger, period);
  const rows = ordered(ledger, scoreUnits(ledger, period, counted, rankBonus), previousRanks);
  if (monthlyBonus(ledger.rules) === 0) return { rows, qualifiers: new Set() };
  const { monthlyRankTop } = ledger.rules;
  const deducted = deductedSince(counted, dayOf(period.year, period.month, 1));
  const qualifiers = new Set(
    rows
      .filter((r) => r.rank <= (monthlyRankTop[r.category] ?? 0) && !deducted.has(r.unit))
      .map((r) => r.unit),
  );
  return { rows, qualifiers };
}

const ranksOf = (rows: readonly UnitScore[]) => new Map(rows.map((r) => [r.unit, r.rank]));

/**
 * The period's ranking and its qualifiers. Earlier months are ranked at their last day, in order,
 * each with the bonus of the months before it: linear in months. Without a monthly bonus only
 * the previous month is ranked, for `previousRank`.
 */
export function rankMonthWithQualifiers(ledger: Ledger, period: Period): MonthRanking {
  const bonusPerMonth = monthlyBonus(ledger.rules);
  const rankBonus = new Map<string, number>();
  let previousRanks: Map<string, number> | null = null;
  for (let month = bonusPerMonth !== 0 ? 1 : Math.max(1, period.month - 1); month < period.month; month++) {
    const earlier = { year: period.year, month, asOf: lastDayOfMonth(period.year, month) };
    const { rows, qualifiers } = rankOne(ledger, earlier, rankBonus, previousRanks);
    for (const unit of qualifiers) rankBonus.set(unit, (rankBonus.get(unit) ?? 0) + bonusPerMonth);
    previousRanks = ranksOf(rows);
  }
  const ranking = rankOne(ledger, period, rankBonus, previousRanks);
  addRankingExtras(ledger, period, ranking.rows);
  return ranking;
}

/** The period's ranking: units by category block, then rank, then roster order. */
export function rankMonth(ledger: Ledger, period: Period): UnitScore[] {
  return rankMonthWithQualifiers(ledger, period).rows;
}
