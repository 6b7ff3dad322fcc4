import { scoreUnits } from '../../../src/engine/score/score';
import { adj, item, items, ledger, lineOf, monthEnd, unit } from './scoringFixtures';

const june = monthEnd(2026, 6); // asOf 2026-06-30
const COUNTY = '县（市、区）';
const CITY = '市直单位';

describe('sanmenxia-2019: seed 001 附件1 on four units, June 2026', () => {
  const units = [unit('甲县', COUNTY), unit('乙县', COUNTY), unit('丙县', COUNTY), unit('市交通运输局', CITY)];
  const ledgerItems = [
    // 甲县: 2 on time, 1 late, 1 overdue; a row completed in 2025 belongs to 2025.
    item('甲县', 'J-1', { assigned: '2026-03-01', deadline: '2026-04-30', completed: '2026-04-20', cooperators: ['市交通运输局'] }),
    item('甲县', 'J-2', { assigned: '2026-03-01', deadline: '2026-04-30', completed: '2026-04-30' }),
    item('甲县', 'J-3', { assigned: '2026-03-01', deadline: '2026-05-31', completed: '2026-06-10' }),
    item('甲县', 'J-4', { assigned: '2026-03-01', deadline: '2026-05-31' }),
    item('甲县', 'J-5', { assigned: '2025-11-01', deadline: '2025-12-31', completed: '2025-12-20' }),
    // 乙县: a 结转 item done on time, one on time, one extended past asOf; one assigned in July, one 销号.
    item('乙县', 'Y-1', { assigned: '2025-11-01', deadline: '2026-01-31', completed: '2026-01-15' }),
    item('乙县', 'Y-2', { assigned: '2026-04-01', deadline: '2026-05-31', completed: '2026-05-30' }),
    item('乙县', 'Y-3', { assigned: '2026-04-01', deadline: '2026-06-15', extendedTo: '2026-08-15' }),
    item('乙县', 'Y-4', { assigned: '2026-07-01', deadline: '2026-07-31' }),
    item('乙县', 'Y-5', { assigned: '2026-04-01', deadline: '2026-04-30', cancelled: true }),
    // 丙县: 2 on time, 1 overdue (D 06-29 < asOf).
    item('丙县', 'C-1', { assigned: '2026-03-01', deadline: '2026-04-30', completed: '2026-04-01' }),
    item('丙县', 'C-2', { assigned: '2026-03-01', deadline: '2026-04-30', completed: '2026-04-02' }),
    item('丙县', 'C-3', { assigned: '2026-03-01', deadline: '2026-06-29' }),
  ];
  const adjustments = [
    adj('甲县', '2026-05-08', '通报表扬', '省', 'J-1'), // +15
    adj('甲县', '2026-06-02', '通报批评', '市督查室', 'J-4'), // −5
    adj('丙县', '2026-06-30', '逾期报送', null, 'C-3'), // −5
    adj('市交通运输局', '2026-05-20', '通报表扬', '市', 'J-1'), // +10, for the item it co-handles
  ];
  const rows = scoreUnits(ledger('sanmenxia-2019', units, ledgerItems, adjustments), june);

  it('counts each unit’s own rows only', () => {
    expect(lineOf(rows, '甲县')).toMatchObject({ items: 4, completed: 3, onTime: 2, late: 1, overdue: 1, open: 0 });
    expect(lineOf(rows, '乙县')).toMatchObject({ items: 3, completed: 2, onTime: 2, late: 0, overdue: 0, open: 1 });
    expect(lineOf(rows, '丙县')).toMatchObject({ items: 3, completed: 2, onTime: 2, late: 0, overdue: 1, open: 0 });
    // 配合单位 of J-1, never scored on it
    expect(lineOf(rows, '市交通运输局')).toMatchObject({ items: 0, completed: 0, overdue: 0, open: 0 });
  });

  it('甲县: maxN = 4, coeff = 0.5 + 4/4×0.5 = 1; itemScore = 20×(2+1)/(20×4)×100×1 = 75; 75 + 15 − 5 = 85', () => {
    expect(lineOf(rows, '甲县')).toMatchObject({ coefficient: 1, itemScore: 75, bonus: 15, deduction: 5, score: 85 });
  });

  it('乙县: coeff = 0.5 + 3/4×0.5 = 0.875; due = 2, earned 40/40; itemScore = 1×100×0.875 = 87.5', () => {
    expect(lineOf(rows, '乙县')).toMatchObject({ coefficient: 0.875, itemScore: 87.5, bonus: 0, deduction: 0, score: 87.5 });
  });

  it('丙县: coeff 0.875; itemScore = 40/60×100×0.875 = 58.333…; 58.333… − 5 = 53.333… → 53.33', () => {
    const line = lineOf(rows, '丙县');
    expect(line.itemScore).toBeCloseTo(58.3333333, 6);
    expect(line).toMatchObject({ deduction: 5, score: 53.33 });
  });

  it('a unit without items still gets a line: coeff 0.5, ratio 1 → 50; + 10 = 60', () => {
    expect(lineOf(rows, '市交通运输局')).toMatchObject({ coefficient: 0.5, itemScore: 50, bonus: 10, score: 60 });
  });

  it('lines come in roster order, with no 实效加分 in this preset', () => {
    expect(rows.map((r) => r.unit)).toEqual(['甲县', '乙县', '丙县', '市交通运输局']);
    expect(rows.every((r) => r.effectivenessBonus === 0 && r.monthlyRankBonus === 0)).toBe(true);
  });

  it('逾期办结系数 0.5: 甲县 earned = 20×(2 + 0.5×1) = 50 of 80 → 62.5; 62.5 + 15 − 5 = 72.5', () => {
    const half = scoreUnits(ledger('sanmenxia-2019', units, ledgerItems, adjustments, { lateFactor: 0.5 }), june);
    expect(lineOf(half, '甲县')).toMatchObject({ itemScore: 62.5, score: 72.5 });
  });
});

