/// <reference types="office-js" />
// The bulletin sheet `YYYY年M月通报` on Office.js, rendered from the engine's grid plan
// (bulletinGrid.ts), the plan every surface renders. Each block is one 2D write; merges use
// merge(across) so a table column costs one call however many rows it has. The completion-rate
// chart covers the rows the plan keeps for it, drawn from its data beside the page.
import {
  BULLETIN_FONTS,
  GRID_COLUMNS,
  GRID_WIDTH,
  bulletinGrid,
  bulletinPrintArea,
  type ChartBand,
  type FontSpec,
  type GridTable,
  type TextRow,
} from '../../engine/report/bulletinGrid';
import { cellAddress, columnLetters } from '../../engine/cellAddress';
import type { Bulletin } from '../../engine/model';
import { BULLETIN_PAGE, HEADER_FILL } from '../../engine/report/sheetStyle';
import { chartDataCells, gridTableCells, heightRuns, textRowCells } from '../../engine/report/hostCells';
import { rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';
import { writeFormRows } from './writeForms';
import { CHART_CALLS, addLineChart } from './writeCharts';
import { columnPoints } from './writeRanking';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function setFont(font: Excel.RangeFont, spec: FontSpec): void {
  font.name = spec.name;
  font.size = spec.size;
  font.bold = spec.bold;
}

async function writeText(batch: WriteBatch, sheet: Excel.Worksheet, block: TextRow): Promise<void> {
  await writeCells(batch, sheet, block.row, 0, textRowCells(block));
  await batch.reserve(0, 8);
  const range = sheet.getRange(rangeAddress(block.row, 0, 1, GRID_COLUMNS));
  range.merge(false);
  setFont(range.format.font, BULLETIN_FONTS[block.style]);
  range.format.horizontalAlignment = block.horizontal === 'center' ? 'Center' : 'Left';
  range.format.verticalAlignment = 'Center';
  range.format.wrapText = true;
  range.format.rowHeight = block.height;
}

async function writeTable(batch: WriteBatch, sheet: Excel.Worksheet, block: GridTable): Promise<void> {
  const { table, starts, spans, heights } = block;
  const cells = gridTableCells(block);
  const rows = cells.values;
  await writeCells(batch, sheet, block.row, 0, cells);
  const runs = heightRuns(block.row, heights);
  await batch.reserve(0, 14 + 4 * table.columns.length + runs.length);

  const whole = sheet.getRange(rangeAddress(block.row, 0, rows.length, GRID_COLUMNS));
  setFont(whole.format.font, BULLETIN_FONTS.table);
  whole.format.verticalAlignment = 'Center';
  for (const edge of EDGES) whole.format.borders.getItem(edge).style = 'Continuous';
  const header = sheet.getRange(rangeAddress(block.row, 0, 1, GRID_COLUMNS));
  header.format.font.bold = true;
  header.format.fill.color = `#${HEADER_FILL}`;
  header.format.horizontalAlignment = 'Center';
  header.format.wrapText = true;

  table.columns.forEach((column, c) => {
    if (spans[c] > 1) sheet.getRange(rangeAddress(block.row, starts[c], rows.length, spans[c])).merge(true);
    if (table.rows.length === 0) return;
    // Long text wraps and reads from the left; 编号 and dates shrink rather than break a line.
    const body = sheet.getRange(rangeAddress(block.row + 1, starts[c], table.rows.length, spans[c])).format;
    body.horizontalAlignment = column.wrap ? 'Left' : 'Center';
    body.wrapText = column.wrap;
    body.shrinkToFit = !column.wrap;
  });
  for (const [first, count, height] of runs) sheet.getRange(`${first + 1}:${first + count}`).format.rowHeight = height;
}

/** The chart's data beside the page (a caption, then a plain table), and the chart over its rows. */
async function writeChart(batch: WriteBatch, sheet: Excel.Worksheet, band: ChartBand): Promise<void> {
  const { data } = band;
  const { table } = data;
  const header = data.row + 2;
  const cells = chartDataCells(data);
  const rows = cells.table.values;
  await writeCells(batch, sheet, data.row, data.column, cells.caption);
  await writeCells(batch, sheet, header, data.column, cells.table);
  await batch.reserve(0, 10 + table.columns.length + CHART_CALLS);
  const whole = sheet.getRange(rangeAddress(header, data.column, rows.length, table.columns.length));
  whole.format.horizontalAlignment = 'Center';
  for (const edge of EDGES) whole.format.borders.getItem(edge).style = 'Continuous';
  const headerRange = sheet.getRange(rangeAddress(header, data.column, 1, table.columns.length));
  headerRange.format.font.bold = true;
  headerRange.format.fill.color = `#${HEADER_FILL}`;
  table.columns.forEach((column, c) => {
    const letter = columnLetters(data.column + c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(column.width);
  });
  if (band.rows === 0) return;
  sheet.getRange(`${band.row + 1}:${band.row + band.rows}`).format.rowHeight = band.rowHeight;
  const points = table.rows.length;
  addLineChart(
    sheet,
    band.chart,
    { labels: rangeAddress(header + 1, data.column, points, 1), values: rangeAddress(header + 1, data.column + 1, points, 1) },
    cellAddress(band.row, 0),
    cellAddress(band.row + band.rows - 1, GRID_COLUMNS - 1),
  );
}

export async function writeBulletinSheet(batch: WriteBatch, sheet: Excel.Worksheet, bulletin: Bulletin): Promise<void> {
  await batch.reserve(0, 3 + PAGE_SETUP_CALLS);
  sheet.showGridlines = false;
  sheet.getRange(`A:${columnLetters(GRID_COLUMNS - 1)}`).format.columnWidth = columnPoints(GRID_WIDTH);
  setUpPage(sheet, BULLETIN_PAGE);
  const grid = bulletinGrid(bulletin, { drawsCharts: true });
  sheet.pageLayout.setPrintArea(bulletinPrintArea(grid));
  for (const block of grid) {
    if (block.kind === 'text') await writeText(batch, sheet, block);
    else if (block.kind === 'form') await writeFormRows(batch, sheet, block.rows);
    else if (block.kind === 'table') await writeTable(batch, sheet, block);
    else await writeChart(batch, sheet, block);
  }
}
