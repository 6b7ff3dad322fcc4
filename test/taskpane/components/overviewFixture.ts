// A small ledger's overview, made by the engine, for the pane's tests: seen on Monday 22 June
// 2026 (端午 19–21 June off), 临期工作日 3, the 台账 sheet 督查台账 with its 编号 in column B.
import type { Item } from '../../../src/engine/model';
import { monthOverview, type MonthOverview } from '../../../src/engine/report/overview';
import { day, item, ledger, unit } from '../../engine/score/scoringFixtures';

const open = (deadline: string, more: object = {}) => ({ assigned: '2026-03-01', deadline, ...more });

// Rows 2–8 in this order.
const ITEMS: Item[] = [
  item('甲县', 'A-1', open('2026-06-10')), // 红, 7 working days overdue
  item('甲县', 'A-2', open('2026-06-19')), // 红, newly: 1 working day
  item('乙县', 'B-1', open('2026-06-18')), // 红, newly: 1 working day
  item('甲县', 'A-3', open('2026-06-22')), // 黄, due today
  item('市交通运输局', 'T-3', open('2026-06-24')), // 黄, 2 working days left
  item('乙县', 'B-2', open('2026-05-29', { completed: '2026-05-28' })), // 绿, completed
  item('市交通运输局', 'T-1', open('2026-06-17', { extendedTo: '2026-06-30' })), // 绿, 6 working days left
];

export function juneOverview(): MonthOverview {
  const units = [unit('甲县', '县（市、区）'), unit('乙县', '县（市、区）'), unit('市交通运输局', '市直单位')];
  const l = ledger('sanmenxia-2019', units, ITEMS, [], { monthlyRankBonus: 0, dueSoonWorkdays: 3 });
  return monthOverview(l, { year: 2026, month: 6, asOf: day('2026-06-22') }, { sheet: '督查台账', column: 1 });
}
