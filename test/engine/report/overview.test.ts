import { buildBulletin } from '../../../src/engine/report/bulletin';
import { monthEndTrend } from '../../../src/engine/report/monthTrend';
import { itemsWithLight, ledgerPlace, monthOverview, overviewPeriod } from '../../../src/engine/report/overview';
import type { Item } from '../../../src/engine/model';
import { day, item, ledger, monthEnd, unit } from '../score/scoringFixtures';

const COUNTY = '县（市、区）';
const CITY = '市直单位';
const open = (deadline: string, more: object = {}) => ({ assigned: '2026-03-01', deadline, ...more });
const standing = (unitName: string, id: string): Item => ({ ...item(unitName, id, open('2026-12-31')), deadline: null });

// Seen on Monday 22 June 2026, the first working day after 端午 (19–21 June off), with 临期工作日 3.
// Working days after 22 June: Tue 23 (1), Wed 24 (2), Thu 25 (3), Fri 26 (4), Mon 29 (5), Tue 30 (6).
// So 黄 is D from 22 to 25 June; the previous working day is Thursday 18 June.
const ITEMS = [
  item('甲县', 'A-1', open('2026-06-10')), // 红: working days 11, 12, 15, 16, 17, 18, 22 since D → −7
  item('甲县', 'A-2', open('2026-06-19')), // 红, new: on 18 June D was still ahead; 20, 21 off, 22 → −1
  item('甲县', 'A-3', open('2026-06-22')), // 黄: due today, 0
  item('甲县', 'A-4', open('2026-06-25')), // 黄: 23, 24, 25 → 3
  item('甲县', 'A-5', open('2026-06-26')), // 绿: 4 working days
  item('乙县', 'B-1', open('2026-06-18')), // 红, new: not overdue on 18 June itself; 19–21 off, 22 → −1
  item('乙县', 'B-2', open('2026-05-29', { completed: '2026-05-28' })), // 绿: 按期办结
  standing('乙县', 'B-3'), // 绿: 长期, never due
  item('市交通运输局', 'T-1', open('2026-06-17', { extendedTo: '2026-06-30' })), // 绿: D = 延期至, 6 working days
  item('市交通运输局', 'T-2', open('2026-06-12', { completed: '2026-06-15' })), // 绿: 逾期办结
  item('市交通运输局', 'T-3', open('2026-06-24', { completed: '2026-06-23' })), // 黄: done tomorrow, open today; 2
  item('市交通运输局', 'T-4', { assigned: '2026-06-25', deadline: '2026-07-31' }), // assigned after the date: out
  item('市交通运输局', 'T-5', open('2026-06-30', { cancelled: true })), // 已销号: out
  item('乙县', 'B-4', { assigned: '2025-10-01', deadline: '2025-12-31', completed: '2025-12-20' }), // 2025's: out
];
const UNITS = [unit('甲县', COUNTY), unit('乙县', COUNTY), unit('市交通运输局', CITY), unit('市水利局', CITY)];
const L = ledger('sanmenxia-2019', UNITS, ITEMS, [], { monthlyRankBonus: 0, dueSoonWorkdays: 3 });
const PERIOD = { year: 2026, month: 6, asOf: day('2026-06-22') };
const O = monthOverview(L, PERIOD, { sheet: '督查台账', column: 1 });
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe('monthOverview on 22 June 2026', () => {
  it('counts 11 items: 红 A-1 A-2 B-1, 黄 A-3 A-4 T-3, 绿 the other 5', () => {
    expect(O.lights).toEqual({ 红: 3, 黄: 3, 绿: 5 });
    expect(ids(itemsWithLight(O, '红', null)).sort()).toEqual(['A-1', 'A-2', 'B-1']);
    expect(ids(itemsWithLight(O, '绿', null)).sort()).toEqual(['A-5', 'B-2', 'B-3', 'T-1', 'T-2']);
  });

  it('per category in the preset’s order: the counties 3 / 2 / 3, the city units 0 / 1 / 2 (市水利局 has no items)', () => {
    expect(O.byCategory).toEqual([
      { category: COUNTY, counts: { 红: 3, 黄: 2, 绿: 3 } },
      { category: CITY, counts: { 红: 0, 黄: 1, 绿: 2 } },
    ]);
    expect(ids(itemsWithLight(O, '黄', CITY))).toEqual(['T-3']);
  });

  it('lists the items most urgent first: overdue by D, open by D, standing, completed', () => {
    expect(ids(O.items)).toEqual(['A-1', 'B-1', 'A-2', 'A-3', 'T-3', 'A-4', 'A-5', 'T-1', 'B-3', 'B-2', 'T-2']);
  });

  it('gives working days left (or, negative, overdue) for open items with a deadline only', () => {
    const workdays = Object.fromEntries(O.items.map((i) => [i.id, i.workdays]));
    expect(workdays).toEqual({ 'A-1': -7, 'A-2': -1, 'B-1': -1, 'A-3': 0, 'T-3': 2, 'A-4': 3, 'A-5': 4, 'T-1': 6, 'B-3': null, 'B-2': null, 'T-2': null });
  });

  it('due soon: the 黄 items, soonest first; newly overdue since Thursday 18 June: B-1 (D 18 June) and A-2 (D 19 June)', () => {
    expect(O.dueSoonWorkdays).toBe(3);
    expect(ids(O.dueSoon)).toEqual(['A-3', 'T-3', 'A-4']);
    expect(O.previousWorkday).toBe(day('2026-06-18'));
    expect(ids(O.newlyOverdue)).toEqual(['B-1', 'A-2']);
  });

  it('an item carries what its list shows and the cell click-to-row selects: column B of its 台账 row', () => {
    const t1 = O.items.find((i) => i.id === 'T-1')!;
    // ledger() numbers rows from 2 in list order: T-1 is the 9th item.
    expect(t1).toEqual({
      cell: 'B10', id: 'T-1', content: '事项T-1', unit: '市交通运输局', category: CITY, light: '绿', status: '在办',
      deadline: day('2026-06-30'), deadlineText: '', workdays: 6,
    });
    expect(O.sheet).toBe('督查台账');
  });

  it('charts the scores by category: maxN 5, so n = 3 gives 0.8; 乙县 20/40 × 100 × 0.8 = 40, 甲县 0/40 → 0, 交通 20/20 × 80 = 80, 水利 no items 100 × 0.5 = 50', () => {
    expect(O.charts.scores.map(({ title, category, bars, first }) => ({ title, category, bars, first }))).toEqual([
      { title: '2026年6月县（市、区）得分', category: COUNTY, first: 0, bars: [{ label: '乙县', rank: 1, value: 40 }, { label: '甲县', rank: 2, value: 0 }] },
      { title: '2026年6月市直单位得分', category: CITY, first: 2, bars: [{ label: '市交通运输局', rank: 1, value: 80 }, { label: '市水利局', rank: 2, value: 50 }] },
    ]);
    expect(O.charts.scores[0]).toMatchObject({ kind: 'bar', categoryAxis: '单位', valueAxis: '总分', format: 'score' });
  });

  it('charts the month ends so far: the rate (0–100%) and the overdue count', () => {
    expect(O.charts.completion).toEqual({
      kind: 'line', title: '2026年1—6月各月末办结率', categoryAxis: '月份', valueAxis: '办结率', format: 'percent', max: 1, tone: 'neutral',
      points: [['1月', null], ['2月', null], ['3月', 0], ['4月', 0], ['5月', 1 / 11], ['6月', 2 / 11]].map(([label, value]) => ({ label, value })),
    });
    expect(O.charts.overdue.points.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 3]);
    expect(O.charts.overdue).toMatchObject({ title: '2026年1—6月各月末逾期未办结事项', valueAxis: '逾期未办结（项）', format: 'integer', max: null, tone: 'alert' });
  });
});

