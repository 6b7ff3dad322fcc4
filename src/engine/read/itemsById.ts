// The 台账's items by 编号, compared as validation compares them (DC－001 is DC-001).
import type { Item } from '../model';
import { normalizeText } from '../text';

export function indexById(items: readonly Item[]): Map<string, Item[]> {
  const index = new Map<string, Item[]>();
  for (const item of items) {
    const key = normalizeText(item.id);
    const rows = index.get(key);
    if (rows) rows.push(item);
    else index.set(key, [item]);
  }
  return index;
}
