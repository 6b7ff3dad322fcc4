// The 台账's items by 编号, compared as validation compares them (DC－001 is DC-001).
import type { Item } from '../model';
import { normalizeText } from '../text';

/** The positions in `items` of each 编号's items. */
export function positionsById(items: readonly Item[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const key = normalizeText(items[i].id);
    const positions = index.get(key);
    if (positions) positions.push(i);
    else index.set(key, [i]);
  }
  return index;
}

/** The items of each 编号. */
export function indexById(items: readonly Item[]): Map<string, Item[]> {
  const index = new Map<string, Item[]>();
  for (const [key, positions] of positionsById(items)) index.set(key, positions.map((i) => items[i]));
  return index;
}
