/// <reference types="office-js" />
// The ranking sheet `YYYY年M月排名` on Office.js: the engine's rankingTable as a real Excel
// table, with number formats, a frozen header, column widths and A4 landscape printing.
import { columnLetters } from '../../engine/cellAddress';
import type { Period, RuleSet, UnitScore } from '../../engine/model';
import { columnPixels } from '../../engine/report/printMetrics';
import type { LayoutCell } from '../../engine/report/cellFormat';
import { rankingTable } from '../../engine/report/sheetLayout';
import { cellFormat, rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';

/** Excel draws a column `w` characters wide as 7w + 5 pixels; Office.js sets widths in points. */
export const columnPoints = (width: number): number => columnPixels(width) * 0.75;

/** `排名_2026_10`, or `排名_2026_10_2` … when a table of the workbook has it (names are workbook-wide). */
export function rankingTableName(period: Pick<Period, 'year' | 'month'>, taken: readonly string[]): string {
  const wanted = `排名_${period.year}_${String(period.month).padStart(2, '0')}`;
  const upper = new Set(taken.map((name) => name.toUpperCase()));
  let name = wanted;
  for (let n = 2; upper.has(name.toUpperCase()); n += 1) name = `${wanted}_${n}`;
  return name;
}

export async function writeRankingSheet(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  scores: readonly UnitScore[],
  method: RuleSet['method'],
  tableName: string,
): Promise<void> {
  const { columns, rows } = rankingTable(scores, method);
  // A table needs a data row; an empty roster still gets one blank row, as the CLI writes it.
  const body: LayoutCell[][] = rows.length > 0 ? rows.map((r) => [...r]) : [columns.map(() => null)];
  const header = columns.map((c) => c.header);
  await writeCells(batch, sheet, 0, 0, {
    values: [header, ...body],
    formats: [header.map((h) => cellFormat(h, 'text')), ...body.map((r) => r.map((v, c) => cellFormat(v, columns[c].format)))],
  });

  await batch.reserve(0, 8 + columns.length + PAGE_SETUP_CALLS);
  const table = sheet.tables.add(rangeAddress(0, 0, body.length + 1, columns.length), true);
  table.name = tableName;
  table.style = 'TableStyleMedium2';
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
  setUpPage(sheet, {
    orientation: 'Landscape',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    titleRows: '$1:$1',
  });
}
