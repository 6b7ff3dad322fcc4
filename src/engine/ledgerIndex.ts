// Lookups that scoring needs, built once per ledger. Ranking a month scores every earlier month
// too (月排名加分), so these are shared across months instead of rescanning all items per unit.
import type { Importance, Item, Ledger } from './model';

export interface LedgerIndex {
  /** Each roster name's own 台账 rows (as 责任单位; 配合单位 are never scored), in sheet order. */
  itemsByUnit: ReadonlyMap<string, readonly Item[]>;
  /** 督查等级 of item `id`: `unit`'s own row with that 编号, else the first row with it (SPEC §1). */
  importanceOf(unit: string, id: string): Importance | undefined;
}

const cache = new WeakMap<Ledger, LedgerIndex>();

const unitItemKey = (unit: string, id: string) => `${unit}\u0000${id}`;

function build(ledger: Ledger): LedgerIndex {
  const itemsByUnit = new Map<string, Item[]>();
  const byUnitAndId = new Map<string, Importance>();
  const byId = new Map<string, Importance>();
  for (const item of ledger.items) {
    const own = itemsByUnit.get(item.unit);
    if (own) own.push(item);
    else itemsByUnit.set(item.unit, [item]);
    byUnitAndId.set(unitItemKey(item.unit, item.id), item.importance);
    if (!byId.has(item.id)) byId.set(item.id, item.importance);
  }
  return {
    itemsByUnit,
    importanceOf: (unit, id) => byUnitAndId.get(unitItemKey(unit, id)) ?? byId.get(id),
  };
}

/** The ledger's index; the same ledger object always gets the same index. */
export function indexLedger(ledger: Ledger): LedgerIndex {
  let index = cache.get(ledger);
  if (!index) {
    index = build(ledger);
    cache.set(ledger, index);
  }
  return index;
}
