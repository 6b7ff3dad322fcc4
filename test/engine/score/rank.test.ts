import { categoryOrder, rankMonth, rankMonthWithQualifiers } from '../../../src/engine/score/rank';
import { adj, item, items, ledger, lineOf, monthEnd, unit } from './scoringFixtures';

const COUNTY = '县（市、区）';
const CITY = '市直单位';
const open = { assigned: '2026-01-05', deadline: '2026-12-31' };

describe('competition ranking on the rounded score', () => {
  // No items anywhere: every unit has coeff 0.5 and ratio 1 → 50, plus a 通报表扬 市 whose 分值 sets the gap.
  const units = ['甲县', '乙县', '丙县', '丁县'].map((name) => unit(name, COUNTY));
  const anchor = [item('甲县', 'A-1', { assigned: '2026-01-05', deadline: '2026-01-10', cancelled: true })];
  const praise = (name: string, points: number) => adj(name, '2026-01-20', '通报表扬', '市', 'A-1', points);

  it('1, 2, 2, 4: 50 + 30.001 = 80.001 and 50 + 29.996 = 79.996 both round to 80.00 and share rank 2', () => {
    const l = ledger('sanmenxia-2019', units, anchor, [praise('甲县', 40), praise('乙县', 29.996), praise('丙县', 30.001), praise('丁县', 20)]);
    const rows = rankMonth(l, monthEnd(2026, 1));
    expect(rows.map((r) => [r.unit, r.score, r.rank])).toEqual([
      ['甲县', 90, 1],
      ['乙县', 80, 2], // tied: roster order decides who is listed first
      ['丙县', 80, 2],
      ['丁县', 70, 4],
    ]);
  });
});

describe('order of the ranking', () => {
  it('preset categories first, then others in roster order, 未分类 last; ties in roster order', () => {
    const units = [
      unit('甲', 'X类'), unit('乙', CITY), unit('丙', '未分类'), unit('丁', COUNTY), unit('戊', 'Y类'), unit('己', CITY),
    ];
    const l = ledger('sanmenxia-2019', units, []);
    expect(categoryOrder(l.rules, l.units)).toEqual([COUNTY, CITY, 'X类', 'Y类', '未分类']);
    const rows = rankMonth(l, monthEnd(2026, 3));
    expect(rows.map((r) => [r.unit, r.rank])).toEqual([['丁', 1], ['乙', 1], ['己', 1], ['甲', 1], ['戊', 1], ['丙', 1]]);
  });
});

