// The charts 生成排名 and 生成通报 add, on the fake Excel: over the right cells, titled in Chinese,
// placed beside the ranking table and inside the bulletin's printed page, in the same syncs.
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { buildBulletin } from '../../src/engine/report/bulletin';
import { bulletinGrid, type ChartBand } from '../../src/engine/report/bulletinGrid';
import { periodOf } from '../../src/engine/calendar/period';
import { readLedger } from '../../src/engine/read/readLedger';
import type { Ledger, WorkbookInput } from '../../src/engine/model';
import { installFakeOffice, loadWorkbook, type FakeExcel, type WorkbookData } from './fakeExcel';
import { MONTH, asData, readExample } from './ledgerFixtures';

const PERIOD = periodOf(MONTH)!;
const RANKING = '2026年10月排名';
const BULLETIN = '2026年10月通报';
const newName = () => Promise.resolve('newName' as const);
const noProgress = () => undefined;

let example: WorkbookData;
beforeAll(async () => {
  example = asData(await readExample());
});

function engineLedger(fake: FakeExcel): Ledger {
  const book: WorkbookInput = { sheets: fake.sheetNames().map((name) => ({ name, values: fake.values(name) })) };
  return readLedger(book, { reportYear: PERIOD.year, preset: 'sanmenxia-2019' }).ledger!;
}

/** Column `header` of the ranking sheet, rows `from`–`to` (1-based), as the cells' values. */
function column(fake: FakeExcel, header: string, from: number, to: number): unknown[] {
  const values = fake.values(RANKING);
  const c = values[0].indexOf(header);
  return values.slice(from - 1, to).map((row) => row[c]);
}

describe('生成排名: a bar chart per category beside the table', () => {
  test('each over its block’s 单位 (B) and 总分 (O) cells, rank 1 on top, stacked right of the table; the table alone prints', async () => {
    const fake = installFakeOffice(example);
    const before = fake.syncCount;
    await createExcelActions().generateRanking(MONTH, 'sanmenxia-2019', newName, noProgress);
    // Names, values, writes: the charts add no sync.
    expect(fake.syncCount - before).toBe(3);
    const charts = fake.charts(RANKING);
    // The example's roster: 8 县（市、区） (table rows 2–9), 22 市直单位 (rows 10–31).
    expect(charts.map((c) => [c.type, c.labels, c.values, c.props['title.text']])).toEqual([
      ['BarClustered', 'B2:B9', 'O2:O9', '2026年10月县（市、区）得分'],
      ['BarClustered', 'B10:B31', 'O10:O31', '2026年10月市直单位得分'],
    ]);
    expect(column(fake, '单位', 2, 9)).toEqual(fake.values(RANKING).slice(1, 9).map((row) => row[1]));
    for (const chart of charts) {
      expect(chart.props).toMatchObject({
        'axes.categoryAxis.title.text': '单位',
        'axes.valueAxis.title.text': '总分',
        'axes.categoryAxis.reversePlotOrder': true,
        'legend.visible': false,
        'dataLabels.showValue': true,
        width: 360,
      });
    }
    // Left of every chart: the 19 columns' widths in characters, 6, 24, 14, 8, 8, 8, 8, 10, 8, 10,
    // 10, 10, 8, 8, 8, 8, then the example's 报送 and 通报批评 columns 应报 8, 未报 8, 本年通报批评 10,
    // each 7w + 5 px: 1,172 + 61 + 61 + 75 = 1,369 px, at 0.75 pt a pixel 1,026.75 pt, plus a 12 pt gap.
    expect(charts.map((c) => c.props.left)).toEqual([1038.75, 1038.75]);
    // 70 + 18 × 8 = 214 pt, then 12 pt below it the second chart.
    expect(charts.map((c) => [c.props.top, c.props.height])).toEqual([[12, 214], [238, 70 + 18 * 22]]);
    expect(fake.sheet(RANKING).printArea).toBe('A1:S31');
  });

  test('under district-dynamic (14 columns, then 应报 and 未报: no 通报批评 category to count) the score is column M, and each of its categories gets a chart', async () => {
    // The example's 加减分 are sanmenxia-2019's categories: without them it scores under both.
    const fake = installFakeOffice({ sheets: example.sheets.filter((s) => s.name !== '加减分') });
    const result = await createExcelActions().generateRanking(MONTH, 'district-dynamic', newName, noProgress);
    expect(result.kind).toBe('done');
    const charts = fake.charts(RANKING);
    expect(charts.length).toBe(new Set(fake.values(RANKING).slice(1).map((row) => row[2])).size);
    expect(charts.every((c) => /^M\d+:M\d+$/.test(c.values) && /^B\d+:B\d+$/.test(c.labels ?? ''))).toBe(true);
    expect(fake.sheet(RANKING).printArea).toBe('A1:P31');
  });
});

