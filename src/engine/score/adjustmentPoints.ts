// The points each 加减分 entry is worth in a report window, with sanmenxia-2019's event rules
// (SPEC §3): one event counts once, at its highest level; unrelated entries do not count.
import { indexLedger } from './ledgerIndex';
import type { Adjustment, AdjustmentCategoryRule, Ledger, Period, RuleSet } from '../model';
import { yearStart } from './status';
import { normalizeText } from '../text';

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

/**
 * A blank 级别 of an importance-graded 类别 (超期, 质量, 问题) is the 关联事项's 督查等级. The ledger
 * index (every item grouped by unit) is built only when such an entry needs it.
 */
function levelOf(adjustment: Adjustment, ledger: Ledger): string | null {
  if (adjustment.level !== null || adjustment.relatedItem === null) return adjustment.level;
  if (categoryRule(ledger.rules, adjustment.category)?.levelKind !== 'importance') return null;
  return indexLedger(ledger).importanceOf(adjustment.unit, adjustment.relatedItem) ?? null;
}

function pointsOf(adjustment: Adjustment, ledger: Ledger): number {
  const { rules } = ledger;
  const level = levelOf(adjustment, ledger);
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

interface Candidate {
  entry: CountedAdjustment;
  /** The event it belongs to under the event rules, numbered per ledger; -1 when every entry counts. */
  event: number;
}

interface Prepared {
  /** By position in ledger.adjustments; filled on first use, so an entry no window reaches is never priced. */
  candidates: (Candidate | undefined)[];
  events: Map<string, number>;
}

/**
 * Each entry's points and event, worked out once per ledger: ranking December counts the entries
 * of every earlier month too, and the table lookups and event keys cost more than the window test.
 */
const preparedCache = new WeakMap<Ledger, Prepared>();

function prepared(ledger: Ledger): Prepared {
  let p = preparedCache.get(ledger);
  if (!p) preparedCache.set(ledger, (p = { candidates: new Array<Candidate | undefined>(ledger.adjustments.length), events: new Map() }));
  return p;
}

function candidateOf(ledger: Ledger, i: number, p: Prepared): Candidate {
  const known = p.candidates[i];
  if (known) return known;
  const { rules } = ledger;
  const adjustment = ledger.adjustments[i];
  const entry = { adjustment, points: pointsOf(adjustment, ledger) };
  const oneEvent = rules.eventRules && !categoryRule(rules, adjustment.category)?.perOccurrence;
  let event = -1;
  if (oneEvent) {
    // 编号 compare as validation compares them: DC－001 and DC-001 are one item, so one event.
    const key = `${adjustment.unit}\u0000${normalizeText(adjustment.relatedItem ?? '')}\u0000${adjustment.category}`;
    event = p.events.get(key) ?? p.events.size;
    if (event === p.events.size) p.events.set(key, event);
  }
  return (p.candidates[i] = { entry, event });
}

/**
 * The entries that count for the period, per roster name, in sheet order. The window (1 January
 * of the report year to asOf) is applied first, then the event rules when the rule set has them.
 */
export function countedAdjustments(ledger: Ledger, period: Period): Map<string, CountedAdjustment[]> {
  const { rules, adjustments } = ledger;
  const p = prepared(ledger);
  const from = yearStart(period.year);
  const inWindow: Candidate[] = [];
  // Dense from the start (there are at most as many events as entries): writing event numbers
  // into an empty array in any order made it a sparse, dictionary-backed one.
  const winners = new Array<CountedAdjustment | undefined>(adjustments.length).fill(undefined);
  for (let i = 0; i < adjustments.length; i++) {
    const adjustment = adjustments[i];
    if (adjustment.date < from || adjustment.date > period.asOf) continue;
    // 与督查事项无关的不加（减）分
    if (rules.eventRules && adjustment.relatedItem === null) continue;
    const candidate = candidateOf(ledger, i, p);
    inWindow.push(candidate);
    const { entry, event } = candidate;
    if (event < 0) continue;
    const kept = winners[event];
    if (!kept || outweighs(entry, kept)) winners[event] = entry;
  }
  const byUnit = new Map<string, CountedAdjustment[]>();
  for (const { entry, event } of inWindow) {
    if (event >= 0 && winners[event] !== entry) continue;
    const list = byUnit.get(entry.adjustment.unit);
    if (list) list.push(entry);
    else byUnit.set(entry.adjustment.unit, [entry]);
  }
  return byUnit;
}
