import { buildBulletin } from '../../../src/engine/report/bulletin';
import { adj, day, item, items, ledger, monthEnd, unit } from '../score/scoringFixtures';

const COUNTY = '县（市、区）';
const CITY = '市直单位';
const done = (deadline: string, completed: string) => ({ assigned: '2026-03-01', deadline, completed });
const due = (deadline: string) => ({ assigned: '2026-03-01', deadline });

describe('June 2026 bulletin (月排名加分 set to 0 here, so scores are this month’s alone)', () => {
  const units = [
    unit('甲县', COUNTY), unit('乙县', COUNTY), unit('丙县', COUNTY), unit('丁县', COUNTY), unit('戊县', COUNTY),
    unit('市交通运输局', CITY), unit('市水利局', CITY),
  ];
  const ledgerItems = [
    item('甲县', 'J-1', done('2026-04-30', '2026-04-20')),
    item('甲县', 'J-2', done('2026-04-30', '2026-04-25')),
    item('甲县', 'J-9', { ...due('2026-04-30'), cancelled: true }),
    item('乙县', 'Y-1', done('2026-04-30', '2026-04-28')),
    item('乙县', 'Y-2', done('2026-05-29', '2026-06-05')),
    item('乙县', 'Y-3', due('2026-07-31')),
    item('丙县', 'C-1', done('2026-04-30', '2026-04-29')),
    item('丙县', 'C-10', due('2026-06-12')),
    item('丙县', 'C-2', due('2026-06-05')),
    item('丁县', 'D-1', due('2026-06-29')),
    item('戊县', 'E-1', done('2026-04-30', '2026-04-30')),
    item('市交通运输局', 'T-1', done('2026-04-30', '2026-04-10')),
    item('市水利局', 'S-1', { ...due('2026-06-20'), extendedTo: '2026-07-15' }),
  ];
  const l = ledger('sanmenxia-2019', units, ledgerItems, [], { monthlyRankBonus: 0 });
  const b = buildBulletin(l, monthEnd(2026, 6));

  it('title and closing', () => {
    expect(b.title).toBe('关于2026年6月份督查事项办理情况的通报');
    expect(b.closing).toBe(l.rules.params.closingText);
  });

  it('totals: 12 items (销号 J-9 out) = 7 completed (6 on time, 1 late) + 2 在办 + 3 逾期未办结', () => {
    expect(b.totals).toEqual({
      assigned: 12, completed: 7, onTime: 6, late: 1, open: 2, overdue: 3,
      completionRate: 7 / 12, onTimeRate: 6 / 7,
    });
  });

  it('ranking per category; maxN = 3: 乙 100, 甲 2 items → 0.5 + 2/3×0.5 → 83.33, 戊 1 item → 66.67, 丙 20/60×100 = 33.33, 丁 0', () => {
    expect(b.ranking.map((block) => [block.category, block.rows.map((r) => [r.unit, r.score, r.rank])])).toEqual([
      [COUNTY, [['乙县', 100, 1], ['甲县', 83.33, 2], ['戊县', 66.67, 3], ['丙县', 33.33, 4], ['丁县', 0, 5]]],
      [CITY, [['市交通运输局', 66.67, 1], ['市水利局', 66.67, 1]]],
    ]);
  });

  it('年中 praise: top 3 by score of units with every due item completed; 66.67 ties at the cut-off', () => {
    // 丙县 and 丁县 have overdue items; 市水利局 has completed nothing.
    expect(b.praise).toEqual([
      { reason: '2026年年中考核中督查事项全部完成、得分位列前3名的单位', units: ['乙县', '甲县', '戊县', '市交通运输局'] },
    ]);
  });

  it('criticised: the units with an item 逾期未办结, in ranking order', () => {
    expect(b.criticised).toEqual(['丙县', '丁县']);
  });

  it('overdue items by unit ranking, then 编号 (C-2 before C-10), with working days and stage', () => {
    // 端午 2026-06-19 is off. D 06-05: 06-08..12, 15..18, 22..26, 29, 30 = 16 working days.
    // D 06-12: 15..18, 22..26, 29, 30 = 11. D 06-29: 06-30 = 1.
    expect(b.overdueItems).toEqual([
      { id: 'C-2', content: '事项C-2', unit: '丙县', deadline: day('2026-06-05'), overdueWorkdays: 16, stage: '提请启动问责程序' },
      { id: 'C-10', content: '事项C-10', unit: '丙县', deadline: day('2026-06-12'), overdueWorkdays: 11, stage: '约谈并书面承诺' },
      { id: 'D-1', content: '事项D-1', unit: '丁县', deadline: day('2026-06-29'), overdueWorkdays: 1, stage: '全市通报，限5个工作日整改' },
    ]);
  });
});

