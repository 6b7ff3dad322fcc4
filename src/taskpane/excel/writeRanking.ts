/// <reference types="office-js" />
// The ranking sheet `YYYY年M月排名` on Office.js: the engine's rankingTable as a real Excel
// table, with number formats, a frozen header, column widths and A4 landscape printing.
import { columnLetters } from '../../engine/cellAddress';
import type { RuleSet, UnitScore } from '../../engine/model';
import { columnPixels } from '../../engine/report/printMetrics';
import { rankingTable } from '../../engine/report/sheetLayout';
import { tableCells } from '../../engine/report/hostCells';
import { RANKING_PAGE, RANKING_TABLE_STYLE } from '../../engine/report/sheetStyle';
import { rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';

/** Excel draws a column `w` characters wide as 7w + 5 pixels; Office.js sets widths in points. */
export const columnPoints = (width: number): number => columnPixels(width) * 0.75;

export async function writeRankingSheet(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  scores: readonly UnitScore[],
  method: RuleSet['method'],
  tableName: string,
): Promise<void> {
  const layout = rankingTable(scores, method);
  const { columns } = layout;
  const cells = tableCells(layout);
  await writeCells(batch, sheet, 0, 0, cells);

  await batch.reserve(0, 8 + columns.length + PAGE_SETUP_CALLS);
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
}
