// 通报批评 of the year and their consequences (seed 003 十六(二)(三)), worked by hand.
import type { CellValue } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { buildBulletin } from '../../../src/engine/report/bulletin';
import { bulletinBlocks, rankingTable } from '../../../src/engine/report/sheetLayout';
import { consequenceOf, criticismCounts } from '../../../src/engine/score/criticism';
import { rankMonth } from '../../../src/engine/score/rank';
import { adj, items, item, ledger, monthEnd, unit } from './scoringFixtures';

const COUNTY = '县（市、区）';
const done = { assigned: '2026-01-05', deadline: '2026-03-31', completed: '2026-03-20' };

describe('sanmenxia-2019, June 2026: every unit has 3 items done on time (功效系数 1, 事项得分 100)', () => {
  const names = ['甲县', '乙县', '丙县', '丁县', '戊县'];
  const units = names.map((n) => unit(n, COUNTY));
  const all = names.flatMap((n) => items(n, n[0], 3, done));
  const entries = [
    adj('甲县', '2026-03-10', '通报批评', '市督查室', '甲-1'), // 1 → 95
    adj('乙县', '2026-02-10', '通报批评', '市督查室', '乙-1'), // 2 → 90
    adj('乙县', '2026-05-10', '通报批评', '市督查室', '乙-2'),
    adj('丙县', '2026-02-10', '通报批评', '市督查室', '丙-1'), // 3 → 85
    adj('丙县', '2026-04-10', '通报批评', '市督查室', '丙-2'),
    adj('丙县', '2026-06-10', '通报批评', '市督查室', '丙-3'),
    adj('丁县', '2026-07-05', '通报批评', '市督查室', '丁-1'), // after 30 June: 0 → 100
    adj('戊县', '2026-03-01', '通报批评', '市', '戊-1'), // one event at two levels: 1, at 市 (10) → 90
    adj('戊县', '2026-03-15', '通报批评', '市督查室', '戊-1'),
  ];
  const l = ledger('sanmenxia-2019', units, all, entries, { monthlyRankBonus: 0 });
  const june = monthEnd(2026, 6);

  it('counts the 通报批评 entries as scored: in the window, one event once', () => {
    expect(Object.fromEntries(criticismCounts(l, june) ?? [])).toEqual({ 甲县: 1, 乙县: 2, 丙县: 3, 丁县: 0, 戊县: 1 });
  });

  it('the ranking carries 本年通报批评 for every unit, and no report columns (no 报送 sheet)', () => {
    const rows = rankMonth(l, june);
    expect(rows.map((r) => [r.unit, r.score, r.criticisms])).toEqual([
      ['丁县', 100, 0], ['甲县', 95, 1], ['乙县', 90, 2], ['戊县', 90, 1], ['丙县', 85, 3],
    ]);
    expect(rows.every((r) => !('reportsDue' in r) && !('reportsMissing' in r))).toBe(true);
    const sheet = rankingTable(rows, 'coefficient');
    expect(sheet.columns.map((c) => c.header).slice(-2)).toEqual(['较上月', '本年通报批评']);
    expect(sheet.rows.map((r) => r[r.length - 1])).toEqual([0, 1, 2, 1, 3]);
  });

  it('seed 003: 1 → 书面检查, 2 → 约谈 and no 评先树优, 3 → 问责', () => {
    expect(buildBulletin(l, june).criticismCounts).toEqual([
      { unit: '丙县', count: 3, consequence: '提出问责建议，依规问责并组织处理' },
      { unit: '乙县', count: 2, consequence: '主要领导约谈单位主要负责人，取消本年度评先树优资格' },
      { unit: '甲县', count: 1, consequence: '责任单位作出书面检查' },
      { unit: '戊县', count: 1, consequence: '责任单位作出书面检查' },
    ]);
    expect(consequenceOf(l.rules, 0)).toBe('');
    expect(consequenceOf(l.rules, 7)).toBe('提出问责建议，依规问责并组织处理');
  });

  it('年中 praise leaves out 乙县 and 丙县 (2 and 3 criticisms): 丁县 100, 甲县 95, 戊县 90, and says why', () => {
    // Without the exclusion: 丁县 100, 甲县 95, then 乙县 and 戊县 tied at 90.
    const b = buildBulletin(l, june);
    expect(b.praise).toEqual([{ reason: '2026年年中考核中督查事项全部完成、得分位列前3名的单位', units: ['丁县', '甲县', '戊县'] }]);
    expect(b.praiseBarred).toEqual(['乙县', '丙县']);
  });

  it('the June bulletin says why under 三、表扬 and lists each count with its consequence under 四、通报批评', () => {
    const blocks = bulletinBlocks(buildBulletin(l, june));
    const texts = blocks.flatMap((b) => ('text' in b ? [b.text] : []));
    const praise = texts.indexOf('三、表扬');
    const criticism = texts.indexOf('四、通报批评');
    const barred = texts.indexOf('乙县（本年通报批评2次）、丙县（本年通报批评3次）取消本年度评先树优资格，不列入年中、年终考核表扬。');
    expect(barred).toBeGreaterThan(praise);
    expect(barred).toBeLessThan(criticism);
    const intro = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '本年受到通报批评的单位及处理：');
    expect(texts.indexOf('本年受到通报批评的单位及处理：')).toBeGreaterThan(criticism);
    const table = blocks[intro + 1];
    expect(table.kind === 'table' && [table.table.columns.map((c) => c.header), ...table.table.rows]).toEqual([
      ['单位', '本年通报批评', '处理'],
      ['丙县', 3, '提出问责建议，依规问责并组织处理'],
      ['乙县', 2, '主要领导约谈单位主要负责人，取消本年度评先树优资格'],
      ['甲县', 1, '责任单位作出书面检查'],
      ['戊县', 1, '责任单位作出书面检查'],
    ]);
  });

  it('取消评先树优批评次数 = 3 takes out 丙县 only; 0 takes out no one', () => {
    const three = buildBulletin(ledger('sanmenxia-2019', units, all, entries, { monthlyRankBonus: 0, praiseBarCriticisms: 3 }), june);
    expect(three.praiseBarred).toEqual(['丙县']);
    expect(three.praise[0].units).toEqual(['丁县', '甲县', '乙县', '戊县']);
    const never = buildBulletin(ledger('sanmenxia-2019', units, all, entries, { monthlyRankBonus: 0, praiseBarCriticisms: 0 }), june);
    expect(never.praiseBarred).toBeUndefined();
  });

  it('a month without 年中/年终 praise names no one as left out', () => {
    expect(buildBulletin(l, monthEnd(2026, 5)).praiseBarred).toBeUndefined();
  });
});

