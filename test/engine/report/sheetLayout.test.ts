import { dayOf } from '../../../src/engine/calendar/dates';
import { chineseNumber, percentText } from '../../../src/engine/report/layoutText';
import { ROSTER_COLUMNS, TEMPLATE_LEDGER_COLUMNS } from '../../../src/engine/read/schema';
import {
  bulletinBlocks,
  bulletinSheetName,
  rankingSheetName,
  rankingTable,
  uniqueSheetName,
  type BulletinBlock,
  type LayoutTable,
} from '../../../src/engine/report/sheetLayout';
import { dataRange, listRange, templateLayout } from '../../../src/engine/report/templateLayout';
import { JUNE_30_2026, bulletin, unitScore } from './layoutFixtures';

const headers = (table: LayoutTable) => table.columns.map((c) => c.header);
const texts = (blocks: BulletinBlock[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const tables = (blocks: BulletinBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('sheet names', () => {
  test('ranking and bulletin names follow the month', () => {
    expect(rankingSheetName({ year: 2026, month: 6 })).toBe('2026年6月排名');
    expect(bulletinSheetName({ year: 2026, month: 12 })).toBe('2026年12月通报');
  });

  test('a taken name gets (2), (3), compared as Excel does, ignoring case', () => {
    expect(uniqueSheetName('2026年6月排名', ['台账'])).toBe('2026年6月排名');
    expect(uniqueSheetName('2026年6月排名', ['2026年6月排名'])).toBe('2026年6月排名 (2)');
    expect(uniqueSheetName('2026年6月排名', ['2026年6月排名', '2026年6月排名 (2)'])).toBe('2026年6月排名 (3)');
    expect(uniqueSheetName('Ranking', ['RANKING'])).toBe('Ranking (2)');
  });

  test('names stay within 31 characters, the suffix kept', () => {
    const long = '很'.repeat(40);
    expect(uniqueSheetName(long, [])).toBe('很'.repeat(31));
    const second = uniqueSheetName(long, ['很'.repeat(31)]);
    expect(second).toBe(`${'很'.repeat(27)} (2)`);
    expect(second).toHaveLength(31);
  });

  test('characters Excel refuses in a sheet name are replaced', () => {
    expect(uniqueSheetName('6/30 排名:[初稿]?', [])).toBe('6_30 排名__初稿__');
  });
});

describe('rankingTable', () => {
  test('sanmenxia-2019: all 16 columns in SPEC order, one row per unit in the order given', () => {
    const scores = [unitScore({ unit: '甲', rank: 1, previousRank: 3 }), unitScore({ unit: '乙', rank: 2, previousRank: null })];
    const table = rankingTable(scores, 'coefficient');
    expect(headers(table)).toEqual([
      '排名', '单位', '类别', '事项数', '已办结', '按期办结', '逾期办结', '逾期未办结', '在办',
      '办结率', '功效系数', '事项得分', '加分', '减分', '总分', '较上月',
    ]);
    // 办结率 4 / 5 = 0.8; 较上月 3 − 1 = +2 (up two places); no previous month → blank.
    expect(table.rows).toEqual([
      [1, '甲', '县（市、区）', 5, 4, 3, 1, 1, 0, 0.8, 0.75, 60, 10, 5, 65, 2],
      [2, '乙', '县（市、区）', 5, 4, 3, 1, 1, 0, 0.8, 0.75, 60, 10, 5, 65, null],
    ]);
  });

  test('format hints per column', () => {
    const formats = Object.fromEntries(rankingTable([], 'coefficient').columns.map((c) => [c.header, c.format]));
    expect(formats).toMatchObject({ 排名: 'integer', 单位: 'text', 事项数: 'integer', 办结率: 'percent', 功效系数: 'coefficient', 事项得分: 'score', 总分: 'score', 较上月: 'change' });
  });

  test('a fall in rank is negative, a unit without items has no rate', () => {
    const [row] = rankingTable([unitScore({ rank: 4, previousRank: 1, items: 0, completed: 0 })], 'coefficient').rows;
    expect(row[9]).toBeNull();
    expect(row[15]).toBe(-3);
  });

  test('district-dynamic leaves out 功效系数 and 事项得分', () => {
    const table = rankingTable([unitScore({ coefficient: null, itemScore: null })], 'dynamic');
    expect(headers(table)).not.toContain('功效系数');
    expect(headers(table)).not.toContain('事项得分');
    expect(table.rows[0]).toHaveLength(14);
  });
});

describe('bulletinBlocks', () => {
  test('sections in SPEC §5 order under the masthead and the title', () => {
    const blocks = bulletinBlocks(bulletin());
    expect(blocks[0]).toEqual({ kind: 'masthead', masthead: { issuer: '市政府督查室', issue: 6, date: JUNE_30_2026 + 1 } });
    expect(blocks[1]).toEqual({ kind: 'title', text: '关于2026年6月份督查事项办理情况的通报' });
    const headings = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual(['一、总体情况', '二、排名情况', '三、表扬', '四、通报批评', '五、下步工作要求']);
  });

  test('总体情况 is followed by its chart: the month-end completion rate, January (nothing assigned) without a value', () => {
    const blocks = bulletinBlocks(bulletin());
    const at = blocks.findIndex((b) => b.kind === 'chart');
    expect(blocks[at - 2]).toEqual({ kind: 'heading', level: 1, text: '一、总体情况' });
    expect(blocks[at + 1]).toEqual({ kind: 'heading', level: 1, text: '二、排名情况' });
    const chart = blocks[at].kind === 'chart' ? blocks[at].chart : null;
    expect(chart?.title).toBe('2026年1—6月各月末办结率');
    // The fixture's month ends: 0 assigned; 1/4; 2/8; 5/10; 7/12; 9/12 (the 总体情况 above).
    expect(chart?.points.map((p) => [p.label, p.value])).toEqual([['1月', null], ['2月', 0.25], ['3月', 0.25], ['4月', 0.5], ['5月', 7 / 12], ['6月', 0.75]]);
  });

  test('总体情况: counts and rates to one decimal (9/12 = 75.0%, 8/9 = 88.9%)', () => {
    expect(texts(bulletinBlocks(bulletin()))).toContain(
      '截至2026年6月30日，共交办督查事项12项，已办结9项（其中按期办结8项、逾期办结1项），在办1项，逾期未办结2项；办结率75.0%，按期办结率88.9%。',
    );
  });

  test('one captioned table per category, then praise, criticism with the overdue list, closing', () => {
    const blocks = bulletinBlocks(bulletin());
    expect(texts(blocks)).toEqual(expect.arrayContaining(['（一）县（市、区）', '（二）市直单位']));
    const [counties, cityUnits, overdue] = tables(blocks);
    expect(counties.rows.map((r) => r[1])).toEqual(['义马市', '卢氏县']);
    expect(cityUnits.rows).toHaveLength(1);
    expect(headers(counties)).toEqual(['排名', '单位', '事项数', '已办结', '逾期未办结', '办结率', '加分', '减分', '总分', '较上月']);
    expect(texts(blocks)).toContain('在2026年6月排名中位列县（市、区）前3名且当月无减分事项的单位：义马市，予以通报表扬。');
    expect(texts(blocks)).toContain('以下单位存在逾期未办结事项，予以通报批评：卢氏县。逾期未办结事项如下：');
    expect(headers(overdue)).toEqual(['编号', '事项内容', '责任单位', '办理时限', '逾期工作日', '处理阶段']);
    expect(overdue.rows).toEqual([['DC-7', '=HYPERLINK("x")整治', '卢氏县', '2026-06-20', 6, '通报批评并媒体曝光']]);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'paragraph', text: '各责任单位要对照督查台账逐项梳理。' });
  });

  test('a quiet month: 本月无 praise, no overdue items', () => {
    const blocks = bulletinBlocks(bulletin({ praise: [], criticised: [], overdueItems: [] }));
    expect(texts(blocks)).toEqual(expect.arrayContaining(['本月无。', '本月无逾期未办结事项。']));
    expect(tables(blocks)).toHaveLength(2);
  });
});

describe('text helpers', () => {
  test('Chinese numerals for captions', () => {
    expect([1, 8, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '八', '十', '十一', '二十', '二十三']);
  });

  test('percentages round the decimal value as Excel does', () => {
    // 0.0005 × 100 = 0.05 → 0.1%; 2/3 → 66.7%
    expect(percentText(0.0005)).toBe('0.1%');
    expect(percentText(2 / 3)).toBe('66.7%');
    expect(percentText(0)).toBe('0.0%');
  });
});

describe('templateLayout', () => {
  const layout = templateLayout(2026);
  const sheet = (name: string) => layout.sheets.find((s) => s.name === name)!;

  test('five sheets with the schema headers', () => {
    expect(layout.sheets.map((s) => s.name)).toEqual(['台账', '单位', '加减分', '规则', '节假日']);
    expect(sheet('台账').columns.map((c) => c.header)).toEqual(TEMPLATE_LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet('单位').columns.map((c) => c.header)).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    for (const s of layout.sheets) expect(s.example).toHaveLength(s.columns.length);
  });

  test('drop-downs: 督查等级, 办理状态, 责任单位 from the roster, 类别 and 级别 from sanmenxia-2019', () => {
    const ledger = sheet('台账');
    const list = (s: string, header: string) => layout.sheets.find((x) => x.name === s)!.columns.find((c) => c.header === header)!.dropDown;
    expect(list('台账', '督查等级')?.source).toEqual({ kind: 'values', values: ['一般重要', '比较重要', '特别重要'] });
    expect(list('台账', '办理状态')?.source).toEqual({ kind: 'values', values: ['办理中', '已办结', '已销号'] });
    const unit = list('台账', '责任单位')!;
    expect(unit.source).toEqual({ kind: 'column', sheet: '单位', header: '单位名称' });
    expect(unit.source.kind === 'column' && listRange(layout, unit.source)).toBe("'单位'!$A$2:$A$2000");
    const category = list('加减分', '类别')!.source;
    expect(category.kind === 'values' && category.values).toContain('逾期报送');
    const level = list('加减分', '级别')!.source;
    expect(level.kind === 'values' && level.values).toEqual(['国家', '部委', '省', '省直', '省级议事协调机构', '市', '市级议事协调机构', '市督查室']);
    expect(dataRange(layout, ledger.columns.findIndex((c) => c.header === '督查等级'))).toBe('E2:E2000');
  });

  test('date columns are dates and the example dates are serials of the year asked for', () => {
    const ledger = sheet('台账');
    const dates = ledger.columns.filter((c) => c.format === 'date').map((c) => c.header);
    expect(dates).toEqual(['交办日期', '办理时限', '延期至', '办结日期']);
    expect(ledger.example[6]).toBe(JUNE_30_2026);
    expect(templateLayout(2027).sheets[0].example[6]).toBe(dayOf(2027, 6, 30));
  });

  test('the 台账 lights: red when overdue, yellow within 3 working days', () => {
    const [red, yellow] = sheet('台账').highlights;
    expect(red.formula).toBe('AND($I2="",NOT(ISNUMBER(SEARCH("销号",$J2))),$G2<>"",IF($H2="",$G2,$H2)<TODAY())');
    expect(yellow.formula).toContain('WORKDAY(TODAY(),3)');
  });
});
