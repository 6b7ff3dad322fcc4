// Which colour of 催办单 an overdue item gets next (seed 002 第十五条): 蓝 first, 黄 once a 蓝 has
// been issued and the item is still overdue, 红 after a 黄. What was issued is read from the 催办
// entries of 加减分; with none, the overdue working days suggest a colour (docs/decisions.md).
import type { Adjustment, Calendar, Day, Ledger, UrgeLevel } from '../model';
import { normalizeText } from '../text';

export type UrgeDecision =
  /** Issue a 催办单 of `level`; `previous` is the strongest one issued before, null when none. */
  | { kind: 'issue'; level: UrgeLevel; basis: 'entries' | 'workdays'; previous: Adjustment | null }
  /** The last 催办单's reply time runs until `replyBy` (inclusive): nothing new before then. */
  | { kind: 'waiting'; previous: Adjustment; replyBy: Day }
  /** Overdue, but no working day has passed since D: no colour is due yet. */
  | { kind: 'notYet' };

/** Key of an item for a unit as 加减分 points at it: 编号 compared as validation compares them. */
const itemKey = (unit: string, id: string) => `${unit}\u0000${normalizeText(id)}`;

/**
 * The 催办 entries of each (unit, 编号), dated up to asOf, in date order (sheet order on a tie).
 * Entries of any year count: a 蓝 issued in December still stands in January.
 */
export function urgeHistory(ledger: Ledger, category: string, asOf: Day): (unit: string, id: string) => readonly Adjustment[] {
  const byItem = new Map<string, Adjustment[]>();
  for (const a of ledger.adjustments) {
    if (a.category !== category || a.relatedItem === null || a.date > asOf) continue;
    const key = itemKey(a.unit, a.relatedItem);
    const list = byItem.get(key);
    if (list) list.push(a);
    else byItem.set(key, [a]);
  }
  for (const list of byItem.values()) list.sort((a, b) => a.date - b.date || a.row - b.row);
  return (unit, id) => byItem.get(itemKey(unit, id)) ?? [];
}

/** The level reached by `workdays` overdue: the one with the highest threshold not above it. */
function levelByWorkdays(levels: readonly UrgeLevel[], workdays: number): UrgeLevel | null {
  let reached: UrgeLevel | null = null;
  for (const level of levels) {
    if (level.fromWorkdays <= workdays && (!reached || level.fromWorkdays > reached.fromWorkdays)) reached = level;
  }
  return reached;
}

/**
 * The next 催办单 for an item 逾期未办结 on asOf, from the entries issued for it so far (earliest
 * first) and its overdue working days. After the strongest colour, that colour again.
 */
export function nextUrge(
  levels: readonly UrgeLevel[],
  issued: readonly Adjustment[],
  overdueWorkdays: number,
  calendar: Calendar,
  asOf: Day,
): UrgeDecision {
  const rank = (a: Adjustment) => levels.findIndex((l) => l.level === a.level);
  const known = issued.filter((a) => rank(a) >= 0);
  if (known.length === 0) {
    const level = levelByWorkdays(levels, overdueWorkdays);
    return level ? { kind: 'issue', level, basis: 'workdays', previous: null } : { kind: 'notYet' };
  }
  const last = known[known.length - 1];
  const replyBy = calendar.addWorkdays(last.date, levels[rank(last)].replyWorkdays);
  if (asOf <= replyBy) return { kind: 'waiting', previous: last, replyBy };
  const strongest = known.reduce((best, a) => (rank(a) > rank(best) ? a : best));
  const level = levels[Math.min(rank(strongest) + 1, levels.length - 1)];
  return { kind: 'issue', level, basis: 'entries', previous: strongest };
}
