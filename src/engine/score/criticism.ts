// 通报批评 of the year and what they lead to (seed 003 十六(二)(三)): a unit's count up to the report
// date is its 通报批评 entries in 加减分 (as counted: one event once) and, with 月度通报计入批评次数,
// every earlier month of the year whose bulletin criticised it (it had 逾期未办结 items then).
import { lastDayOfMonth } from '../calendar/dates';
import type { Ledger, Period, RuleSet } from '../model';
import { countedAdjustments } from './adjustmentPoints';
import { countsAt } from './itemCounts';

/** Whether the rule set counts any 通报批评 at all: a category for them, or the monthly bulletins. */
export function countsCriticism(rules: RuleSet): boolean {
  return rules.criticism.categories.length > 0 || rules.params.monthlyBulletinCriticism;
}

/** Per roster unit, its 通报批评 this year up to asOf; null when the rule set counts none. */
export function criticismCounts(ledger: Ledger, period: Period): Map<string, number> | null {
  const { rules } = ledger;
  if (!countsCriticism(rules)) return null;
  const counts = new Map(ledger.units.map((u) => [u.name, 0]));
  const add = (unit: string) => counts.set(unit, (counts.get(unit) ?? 0) + 1);
  if (rules.criticism.categories.length > 0) {
    for (const [unit, entries] of countedAdjustments(ledger, period)) {
      for (const { adjustment } of entries) if (rules.criticism.categories.includes(adjustment.category)) add(unit);
    }
  }
  if (rules.params.monthlyBulletinCriticism) {
    for (let month = 1; month < period.month; month++) {
      const countsOf = countsAt(ledger, { year: period.year, month, asOf: lastDayOfMonth(period.year, month) });
      for (const unit of ledger.units) if (countsOf(unit.name).overdue > 0) add(unit.name);
    }
  }
  return counts;
}

/** The consequence a count reached: the rule set's last step at or below it, '' below the first. */
export function consequenceOf(rules: RuleSet, count: number): string {
  let label = '';
  for (const step of rules.criticism.consequences) if (step.from <= count) label = step.label;
  return label;
}

/** Whether a count takes the unit out of the year's 评先树优 (年中/年终 praise). */
export function praiseBarred(rules: RuleSet, count: number): boolean {
  const bar = rules.params.praiseBarCriticisms;
  return bar > 0 && count >= bar;
}
