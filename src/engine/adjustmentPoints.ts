// The points each 加减分 entry is worth in a report window, with sanmenxia-2019's event rules
// (SPEC §3): one event counts once, at its highest level; unrelated entries do not count.
import { indexLedger, type LedgerIndex } from './ledgerIndex';
import type { Adjustment, AdjustmentCategoryRule, Ledger, Period, RuleSet } from './model';
import { yearStart } from './status';

export interface CountedAdjustment {
  adjustment: Adjustment;
  /** Signed: bonus > 0, deduction < 0. */
  points: number;
}

function categoryRule(rules: RuleSet, category: string): AdjustmentCategoryRule | undefined {
  return rules.adjustmentCategories.find((rule) => rule.name === category);
}

/**
 * Signed points of one entry: the table value for its 类别/级别, or the 分值 override as the
 * magnitude; the sign always comes from the 类别. null when the pair is not in the table.
 */
export function entryPoints(
  rules: RuleSet,
  category: string,
  level: string | null,
  override: number | null,
): number | null {
  const rule = categoryRule(rules, category);
  if (!rule) return null;
  const tableValue = rule.points[rule.levelKind === 'none' ? '' : (level ?? '')];
  if (tableValue === undefined) return null;
  return rule.sign * (override ?? tableValue);
}

/** A blank 级别 of an importance-graded 类别 (超期, 质量, 问题) is the 关联事项's 督查等级. */
function levelOf(adjustment: Adjustment, rules: RuleSet, index: LedgerIndex): string | null {
  if (adjustment.level !== null || adjustment.relatedItem === null) return adjustment.level;
  if (categoryRule(rules, adjustment.category)?.levelKind !== 'importance') return null;
  return index.importanceOf(adjustment.unit, adjustment.relatedItem) ?? null;
}

function pointsOf(adjustment: Adjustment, rules: RuleSet, index: LedgerIndex): number {
  const level = levelOf(adjustment, rules, index);
  const points = entryPoints(rules, adjustment.category, level, adjustment.points);
  // Validation rejects such rows; scoring one anyway would be a silent guess.
  if (points === null) {
    throw new Error(
      `adjustment in row ${adjustment.row}: ${adjustment.category}/${level ?? '(no level)'} ` +
        `is not in the ${rules.preset} table`,
    );
  }
  return points;
}

/** Of two entries for one event, the larger magnitude wins; on a tie, the earlier entry. */
function outweighs(a: CountedAdjustment, b: CountedAdjustment): boolean {
  const diff = Math.abs(a.points) - Math.abs(b.points);
  return diff !== 0 ? diff > 0 : a.adjustment.date < b.adjustment.date;
}

/**
 * The entries that count for the period, per roster name, in sheet order. The window (1 January
 * of the report year to asOf) is applied first, then the event rules when the rule set has them.
 */
export function countedAdjustments(ledger: Ledger, period: Period): Map<string, CountedAdjustment[]> {
  const { rules } = ledger;
  const index = indexLedger(ledger);
  const from = yearStart(period.year);
  const candidates: { entry: CountedAdjustment; event: string | null }[] = [];
  const winners = new Map<string, CountedAdjustment>();
  for (const adjustment of ledger.adjustments) {
    if (adjustment.date < from || adjustment.date > period.asOf) continue;
    // 与督查事项无关的不加（减）分
    if (rules.eventRules && adjustment.relatedItem === null) continue;
    const entry = { adjustment, points: pointsOf(adjustment, rules, index) };
    const oneEvent = rules.eventRules && !categoryRule(rules, adjustment.category)?.perOccurrence;
    const event = oneEvent ? `${adjustment.unit}\u0000${adjustment.relatedItem}\u0000${adjustment.category}` : null;
    candidates.push({ entry, event });
    if (event === null) continue;
    const kept = winners.get(event);
    if (!kept || outweighs(entry, kept)) winners.set(event, entry);
  }
  const byUnit = new Map<string, CountedAdjustment[]>();
  for (const { entry, event } of candidates) {
    if (event !== null && winners.get(event) !== entry) continue;
    const list = byUnit.get(entry.adjustment.unit);
    if (list) list.push(entry);
    else byUnit.set(entry.adjustment.unit, [entry]);
  }
  return byUnit;
}