describe('sanmenxia-2019: rounding as Excel', () => {
  it('51.575 reaches the score as 51.58, not the 51.57 binary floating point would give', () => {
    const open = { assigned: '2026-01-05', deadline: '2026-12-31' };
    const ledgerItems = [
      ...items('甲县', 'J', 40, open),
      item('乙县', 'Y-1', { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-03-30' }),
      ...items('乙县', 'YL', 3, { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-04-10' }),
      item('乙县', 'Y-9', { assigned: '2026-01-05', deadline: '2026-05-31' }),
      ...items('乙县', 'YO', 28, open),
    ];
    const l = ledger('sanmenxia-2019', [unit('甲县', COUNTY), unit('乙县', COUNTY)], ledgerItems,
      [adj('乙县', '2026-04-15', '逾期报送', null, 'Y-9')], { lateFactor: 0.7 });
    // 乙县: n = 33, maxN = 40: coeff = 0.5 + 33/40×0.5 = 0.9125. Due 1 + 3 + 1 = 5, total = 100;
    // earned = 20×(1 + 0.7×3) = 62; itemScore = 62/100×100×0.9125 = 56.575; 56.575 − 5 = 51.575.
    const line = lineOf(scoreUnits(l, june), '乙县');
    expect(line.coefficient).toBeCloseTo(0.9125, 12);
    expect(line.itemScore).toBeCloseTo(56.575, 9);
    expect(line.score).toBe(51.58);
  });
});

describe('sanmenxia-2019: 功效系数范围', () => {
  const open = { assigned: '2026-01-05', deadline: '2026-12-31' };
  const units = [unit('甲县', COUNTY), unit('乙县', COUNTY), unit('市水利局', CITY)];
  const ledgerItems = [...items('甲县', 'J', 4, open), ...items('乙县', 'Y', 2, open), ...items('市水利局', 'S', 2, open)];

  it('全部 (default): 市水利局 coeff = 0.5 + 2/4×0.5 = 0.75 → 75', () => {
    expect(lineOf(scoreUnits(ledger('sanmenxia-2019', units, ledgerItems), june), '市水利局').score).toBe(75);
  });

  it('类别: 市水利局 is the largest of 市直单位, coeff = 0.5 + 2/2×0.5 = 1 → 100; 乙县 stays 0.75', () => {
    const rows = scoreUnits(ledger('sanmenxia-2019', units, ledgerItems, [], { coefficientScope: 'category' }), june);
    expect(lineOf(rows, '市水利局').score).toBe(100);
    expect(lineOf(rows, '乙县').score).toBe(75);
  });
});

describe('district-dynamic: 80 + min(bonus, 20) − min(deduction, 80)', () => {
  const units = [unit('东街道', '街道类'), unit('西街道', '街道类'), unit('南街道', '街道类'), unit('高新区', '功能区类')];
  const done = (completed: string) => ({ assigned: '2026-02-01', deadline: '2026-05-31', completed });
  const ledgerItems = [
    item('东街道', 'E-1', { ...done('2026-03-01'), importance: '特别重要' }),
    ...items('东街道', 'EA', 3, done('2026-04-01')),
    item('西街道', 'W-1', { ...done('2026-03-01'), importance: '比较重要' }),
    item('西街道', 'W-2', done('2026-04-01')),
    item('西街道', 'W-0', { assigned: '2025-10-01', deadline: '2025-12-31', completed: '2025-12-28' }), // 2025's
    ...items('南街道', 'S', 3, done('2026-04-01')),
    item('高新区', 'G-1', done('2026-04-01')),
  ];
  const adjustments = [
    adj('东街道', '2026-03-10', '表彰', '国家', 'E-1'),
    adj('东街道', '2026-03-11', '表彰', '国家', 'E-1'),
    adj('东街道', '2026-03-12', '创新', '省', null),
    ...Array.from({ length: 9 }, () => adj('东街道', '2026-04-01', '问题', null, 'E-1')),
    adj('西街道', '2026-04-02', '批示表扬', '市', 'W-1'),
    adj('西街道', '2026-04-03', '催办', '黄', 'W-2'),
    adj('西街道', '2026-04-04', '超期', null, 'W-1'),
    adj('南街道', '2026-04-05', '调研', '区', null),
    adj('南街道', '2026-04-06', '质量', '一般重要', 'S-1'),
  ];
  const rows = scoreUnits(ledger('district-dynamic', units, ledgerItems, adjustments), june);

  it('东街道 reaches both caps: bonus 5 + 5 + 3 + 实效 10×4/4 = 23 → 20; deduction 问题 特别重要 10×9 = 90 → 80; 80 + 20 − 80 = 20', () => {
    expect(lineOf(rows, '东街道')).toMatchObject({
      completed: 4, coefficient: null, itemScore: null, effectivenessBonus: 10, bonus: 20, deduction: 80, score: 20,
    });
  });

  it('西街道: 实效 = 10×2/4 = 5 (the 2025 completion does not count), + 批示表扬 市 2 = 7; 催办 黄 5 + 超期 比较重要 2 = 7; 80', () => {
    expect(lineOf(rows, '西街道')).toMatchObject({ completed: 2, effectivenessBonus: 5, bonus: 7, deduction: 7, score: 80 });
  });

  it('南街道: 实效 = 10×3/4 = 7.5, + 调研 区 1 = 8.5; 质量 一般重要 1; 80 + 8.5 − 1 = 87.5', () => {
    expect(lineOf(rows, '南街道')).toMatchObject({ effectivenessBonus: 7.5, bonus: 8.5, deduction: 1, score: 87.5 });
  });

  it('实效加分 compares within the category: 高新区 is the most in 功能区类, 10×1/1 = 10 → 90', () => {
    expect(lineOf(rows, '高新区')).toMatchObject({ effectivenessBonus: 10, bonus: 10, score: 90 });
  });

  it('no completion anywhere in a category gives 实效加分 0, not a division by zero', () => {
    const none = scoreUnits(ledger('district-dynamic', [unit('北街道', '街道类')], []), june);
    expect(lineOf(none, '北街道')).toMatchObject({ effectivenessBonus: 0, bonus: 0, deduction: 0, score: 80 });
  });
});
