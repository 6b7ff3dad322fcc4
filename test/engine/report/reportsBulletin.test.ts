// The October 2026 bulletin of a district with a 报送 sheet (district-dynamic: 特别重要 weekly,
// 比较重要 monthly, 一般重要 quarterly; no grace days), and the 加减分 it suggests.
import type { Ledger } from '../../../src/engine/model';
import { buildBulletin } from '../../../src/engine/report/bulletin';
import { bulletinBlocks, rankingTable, type BulletinBlock } from '../../../src/engine/report/sheetLayout';
import { appendPlan } from '../../../src/engine/report/registration';
import { suggestedAdjustments, suggestionRows } from '../../../src/engine/report/suggestedAdjustments';
import { rankMonth } from '../../../src/engine/score/rank';
import { adj, day, item, ledger, monthEnd, unit, withReports as reported } from '../score/scoringFixtures';

const units = [unit('甲街道', '街道类'), unit('乙街道', '街道类')];
const items = [
  // Monthly from 15 July: August, September, October due; reported in August and October.
  item('甲街道', 'A-1', { assigned: '2026-07-15', deadline: '2026-12-31', importance: '比较重要' }),
  // Weekly from Thursday 8 October: weeks 12–18 and 19–25 October due (26 Oct–1 Nov ends after the
  // report date); no report.
  item('乙街道', 'B-1', { assigned: '2026-10-08', deadline: '2026-12-31', importance: '特别重要' }),
  // Quarterly from 10 March: Q2 and Q3 due; reported in June.
  item('乙街道', 'B-2', { assigned: '2026-03-10', deadline: '2026-12-31' }),
];
const reports: [string, string, string][] = [['甲街道', 'A-1', '2026-08-20'], ['甲街道', 'A-1', '2026-10-09'], ['乙街道', 'B-2', '2026-06-15']];
const withReports = (l: Ledger): Ledger => reported(l, reports.filter(([u, id]) => l.items.some((i) => i.unit === u && i.id === id)));
const october = monthEnd(2026, 10);

