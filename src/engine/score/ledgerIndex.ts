// Lookups that scoring needs, built once per ledger. Ranking a month scores every earlier month
// too (月排名加分), so these are shared across months instead of rescanning all items per unit.
import type { Importance, Item, Ledger } from '../model';
import { importanceAmong } from '../rules/importance';
import { normalizeText } from '../text';

export interface LedgerIndex {
  /** Each roster name's own 台账 rows (as 责任单位; 配合单位 are never scored), in sheet order. */
  itemsByUnit: ReadonlyMap<string, readonly Item[]>;
  /** 督查等级 of item `id` for `unit` (importanceAmong). */
  importanceOf(unit: string, id: string): Importance | undefined;
}

const cache = new WeakMap<Ledger, LedgerIndex>();

function groupBy(items: readonly Item[], key: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function build(ledger: Ledger): LedgerIndex {
  // Only importance-graded entries with a blank 级别 need rows by 编号: built on first use.
  let itemsById: Map<string, Item[]> | null = null;
  return {
    itemsByUnit: groupBy(ledger.items, (item) => item.unit),
    importanceOf(unit, id) {
      // 编号 as validation compares them, so a 关联事项 written DC－001 finds DC-001.
      itemsById ??= groupBy(ledger.items, (item) => normalizeText(item.id));
      return importanceAmong(itemsById.get(normalizeText(id)) ?? [], unit);
    },
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
