/// <reference types="office-js" />
// The ranking sheet `YYYY年M月排名` on Office.js: the engine's rankingTable as a real Excel
// table, with number formats, a frozen header, column widths and A4 landscape printing, and
// beside it a bar chart of each category's scores, drawn from the table's own cells.
import { columnLetters } from '../../engine/cellAddress';
import type { Period, RuleSet, UnitScore } from '../../engine/model';
import { scoreCharts } from '../../engine/report/chartSpecs';
import { RANKING_HEADERS } from '../../engine/report/layoutText';
import { columnPixels } from '../../engine/report/printMetrics';
import { rankingTable, type LayoutColumn } from '../../engine/report/sheetLayout';
import { tableCells } from '../../engine/report/hostCells';
import { RANKING_PAGE, RANKING_TABLE_STYLE } from '../../engine/report/sheetStyle';
import { rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';
import { CHART_CALLS, addBarChart } from './writeCharts';

/** Excel draws a column `w` characters wide as 7w + 5 pixels; Office.js sets widths in points. */
export const columnPoints = (width: number): number => columnPixels(width) * 0.75;

/** A chart's width, and its height from the bars it holds: a title, an axis, 18 points a bar. */
const CHART_WIDTH = 360;
const chartHeight = (bars: number): number => 70 + 18 * bars;
/** Points between the table and the charts, and between two charts. */
const CHART_GAP = 12;

/**
 * One bar chart per category block, stacked beside the table, each over its block's 单位 and 总分
 * cells. The print area stays the table: landscape A4 has no room beside it, the bulletin prints
 * the month's chart.
 */
async function addScoreCharts(batch: WriteBatch, sheet: Excel.Worksheet, period: Pick<Period, 'year' | 'month'>, scores: readonly UnitScore[], columns: readonly LayoutColumn[]): Promise<void> {
  const column = (header: string) => columnLetters(columns.findIndex((c) => c.header === header));
  const units = column(RANKING_HEADERS.unit);
  const totals = column(RANKING_HEADERS.score);
  const left = columns.reduce((sum, c) => sum + columnPoints(c.width), 0) + CHART_GAP;
  let top = CHART_GAP;
  for (const spec of scoreCharts(period, scores)) {
    await batch.reserve(0, CHART_CALLS);
    // The table's header is row 1; its body row i is sheet row i + 2.
    const [first, last] = [spec.first + 2, spec.first + spec.bars.length + 1];
    const height = chartHeight(spec.bars.length);
    addBarChart(sheet, spec, { labels: `${units}${first}:${units}${last}`, values: `${totals}${first}:${totals}${last}` }, { left, top, width: CHART_WIDTH, height });
    top += height + CHART_GAP;
  }
}

export async function writeRankingSheet(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  period: Pick<Period, 'year' | 'month'>,
  scores: readonly UnitScore[],
  method: RuleSet['method'],
  tableName: string,
): Promise<void> {
  const layout = rankingTable(scores, method);
  const { columns } = layout;
  const cells = tableCells(layout);
  await writeCells(batch, sheet, 0, 0, cells);

  await batch.reserve(0, 9 + columns.length + PAGE_SETUP_CALLS);
  const table = sheet.tables.add(rangeAddress(0, 0, cells.values.length, columns.length), true);
  table.name = tableName;
  table.style = RANKING_TABLE_STYLE;
  table.showBandedRows = true;
  const headerRange = sheet.getRange(rangeAddress(0, 0, 1, columns.length));
  headerRange.format.font.bold = true;
  headerRange.format.horizontalAlignment = 'Center';
  headerRange.format.verticalAlignment = 'Center';
  headerRange.format.wrapText = true;
  columns.forEach((column, c) => {
    const letter = columnLetters(c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(column.width);
  });
  sheet.freezePanes.freezeRows(1);
  setUpPage(sheet, RANKING_PAGE);
  sheet.pageLayout.setPrintArea(rangeAddress(0, 0, cells.values.length, columns.length));
  await addScoreCharts(batch, sheet, period, scores, columns);
}