describe('seen on a day off', () => {
  it('Sunday 21 June: D Friday 19 June (端午) is overdue by no working day yet, 0 not −0; the previous working day is Thursday 18 June', () => {
    const l = ledger('sanmenxia-2019', UNITS, [item('甲县', 'H-1', open('2026-06-19'))], [], { dueSoonWorkdays: 3 });
    const o = monthOverview(l, { year: 2026, month: 6, asOf: day('2026-06-21') }, { sheet: '台账', column: 0 });
    expect(o.items.map(({ light, status, workdays }) => ({ light, status, workdays }))).toEqual([{ light: '红', status: '逾期未办结', workdays: 0 }]);
    expect(Object.is(o.items[0].workdays, 0)).toBe(true);
    expect(o.previousWorkday).toBe(day('2026-06-18'));
    expect(ids(o.newlyOverdue)).toEqual(['H-1']);
  });
});

describe('monthEndTrend', () => {
  it('January–June: nothing assigned before March (no rate), 11 items from March, B-2 done in May, T-2 done and 3 overdue by 22 June', () => {
    const points = monthEndTrend(L, PERIOD).map(({ month, asOf, assigned, completed, overdue, completionRate }) => [month, asOf, assigned, completed, overdue, completionRate]);
    expect(points).toEqual([
      [1, day('2026-01-31'), 0, 0, 0, null],
      [2, day('2026-02-28'), 0, 0, 0, null],
      [3, day('2026-03-31'), 11, 0, 0, 0],
      [4, day('2026-04-30'), 11, 0, 0, 0],
      [5, day('2026-05-31'), 11, 1, 0, 1 / 11],
      [6, day('2026-06-22'), 11, 2, 3, 2 / 11],
    ]);
  });

  it('its last point is the bulletin’s 总体情况 of the same date, and a month end matches that month’s bulletin', () => {
    for (const period of [PERIOD, monthEnd(2026, 5), monthEnd(2026, 8)]) {
      const last = monthEndTrend(L, period).at(-1)!;
      const { totals } = buildBulletin(L, period);
      expect([last.assigned, last.completed, last.overdue]).toEqual([totals.assigned, totals.completed, totals.overdue]);
    }
  });
});

describe('overviewPeriod', () => {
  const june = monthEnd(2026, 6);
  it('sees a past month at its last day, and the month under way today', () => {
    expect(overviewPeriod(june, day('2026-07-03'))).toEqual(june);
    expect(overviewPeriod(june, day('2026-06-30'))).toEqual(june);
    expect(overviewPeriod(june, day('2026-06-22'))).toEqual({ year: 2026, month: 6, asOf: day('2026-06-22') });
  });
});

describe('ledgerPlace', () => {
  const reading = (columns: { key: string; column: number | null }[]) => ({
    readings: [{ sheet: '总台账', headerRows: [3], headers: [], columns: columns.map((c) => ({ ...c, name: '', required: false, header: null, via: null })), sections: [], skipped: [], mergedAreas: 0, assumptions: [] }],
  });
  it('points at the 编号 column, or at 事项内容 when the sheet has no 编号', () => {
    expect(ledgerPlace(reading([{ key: 'content', column: 2 }, { key: 'id', column: 0 }]))).toEqual({ sheet: '总台账', column: 0 });
    expect(ledgerPlace(reading([{ key: 'id', column: null }, { key: 'content', column: 2 }]))).toEqual({ sheet: '总台账', column: 2 });
    expect(ledgerPlace({ readings: [] })).toBeNull();
  });
});
