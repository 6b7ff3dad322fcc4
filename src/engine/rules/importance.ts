// Which 督查等级 an item has for a unit when the rows of its 编号 disagree.
import type { Importance, Item } from '../model';
import { IMPORTANCE_LEVELS } from './levels';

/**
 * 督查等级 of an item for `unit` from the rows with its 编号: the unit's own row; else, since SPEC
 * §1's "any row" must not depend on row order, the highest level among them (rows of one item
 * normally agree; when they do not, the item is as important as its most important row).
 */
export function importanceAmong(rows: readonly Item[], unit: string): Importance | undefined {
  const own = rows.find((item) => item.unit === unit);
  if (own) return own.importance;
  const rank = (item: Item) => IMPORTANCE_LEVELS.indexOf(item.importance);
  return rows.reduce<Item | undefined>((best, item) => (best === undefined || rank(item) < rank(best) ? item : best), undefined)?.importance;
}