describe('月度通报计入批评次数 = 是 (district-dynamic, April 2026)', () => {
  const units = [unit('甲街道', '街道类'), unit('乙街道', '街道类'), unit('丙街道', '街道类')];
  const all = [
    // Overdue at the ends of January and February, completed 10 March: criticised twice.
    item('甲街道', 'A-1', { assigned: '2026-01-05', deadline: '2026-01-20', completed: '2026-03-10' }),
    // Overdue at the end of March only.
    item('乙街道', 'B-1', { assigned: '2026-03-01', deadline: '2026-03-15', completed: '2026-04-10' }),
    // Overdue from 10 April: April's own bulletin is not an earlier month's.
    item('丙街道', 'C-1', { assigned: '2026-03-01', deadline: '2026-04-10' }),
  ];

  it('counts every earlier month whose bulletin criticised the unit', () => {
    const l = ledger('district-dynamic', units, all, [], { monthlyBulletinCriticism: true });
    expect(rankMonth(l, monthEnd(2026, 4)).map((r) => [r.unit, r.criticisms])).toEqual([
      ['甲街道', 2], ['乙街道', 1], ['丙街道', 0],
    ]);
  });

  it('without it district-dynamic counts nothing: it has no 通报批评 category, and the ranking has no such column', () => {
    const l = ledger('district-dynamic', units, all);
    expect(criticismCounts(l, monthEnd(2026, 4))).toBeNull();
    expect(rankMonth(l, monthEnd(2026, 4)).some((r) => 'criticisms' in r)).toBe(false);
    expect(buildBulletin(l, monthEnd(2026, 4)).criticismCounts).toBeUndefined();
  });
});

describe('批评后果 rows of the 规则 sheet', () => {
  const book = (rules: CellValue[][]) => ({
    sheets: [
      { name: '台账', values: [['编号', '事项内容', '责任单位', '交办日期', '办理时限'], ['D-1', '事项', '甲县', '2026-01-05', '2026-03-31']] },
      { name: '规则', values: [['参数', '值'], ...rules] },
    ],
  });

  it('change, add and remove steps of the ladder', () => {
    const { ledger: read, problems } = readLedger(
      book([['批评后果:2', '约谈单位主要负责人'], ['批评后果：4', '移交纪检监察机关'], ['批评后果:3', '无'], ['月度通报计入批评次数', '是'], ['取消评先树优批评次数', 3]]),
      { reportYear: 2026 },
    );
    expect(problems.filter((p) => p.sheet === '规则')).toEqual([]);
    expect(read?.rules.criticism.consequences).toEqual([
      { from: 1, label: '责任单位作出书面检查' },
      { from: 2, label: '约谈单位主要负责人' },
      { from: 4, label: '移交纪检监察机关' },
    ]);
    expect(consequenceOf(read!.rules, 3)).toBe('约谈单位主要负责人');
    expect(read?.rules.params).toMatchObject({ monthlyBulletinCriticism: true, praiseBarCriticisms: 3 });
  });

  it('a count that is no whole number ≥ 1, or a parameter of the wrong kind, is an 错误 at its cell', () => {
    const { problems } = readLedger(book([['批评后果:二', 'x'], ['批评后果:0', 'x'], ['月度通报计入批评次数', '可以'], ['报送宽限工作日', -1]]), { reportYear: 2026 });
    // Parameters are read first, the tables' rows after them.
    expect(problems.filter((p) => p.sheet === '规则').map((p) => [p.cell, p.message])).toEqual([
      ['B4', '参数「月度通报计入批评次数」的值「可以」无效：应为「是」或「否」。'],
      ['B5', '参数「报送宽限工作日」的值「-1」无效：应为不小于 0 的整数。'],
      ['A2', '「批评后果:」后应写通报批评次数（不小于 1 的整数），「二」无效：例如「批评后果:2」。'],
      ['A3', '「批评后果:」后应写通报批评次数（不小于 1 的整数），「0」无效：例如「批评后果:2」。'],
    ]);
  });
});
