// One line per roster unit for a period, by the rule set's method: seed 001's 功效系数
// (coefficient) or seed 002's base + dynamic bonus − dynamic deduction (dynamic). Ranks are
// rank.ts's job.
import { efficacyCoefficient, itemScoreOf } from './coefficient';
import { countedAdjustments, type CountedAdjustment } from './adjustmentPoints';
import { countsAt } from './itemCounts';
import type { ItemCounts, Ledger, Period, RuleParams, Unit, UnitScore } from '../model';
import { excelRound } from '../rounding';

/** A unit's line before ranking: `rank` 0 and `previousRank` null until rank.ts sets them. */
export type ScoredUnit = UnitScore;

type Counts = Readonly<ItemCounts>;

interface Sums {
  /** ≥ 0, before any cap */
  bonus: number;
  /** ≥ 0, before any cap */
  deduction: number;
}

/** What a method works out for a unit: the rest of its line. */
type Tail = Omit<UnitScore, 'unit' | 'category' | keyof ItemCounts | 'rank' | 'previousRank'>;

/**
 * A unit's line in one literal, every field by name and the ranks as placeholders, so rank.ts
 * only assigns them: `{ ...head, …tail }` cost about 6 µs a line in Node 20, and adding the two
 * rank fields afterwards (Object.assign) another 2.5 µs, 50 ms of December's 12 × 500 lines.
 */
function line(unit: Unit, counts: Counts, tail: Tail): ScoredUnit {
  return {
    unit: unit.name,
    category: unit.category,
    items: counts.items,
    completed: counts.completed,
    onTime: counts.onTime,
    late: counts.late,
    overdue: counts.overdue,
    open: counts.open,
    coefficient: tail.coefficient,
    itemScore: tail.itemScore,
    bonus: tail.bonus,
    deduction: tail.deduction,
    score: tail.score,
    monthlyRankBonus: tail.monthlyRankBonus,
    effectivenessBonus: tail.effectivenessBonus,
    rank: 0,
    previousRank: null,
  };
}

function sumPoints(entries: readonly CountedAdjustment[]): Sums {
  const sums: Sums = { bonus: 0, deduction: 0 };
  for (const { points } of entries) {
    if (points > 0) sums.bonus += points;
    else sums.deduction -= points;
  }
  return sums;
}

/** For each unit, the largest value over all units or, `byCategory`, over the units of its category. */
function groupMax(units: readonly Unit[], values: readonly number[], byCategory: boolean): number[] {
  const keyOf = (unit: Unit) => (byCategory ? unit.category : '');
  const max = new Map<string, number>();
  units.forEach((unit, i) => max.set(keyOf(unit), Math.max(max.get(keyOf(unit)) ?? 0, values[i])));
  return units.map((unit) => max.get(keyOf(unit)) ?? 0);
}

interface UnitInput {
  unit: Unit;
  counts: Counts;
  sums: Sums;
}

function coefficientScores(
  inputs: readonly UnitInput[],
  params: RuleParams,
  rankBonus: ReadonlyMap<string, number>,
): ScoredUnit[] {
  const units = inputs.map((x) => x.unit);
  const maxN = groupMax(units, inputs.map((x) => x.counts.items), params.coefficientScope === 'category');
  return inputs.map(({ unit, counts, sums }, i) => {
    const coefficient = efficacyCoefficient(counts.items, maxN[i]);
    const total = params.itemValue * (counts.completed + counts.overdue);
    const earned = params.itemValue * (counts.onTime + params.lateFactor * counts.late);
    const itemScore = itemScoreOf(earned, total, coefficient);
    const monthlyRankBonus = rankBonus.get(unit.name) ?? 0;
    const bonus = sums.bonus + monthlyRankBonus;
    return line(unit, counts, {
      coefficient,
      itemScore,
      bonus,
      deduction: sums.deduction,
      score: excelRound(itemScore + bonus - sums.deduction, 2),
      monthlyRankBonus,
      effectivenessBonus: 0,
    });
  });
}

function dynamicScores(inputs: readonly UnitInput[], params: RuleParams): ScoredUnit[] {
  const units = inputs.map((x) => x.unit);
  // 实效加分 compares completions within the unit's category (seed 002: 本类别中…最多部门).
  const maxCompleted = groupMax(units, inputs.map((x) => x.counts.completed), true);
  return inputs.map(({ unit, counts, sums }, i) => {
    const effectivenessBonus =
      maxCompleted[i] === 0 ? 0 : params.effectivenessBonus * (counts.completed / maxCompleted[i]);
    const bonus = Math.min(sums.bonus + effectivenessBonus, params.bonusCap);
    const deduction = Math.min(sums.deduction, params.deductionCap);
    return line(unit, counts, {
      coefficient: null,
      itemScore: null,
      bonus,
      deduction,
      score: excelRound(params.baseScore + bonus - deduction, 2),
      monthlyRankBonus: 0,
      effectivenessBonus,
    });
  });
}

const NO_ENTRIES: readonly CountedAdjustment[] = [];

/**
 * Every roster unit's line for the period, in roster order. `counted` (default: computed for the
 * period) and `monthlyRankBonus` (per unit name, from earlier months' rankings) come from
 * rank.ts, which needs the counted entries itself.
 */
export function scoreUnits(
  ledger: Ledger,
  period: Period,
  counted: ReadonlyMap<string, readonly CountedAdjustment[]> = countedAdjustments(ledger, period),
  monthlyRankBonus: ReadonlyMap<string, number> = new Map(),
): ScoredUnit[] {
  const countsOf = countsAt(ledger, period);
  const inputs = ledger.units.map((unit) => ({
    unit,
    counts: countsOf(unit.name),
    sums: sumPoints(counted.get(unit.name) ?? NO_ENTRIES),
  }));
  const { params } = ledger.rules;
  return ledger.rules.method === 'coefficient'
    ? coefficientScores(inputs, params, monthlyRankBonus)
    : dynamicScores(inputs, params);
}