describe('monthly praise: the units this month’s ranking earns 月排名加分', () => {
  it('January 2026: 县 top 3 without deduction, 市直 top 6', () => {
    const open = { assigned: '2026-01-05', deadline: '2026-12-31' };
    const units = [unit('A县', COUNTY), unit('B县', COUNTY), unit('C县', COUNTY), unit('D县', COUNTY), unit('E局', CITY)];
    const l = ledger('sanmenxia-2019', units, [...items('A县', 'A', 2, open), item('B县', 'B-1', open), item('C县', 'C-1', open)], [
      adj('C县', '2026-01-20', '逾期报送', null, 'C-1'),
    ]);
    // maxN = 2: A 100, B 0.75 → 75, C 75 − 5 = 70 (third, but deducted), D 50; E 50, first of 市直.
    expect(buildBulletin(l, monthEnd(2026, 1)).praise).toEqual([
      { reason: '在2026年1月排名中位列县（市、区）前3名且当月无减分事项的单位', units: ['A县', 'B县'] },
      { reason: '在2026年1月排名中位列市直单位前6名且当月无减分事项的单位', units: ['E局'] },
    ]);
  });
});

describe('年终 praise: top 5', () => {
  it('U7 scores 83.33 but has an overdue item; the five best of the rest are praised', () => {
    const names = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7'];
    const sizes = [6, 5, 4, 3, 2, 1];
    const l = ledger(
      'sanmenxia-2019',
      names.map((name) => unit(name, COUNTY)),
      [
        ...sizes.flatMap((n, i) => items(names[i], names[i], n, done('2026-10-31', '2026-10-30'))),
        ...items('U7', 'U7', 5, done('2026-10-31', '2026-10-30')),
        item('U7', 'U7-6', due('2026-11-30')),
      ],
      [],
      { monthlyRankBonus: 0 },
    );
    // maxN = 6: U1 100, U2 0.5 + 5/6×0.5 → 91.67, U3 83.33, U4 75, U5 66.67, U6 58.33; U7 5/6×100 = 83.33.
    expect(buildBulletin(l, monthEnd(2026, 12)).praise).toEqual([
      { reason: '2026年年终考核中督查事项全部完成、得分位列前5名的单位', units: ['U1', 'U2', 'U3', 'U4', 'U5'] },
    ]);
  });
});

describe('an item past D with only days off since', () => {
  it('asOf Sun 2026-06-21, D Thu 06-18: 端午 06-19, weekend 06-20/21 → 0 working days, stage pending', () => {
    const l = ledger('sanmenxia-2019', [unit('甲县', COUNTY)], [item('甲县', 'J-1', due('2026-06-18'))]);
    const b = buildBulletin(l, { year: 2026, month: 6, asOf: day('2026-06-21') });
    expect(b.criticised).toEqual(['甲县']);
    expect(b.overdueItems.map((o) => [o.id, o.overdueWorkdays, o.stage])).toEqual([['J-1', 0, '已逾期，尚未满1个工作日']]);
  });
});

describe('the masthead: 发文单位, 期号 and the date of issue', () => {
  const l = (params = {}) => ledger('district-dynamic', [unit('甲区', '功能区类')], [item('甲区', 'J-1', due('2026-10-30'))], [], params);

  it('September 2026 by default: 区政府督查室, 第9期, issued Thursday 8 October (1–7 October 国庆 off)', () => {
    expect(buildBulletin(l(), monthEnd(2026, 9)).masthead).toEqual({ issuer: '区政府督查室', issue: 9, date: day('2026-10-08') });
  });

  it('规则 gives 期号 23 and another 发文单位; a date of issue given is taken as it is', () => {
    const b = buildBulletin(l({ issueNumber: 23, issuer: '青川区人民政府督查室' }), monthEnd(2026, 9), day('2026-10-09'));
    expect(b.masthead).toEqual({ issuer: '青川区人民政府督查室', issue: 23, date: day('2026-10-09') });
  });
});
