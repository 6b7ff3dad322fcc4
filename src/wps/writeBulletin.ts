// The bulletin sheet `YYYY年M月通报` in WPS, rendered from the engine's grid plan (bulletinGrid.ts)
// as every surface renders it: merged text rows, bordered tables, A4 portrait. The sheet is active.
// DUBAN draws no chart in WPS (as the CLI): the page keeps no room for one, and the chart's data
// stands beside the page, outside the print area, for the user to insert it in two clicks.
import { columnLetters } from '../engine/cellAddress';
import { BULLETIN_FONTS, GRID_COLUMNS, bulletinGrid, bulletinPrintArea, type ChartData, type FontSpec, type GridTable, type TextRow } from '../engine/report/bulletinGrid';
import type { Bulletin } from '../engine/model';
import { chartDataCells, gridTableCells, heightRuns, textRowCells } from '../engine/report/hostCells';
import { BULLETIN_PAGE, HEADER_FILL } from '../engine/report/sheetStyle';
import { XL, bgrOf } from './etConstants';
import type { WpsApplication, WpsFont, WpsWorksheet } from './etModel';
import { rangeAt, writeBlock } from './sheetCells';
import { setUpGridSheet, writeFormRows } from './writeForms';

function setFont(font: WpsFont, spec: FontSpec): void {
  font.Name = spec.name;
  font.Size = spec.size;
  font.Bold = spec.bold;
}

function writeText(sheet: WpsWorksheet, block: TextRow): void {
  writeBlock(sheet, block.row, 0, textRowCells(block));
  const range = rangeAt(sheet, block.row, 0, 1, GRID_COLUMNS);
  range.Merge();
  setFont(range.Font, BULLETIN_FONTS[block.style]);
  range.HorizontalAlignment = block.horizontal === 'center' ? XL.center : XL.left;
  range.VerticalAlignment = XL.center;
  range.WrapText = true;
  range.RowHeight = block.height;
}

function writeTable(sheet: WpsWorksheet, block: GridTable): void {
  const { table, starts, spans, heights } = block;
  const cells = gridTableCells(block);
  const rows = cells.values.length;
  writeBlock(sheet, block.row, 0, cells);

  const whole = rangeAt(sheet, block.row, 0, rows, GRID_COLUMNS);
  setFont(whole.Font, BULLETIN_FONTS.table);
  whole.VerticalAlignment = XL.center;
  whole.Borders.LineStyle = XL.continuous;
  const header = rangeAt(sheet, block.row, 0, 1, GRID_COLUMNS);
  header.Font.Bold = true;
  header.Interior.Color = bgrOf(HEADER_FILL);
  header.HorizontalAlignment = XL.center;
  header.WrapText = true;

  table.columns.forEach((column, c) => {
    // Across: each row of the column's span is merged on its own.
    if (spans[c] > 1) rangeAt(sheet, block.row, starts[c], rows, spans[c]).Merge(true);
    if (table.rows.length === 0) return;
    // Long text wraps and reads from the left; 编号 and dates shrink rather than break a line.
    const body = rangeAt(sheet, block.row + 1, starts[c], table.rows.length, spans[c]);
    body.HorizontalAlignment = column.wrap ? XL.left : XL.center;
    body.WrapText = column.wrap;
    body.ShrinkToFit = !column.wrap;
  });
  for (const [first, count, height] of heightRuns(block.row, heights)) sheet.Range(`${first + 1}:${first + count}`).RowHeight = height;
}

/** The chart's data beside the page: a caption, then a plain bordered table. */
function writeChartData(sheet: WpsWorksheet, data: ChartData): void {
  const header = data.row + 2;
  const cells = chartDataCells(data);
  const width = data.table.columns.length;
  writeBlock(sheet, data.row, data.column, cells.caption);
  writeBlock(sheet, header, data.column, cells.table);
  const whole = rangeAt(sheet, header, data.column, cells.table.values.length, width);
  whole.HorizontalAlignment = XL.center;
  whole.Borders.LineStyle = XL.continuous;
  const headerRange = rangeAt(sheet, header, data.column, 1, width);
  headerRange.Font.Bold = true;
  headerRange.Interior.Color = bgrOf(HEADER_FILL);
  data.table.columns.forEach((column, c) => {
    const letter = columnLetters(data.column + c);
    sheet.Range(`${letter}:${letter}`).ColumnWidth = column.width;
  });
}

export function writeBulletinSheet(app: WpsApplication, sheet: WpsWorksheet, bulletin: Bulletin): void {
  setUpGridSheet(app, sheet, BULLETIN_PAGE);
  const grid = bulletinGrid(bulletin, { drawsCharts: false });
  sheet.PageSetup.PrintArea = bulletinPrintArea(grid);
  for (const block of grid) {
    if (block.kind === 'text') writeText(sheet, block);
    else if (block.kind === 'form') writeFormRows(sheet, block.rows);
    else if (block.kind === 'table') writeTable(sheet, block);
    else writeChartData(sheet, block.data);
  }
}