describe('生成通报: the completion-rate chart over the rows the page keeps for it', () => {
  test('drawn from the data beside the page (AL:AM), inside A:AJ, the page printing A:AJ only, in the same 3 syncs', async () => {
    const fake = installFakeOffice(example);
    const before = fake.syncCount;
    await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', newName, noProgress);
    expect(fake.syncCount - before).toBe(3);
    const bulletin = buildBulletin(engineLedger(fake), PERIOD);
    const grid = bulletinGrid(bulletin, { drawsCharts: true });
    const band = grid.find((b): b is ChartBand => b.kind === 'chart')!;
    const [chart, ...others] = fake.charts(BULLETIN);
    expect(others).toEqual([]);

    // Band rows band.row + 1 … band.row + 15 (1-based); the data: caption, blank, header, 10 months.
    const top = band.row + 1;
    expect(chart.type).toBe('Line');
    expect(chart.position).toEqual({ from: `A${top}`, to: `AJ${top + 14}` });
    expect(chart.labels).toBe(`AL${top + 3}:AL${top + 12}`);
    expect(chart.values).toBe(`AM${top + 3}:AM${top + 12}`);
    expect(chart.props).toMatchObject({
      'title.text': '2026年1—10月各月末办结率',
      'axes.categoryAxis.title.text': '月份',
      'axes.valueAxis.title.text': '办结率',
      'axes.valueAxis.minimum': 0,
      'axes.valueAxis.maximum': 1,
    });
    const cells = fake.values(BULLETIN);
    expect(cells[top - 1][37]).toMatch(/^图表数据/);
    expect(cells.slice(top + 1, top + 12).map((row) => [row[37], row[38]])).toEqual([
      ['月份', '办结率'],
      ...bulletin.trend.map((p) => [`${p.month}月`, p.completionRate]),
    ]);
    // October's point is the 总体情况 above the chart.
    expect(cells[top + 11][38]).toBe(bulletin.totals.completionRate);
    expect(fake.cell(BULLETIN, `AM${top + 3}`).numberFormat).toBe('0.0%');
    const sheet = fake.sheet(BULLETIN);
    expect(sheet.formatAt(`A${top}`, 'format.rowHeight')).toBe(15);
    expect(sheet.formatAt(`A${top + 14}`, 'format.rowHeight')).toBe(15);
    expect(sheet.printArea).toBe(`A1:AJ${(grid.at(-1) as { row: number }).row + 1}`);
  });
});

describe('the fake refuses a chart over the wrong cells', () => {
  const attempt = (build: (sheet: Excel.Worksheet) => void) => {
    const fake = loadWorkbook({ sheets: [{ name: 'a', values: [['x', 1], ['y', 2], ['z', 'text']] }, { name: 'b', values: [['q']] }] });
    return fake.run(async (context) => {
      build(context.workbook.worksheets.getItem('a') as unknown as Excel.Worksheet);
      await context.sync();
    }).then(() => fake.charts('a'));
  };

  test('values that are text, two columns of values, labels of another length or sheet', async () => {
    await expect(attempt((s) => s.charts.add('Line', s.getRange('B1:B3'), 'Columns'))).rejects.toThrow(/hold "text"/);
    await expect(attempt((s) => s.charts.add('Line', s.getRange('A1:B2'), 'Columns'))).rejects.toThrow(/one column/);
    await expect(attempt((s) => s.charts.add('Line', s.getRange('B1:B2'), 'Columns').series.getItemAt(0).setXAxisValues(s.getRange('A1:A3')))).rejects.toThrow(/differ in length/);
    await expect(attempt((s) => s.charts.add('Line', s.getRange('B1:B2'), 'Columns').series.getItemAt(0).setXAxisValues(s.getRange('A1:A2')))).resolves.toEqual([
      { type: 'Line', values: 'B1:B2', labels: 'A1:A2', position: null, props: {} },
    ]);
  });
});
