/// <reference types="office-js" />
// The bulletin sheet `YYYY年M月通报` on Office.js, rendered from the engine's grid plan
// (bulletinGrid.ts), the plan every surface renders. Each block is one 2D write; merges use
// merge(across) so a table column costs one call however many rows it has.
import {
  BULLETIN_FONTS,
  GRID_COLUMNS,
  GRID_WIDTH,
  bulletinGrid,
  type FontSpec,
  type GridTable,
  type TextRow,
} from '../../engine/report/bulletinGrid';
import { columnLetters } from '../../engine/cellAddress';
import type { Bulletin } from '../../engine/model';
import { BULLETIN_PAGE, HEADER_FILL } from '../../engine/report/sheetStyle';
import { gridTableCells, heightRuns, textRowCells } from '../../engine/report/hostCells';
import { rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';
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

export async function writeBulletinSheet(batch: WriteBatch, sheet: Excel.Worksheet, bulletin: Bulletin): Promise<void> {
  await batch.reserve(0, 2 + PAGE_SETUP_CALLS);
  sheet.showGridlines = false;
  sheet.getRange(`A:${columnLetters(GRID_COLUMNS - 1)}`).format.columnWidth = columnPoints(GRID_WIDTH);
  setUpPage(sheet, BULLETIN_PAGE);
  for (const block of bulletinGrid(bulletin)) {
    if (block.kind === 'text') await writeText(batch, sheet, block);
    else await writeTable(batch, sheet, block);
  }
}