describe('月排名加分 over three months (sanmenxia-2019: 县 top 3, 市直 top 6, +10)', () => {
  // All items are open until year end, so each month every unit's itemScore is 100×coeff with maxN = 4:
  // A 4 items → 100, B 3 → 87.5, C 2 → 75, D 1 → 62.5, E 1 → 62.5, F (市直) 0 → 50.
  const units = [
    unit('A县', COUNTY), unit('B县', COUNTY), unit('C县', COUNTY), unit('D县', COUNTY), unit('E县', COUNTY), unit('F局', CITY),
  ];
  const ledgerItems = [
    ...items('A县', 'A', 4, open), ...items('B县', 'B', 3, open), ...items('C县', 'C', 2, open),
    ...items('D县', 'D', 1, open), ...items('E县', 'E', 1, open),
  ];
  const adjustments = [
    adj('C县', '2026-01-20', '逾期报送', null, 'C-1'), // −5, a counted deduction in January
    adj('A县', '2026-02-03', '通报批评', '国家', null), // no 关联事项: not counted, so it blocks nothing
    adj('D县', '2026-02-10', '通报表扬', '市', 'D-1'), // +10
    adj('B县', '2026-03-05', '通报批评', '市督查室', 'B-1'), // −5 in March
  ];
  const l = ledger('sanmenxia-2019', units, ledgerItems, adjustments);
  const table = (rows: ReturnType<typeof rankMonth>) => rows.map((r) => [r.unit, r.score, r.rank, r.monthlyRankBonus, r.previousRank]);

  it('January: A 100, B 87.5, C 75 − 5 = 70, D and E 62.5 tie at 4; F 50. No bonus yet, no previous month', () => {
    const jan = rankMonthWithQualifiers(l, monthEnd(2026, 1));
    expect(table(jan.rows)).toEqual([
      ['A县', 100, 1, 0, null], ['B县', 87.5, 2, 0, null], ['C县', 70, 3, 0, null],
      ['D县', 62.5, 4, 0, null], ['E县', 62.5, 4, 0, null], ['F局', 50, 1, 0, null],
    ]);
    // C is third but was deducted in January.
    expect([...jan.qualifiers]).toEqual(['A县', 'B县', 'F局']);
  });

  it('February: +10 for A, B, F from January. A 110, B 97.5, D 62.5 + 10 = 72.5 passes C at 70', () => {
    const feb = rankMonthWithQualifiers(l, monthEnd(2026, 2));
    expect(table(feb.rows)).toEqual([
      ['A县', 110, 1, 10, 1], ['B县', 97.5, 2, 10, 2], ['D县', 72.5, 3, 0, 4],
      ['C县', 70, 4, 0, 3], ['E县', 62.5, 5, 0, 4], ['F局', 60, 1, 10, 1],
    ]);
    expect([...feb.qualifiers]).toEqual(['A县', 'B县', 'D县', 'F局']);
  });

  it('March: A 100 + 20 = 120, B 87.5 + 20 − 5 = 102.5, D 62.5 + 10 + 10 = 82.5, F 50 + 20 = 70; B deducted in March', () => {
    const mar = rankMonthWithQualifiers(l, monthEnd(2026, 3));
    expect(table(mar.rows)).toEqual([
      ['A县', 120, 1, 20, 1], ['B县', 102.5, 2, 20, 2], ['D县', 82.5, 3, 10, 3],
      ['C县', 70, 4, 0, 4], ['E县', 62.5, 5, 0, 5], ['F局', 70, 1, 20, 1],
    ]);
    expect([...mar.qualifiers]).toEqual(['A县', 'D县', 'F局']);
  });

  it('April: A +30, B +20 (none for March), D +20, F +30; bonus holds table and ranking points together', () => {
    const apr = rankMonth(l, monthEnd(2026, 4));
    expect(table(apr)).toEqual([
      ['A县', 130, 1, 30, 1], ['B县', 102.5, 2, 20, 2], ['D县', 92.5, 3, 20, 3],
      ['C县', 70, 4, 0, 4], ['E县', 62.5, 5, 0, 5], ['F局', 80, 1, 30, 1],
    ]);
    // D: 通报表扬 10 + 月排名 20 = 30 in bonus; B: 20 in bonus, 5 in deduction.
    expect(lineOf(apr, 'D县')).toMatchObject({ bonus: 30, deduction: 0 });
    expect(lineOf(apr, 'B县')).toMatchObject({ bonus: 20, deduction: 5 });
  });
});

describe('ties at the cut-off all qualify', () => {
  it('ranks 1, 1, 3, 3, 5 with top 3: four units earn the bonus, the fifth does not', () => {
    // maxN = 2: A, B 2 items → 100; C, D 1 item → 75; E none → 50.
    const units = ['A县', 'B县', 'C县', 'D县', 'E县'].map((name) => unit(name, COUNTY));
    const ledgerItems = [...items('A县', 'A', 2, open), ...items('B县', 'B', 2, open), ...items('C县', 'C', 1, open), ...items('D县', 'D', 1, open)];
    const feb = rankMonth(ledger('sanmenxia-2019', units, ledgerItems), monthEnd(2026, 2));
    expect(feb.map((r) => [r.unit, r.score, r.rank, r.previousRank])).toEqual([
      ['A县', 110, 1, 1], ['B县', 110, 1, 1], ['C县', 85, 3, 3], ['D县', 85, 3, 3], ['E县', 50, 5, 5],
    ]);
  });
});

describe('district-dynamic has no 月排名加分 but reports the previous month’s rank', () => {
  it('西街道 completes its item in March and overtakes 东街道', () => {
    const units = [unit('东街道', '街道类'), unit('西街道', '街道类')];
    const ledgerItems = [
      item('东街道', 'E-1', { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-02-10' }),
      ...items('西街道', 'W', 2, { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-03-10' }),
    ];
    const l = ledger('district-dynamic', units, ledgerItems);
    // February: 东 1 completed of max 1 → 实效 10 → 90; 西 0 → 80.
    // March: max 2; 东 10×1/2 = 5 → 85; 西 10×2/2 = 10 → 90.
    const mar = rankMonth(l, monthEnd(2026, 3));
    expect(mar.map((r) => [r.unit, r.score, r.rank, r.previousRank, r.monthlyRankBonus])).toEqual([
      ['西街道', 90, 1, 2, 0],
      ['东街道', 85, 2, 1, 0],
    ]);
  });
});