const texts = (blocks: BulletinBlock[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('报送情况 in the October bulletin', () => {
  const l = withReports(ledger('district-dynamic', units, items));
  const b = buildBulletin(l, october);

  it('year totals from the ranking: due 3 + 2 + 2 = 7, missing 1 (A-1 Sep) + 2 (B-1) + 1 (B-2 Q3) = 4', () => {
    expect(b.ranking[0].rows.map((r) => [r.unit, r.reportsDue, r.reportsMissing])).toEqual([['甲街道', 3, 1], ['乙街道', 4, 3]]);
    expect(b.reports).toMatchObject({ due: 7, missing: 4, worst: [{ unit: '乙街道', missing: 3 }, { unit: '甲街道', missing: 1 }] });
  });

  it('this month: A-1 October and the two weeks of B-1 fell due in October (3), the weeks unanswered (2)', () => {
    expect(b.reports).toMatchObject({ dueThisMonth: 3, missingThisMonth: 2 });
    expect(b.reports?.missed.map((m) => [m.id, m.unit, m.cadence])).toEqual([['B-1', '乙街道', 'week'], ['B-1', '乙街道', 'week']]);
  });

  it('writes the paragraph under 一、总体情况 and the list under 四、通报批评', () => {
    const blocks = bulletinBlocks(b);
    const all = texts(blocks);
    expect(all[all.indexOf('一、总体情况') + 2]).toBe(
      '报送情况：截至2026年10月31日，本年应报送进展情况7次，未按时报送4次（本月应报3次，未报2次）；未报次数较多的单位：乙街道（3次）、甲街道（1次）。',
    );
    const intro = blocks.findIndex((x) => x.kind === 'paragraph' && x.text === '本月应报未报进展情况2次，明细如下：');
    expect(intro).toBeGreaterThan(all.indexOf('四、通报批评'));
    const table = blocks[intro + 1];
    expect(table.kind === 'table' && [table.table.columns.map((c) => c.header), ...table.table.rows]).toEqual([
      ['编号', '事项内容', '责任单位', '应报期间'],
      ['B-1', '事项B-1', '乙街道', '2026年10月12日—10月18日'],
      ['B-1', '事项B-1', '乙街道', '2026年10月19日—10月25日'],
    ]);
  });

  it('the ranking sheet gains 应报次数 and 未报次数; district-dynamic counts no 通报批评 by default', () => {
    expect(rankingTable(rankMonth(l, october), 'dynamic').columns.map((c) => c.header).slice(-3)).toEqual(['较上月', '应报次数', '未报次数']);
  });

  it('says so when nothing is missing, and nothing at all without a 报送 sheet', () => {
    const none = buildBulletin(withReports(ledger('district-dynamic', units, [items[0]])), monthEnd(2026, 8));
    // August falls due on 31 August, answered on 20 August.
    expect(texts(bulletinBlocks(none))).toEqual(
      expect.arrayContaining(['报送情况：截至2026年8月31日，本年应报送进展情况1次，未按时报送0次（本月应报1次，未报0次），各单位均已按时报送。', '本月无应报未报。']),
    );
    const plain = buildBulletin(ledger('district-dynamic', units, items), october);
    expect(plain.reports).toBeUndefined();
    expect(texts(bulletinBlocks(plain)).filter((t) => t.includes('报送'))).toEqual([]);
    expect(rankingTable(rankMonth(ledger('district-dynamic', units, items), october), 'dynamic').columns.map((c) => c.header)).not.toContain('应报次数');
  });
});

describe('suggested 加减分 for the year’s 应报未报', () => {
  it('district-dynamic: 超期 at the item’s 督查等级 (3 / 2 / 1), dated when the report fell due', () => {
    const l = withReports(ledger('district-dynamic', units, items));
    expect(suggestedAdjustments(l, october).map((s) => [s.unit, s.category, s.level, s.points, s.relatedItem, s.date, s.note])).toEqual([
      ['甲街道', '超期', '比较重要', -2, 'A-1', day('2026-09-30'), '应报未报：2026年9月进展情况（比较重要事项每月报送）'],
      ['乙街道', '超期', '一般重要', -1, 'B-2', day('2026-09-30'), '应报未报：2026年第三季度进展情况（一般重要事项每季度报送）'],
      ['乙街道', '超期', '特别重要', -3, 'B-1', day('2026-10-18'), '应报未报：2026年10月12日—10月18日进展情况（特别重要事项每周报送）'],
      ['乙街道', '超期', '特别重要', -3, 'B-1', day('2026-10-25'), '应报未报：2026年10月19日—10月25日进展情况（特别重要事项每周报送）'],
    ]);
  });

  it('an entry already in 加减分 for the same unit, 类别 and item stands for the earliest suggestion', () => {
    const l = withReports(ledger('district-dynamic', units, items, [adj('乙街道', '2026-10-20', '超期', null, 'B-1'), adj('甲街道', '2026-03-01', '质量', null, 'A-1')]));
    expect(suggestedAdjustments(l, october).map((s) => [s.relatedItem, s.date])).toEqual([
      ['A-1', day('2026-09-30')],
      ['B-2', day('2026-09-30')],
      ['B-1', day('2026-10-25')],
    ]);
  });

  it('sanmenxia-2019: 逾期报送, −5 each and no 级别; every level reports monthly', () => {
    const l = withReports(ledger('sanmenxia-2019', units, items));
    // Sep missing. B-1 (monthly here): October began before 8 October, nothing due. B-2: from
    // April, reported in June: Apr, May, Jul, Aug, Sep, Oct missing.
    const rows = suggestionRows(suggestedAdjustments(l, october));
    expect(rows).toHaveLength(1 + 0 + 6);
    expect(rows[0]).toEqual([day('2026-04-30'), '乙街道', '逾期报送', null, null, 'B-2', '应报未报：2026年4月进展情况（一般重要事项每月报送）']);
    expect(suggestedAdjustments(l, october).every((s) => s.points === -5)).toBe(true);
  });

  it('a suggestion counts nowhere until it is a row of 加减分', () => {
    const l = withReports(ledger('sanmenxia-2019', units, items));
    const before = rankMonth(l, october).map((r) => r.score);
    suggestedAdjustments(l, october);
    expect(rankMonth(l, october).map((r) => r.score)).toEqual(before);
  });

  it('none without a 报送 sheet', () => {
    expect(suggestedAdjustments(ledger('sanmenxia-2019', units, items), october)).toEqual([]);
  });
});

describe('登记 the suggestions: the same append plan as 登记催办', () => {
  // An office's 加减分 sheet without a 级别 column: 日期 | 单位 | 类别 | 分值 | 关联事项 | 说明, one entry.
  const sheet = {
    name: '加减分',
    values: [
      ['日期', '单位', '类别', '分值', '关联事项', '说明'],
      [day('2026-03-02'), '甲街道', '加分', 2, null, '经验被省级推广'],
    ],
  };
  const book = { sheets: [{ name: '台账', values: [['编号']] }, sheet] };

  it('sanmenxia-2019: the 7 逾期报送 rows go to rows 3–9, each value under its header, 级别 needed by none', () => {
    const suggestions = suggestedAdjustments(withReports(ledger('sanmenxia-2019', units, items)), october);
    const plan = appendPlan(book, suggestions);
    // B-2 (quarterly elsewhere, monthly here) from April: Apr, May, Jul, Aug, Sep, Oct; A-1: Sep.
    const month = (m: string) => `应报未报：2026年${m}月进展情况（一般重要事项每月报送）`;
    const b2 = (d: string, m: string) => [day(d), '乙街道', '逾期报送', null, 'B-2', month(m)];
    expect(plan).toEqual({
      sheet: '加减分',
      create: false,
      // Below the header and the one entry (rows 1–2): index 2, sheet row 3.
      startRow: 2,
      values: [
        b2('2026-04-30', '4'),
        b2('2026-05-31', '5'),
        b2('2026-07-31', '7'),
        b2('2026-08-31', '8'),
        [day('2026-09-30'), '甲街道', '逾期报送', null, 'A-1', '应报未报：2026年9月进展情况（比较重要事项每月报送）'],
        b2('2026-09-30', '9'),
        b2('2026-10-31', '10'),
      ],
      formats: new Array(7).fill(['date', 'text', 'text', null, 'text', 'text']),
    });
  });

  it('district-dynamic: 超期 rows carry the item’s 督查等级, so a sheet without 级别 cannot take them', () => {
    const suggestions = suggestedAdjustments(withReports(ledger('district-dynamic', units, items)), october);
    expect(appendPlan(book, suggestions)).toEqual({ error: '「加减分」表没有「级别」列，无法追加登记：请先在表头加上这些列。' });
  });
});

describe('the units named in 报送情况', () => {
  // 比较重要 items report monthly (district-dynamic); a month is due when it begins after 交办日期.
  const monthly = (name: string, assigned: string) => item(name, `${name}-1`, { assigned, deadline: '2026-12-31', importance: '比较重要' });
  const names = ['一局', '二局', '三局', '四局', '五局', '六局', '七局'];
  const paragraph = (assigned: string[]) => {
    const l = reported(ledger('district-dynamic', names.slice(0, assigned.length).map((n) => unit(n, '部门类')), assigned.map((a, i) => monthly(names[i], a))), []);
    return texts(bulletinBlocks(buildBulletin(l, october))).find((t) => t.startsWith('报送情况'));
  };

  it('a long tie at the cut-off is counted, not named: 5 + 3 + 5 × 1 missing, 7 units past the 5 named at most', () => {
    // From 15 May: June–October, 5 missing; from 15 July: August–October, 3; from 15 September: October, 1.
    expect(paragraph(['2026-05-15', '2026-07-15', ...Array<string>(5).fill('2026-09-15')])).toBe(
      '报送情况：截至2026年10月31日，本年应报送进展情况13次，未按时报送13次（本月应报7次，未报7次）；未报次数较多的单位：一局（5次）、二局（3次）及其他5个单位（各1次）。',
    );
  });

  it('five units tied are still all named', () => {
    // 5 + 3 + 3 × 1 = 11 missing; October is due for all five.
    expect(paragraph(['2026-05-15', '2026-07-15', ...Array<string>(3).fill('2026-09-15')])).toBe(
      '报送情况：截至2026年10月31日，本年应报送进展情况11次，未按时报送11次（本月应报5次，未报5次）；未报次数较多的单位：一局（5次）、二局（3次）、三局（1次）、四局（1次）、五局（1次）。',
    );
  });

  it('seven units all tied: only the count', () => {
    // From 15 July each: August, September, October, 3 missing × 7 = 21.
    expect(paragraph(Array<string>(7).fill('2026-07-15'))).toBe(
      '报送情况：截至2026年10月31日，本年应报送进展情况21次，未按时报送21次（本月应报7次，未报7次）；未报次数较多的单位：7个单位（各3次）。',
    );
  });
});
