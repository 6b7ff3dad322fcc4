// The running numbers of 督查通知单 and 催办单 (seed 000: 督查室负责登记、编号), read from the
// ledger itself so that making a document twice gives it the same number (docs/decisions.md).
import { ymdOf } from '../calendar/dates';
import type { Item, Ledger } from '../model';

/**
 * Each item's 通知单 number: the items assigned in one year, by 交办日期 and then in ledger order
 * (the order units stand in a row), numbered from 通知单起始号. 已销号 items keep their place, so a
 * later 销号 renumbers no notice that went out; so do items with an 错误, which are not read.
 */
export function noticeNumbers(ledger: Ledger): Map<Item, { year: number; number: number }> {
  const byYear = new Map<number, Item[]>();
  for (const item of ledger.items) {
    const { year } = ymdOf(item.assigned);
    const list = byYear.get(year);
    if (list) list.push(item);
    else byYear.set(year, [item]);
  }
  const numbers = new Map<Item, { year: number; number: number }>();
  for (const [year, items] of byYear) {
    // A stable sort keeps ledger order among items of one day.
    items.sort((a, b) => a.assigned - b.assigned);
    items.forEach((item, i) => numbers.set(item, { year, number: ledger.rules.params.noticeStart + i }));
  }
  return numbers;
}

/**
 * The number of the first new 催办单 in `year`: after those already registered in 加减分 under the
 * preset's 催办 category that year, each a 催办单 that went out; from 催办单起始号.
 */
export function firstUrgeNumber(ledger: Ledger, year: number): number {
  const category = ledger.rules.documents.urgeCategory;
  let issued = 0;
  if (category !== null) {
    for (const a of ledger.adjustments) if (a.category === category && ymdOf(a.date).year === year) issued += 1;
  }
  return ledger.rules.params.urgeStart + issued;
}
