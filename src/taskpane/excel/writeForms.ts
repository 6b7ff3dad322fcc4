/// <reference types="office-js" />
// The engine's form rows (formGrid.ts) on Office.js: the 通报's masthead, and the sheets of 通知单
// and 催办单, one document a printed page. All values go in one 2D write; merges and formats follow.
import { columnLetters } from '../../engine/cellAddress';
import { FORM_FONTS, type FormBorder, type FormCell, type FormRow } from '../../engine/report/formGrid';
import type { DocumentSheet } from '../../engine/report/noticeGrid';
import { GRID_COLUMNS, GRID_WIDTH } from '../../engine/report/printGrid';
import { NOTICE_PAGE } from '../../engine/report/sheetStyle';
import { formCells } from '../../engine/report/hostCells';
import { rangeAddress, writeCells } from './cells';
import { PAGE_SETUP_CALLS, setUpPage } from './pageSetup';
import type { WriteBatch } from './payload';
import { columnPoints } from './writeRanking';

const EDGES: Readonly<Record<FormBorder['edges'], readonly Excel.BorderIndex[]>> = {
  box: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[],
  bottom: ['EdgeBottom'] as Excel.BorderIndex[],
  top: ['EdgeTop'] as Excel.BorderIndex[],
};

const WEIGHT: Readonly<Record<FormBorder['weight'], Excel.BorderWeight>> = {
  thin: 'Thin' as Excel.BorderWeight,
  medium: 'Medium' as Excel.BorderWeight,
  thick: 'Thick' as Excel.BorderWeight,
};

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Calls one cell queues at most: merge, four font, three alignment, fill, three per border edge. */
const CELL_CALLS = 9 + 3 * 4;

function formatCell(sheet: Excel.Worksheet, row: number, cell: FormCell): void {
  const range = sheet.getRange(rangeAddress(row, cell.column, 1, cell.span));
  if (cell.span > 1) range.merge(false);
  const font = FORM_FONTS[cell.style];
  range.format.font.name = font.name;
  range.format.font.size = font.size;
  range.format.font.bold = font.bold;
  range.format.font.color = `#${font.color}`;
  range.format.horizontalAlignment = ALIGN[cell.horizontal];
  range.format.verticalAlignment = 'Center';
  range.format.wrapText = cell.wrap;
  if (cell.fill) range.format.fill.color = `#${cell.fill}`;
  if (cell.border) {
    for (const edge of EDGES[cell.border.edges]) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = `#${cell.border.color}`;
      border.weight = WEIGHT[cell.border.weight];
    }
  }
}

/** The rows' values in one write, then each cell's merge and format and each row's height. */
export async function writeFormRows(batch: WriteBatch, sheet: Excel.Worksheet, rows: readonly FormRow[]): Promise<void> {
  if (rows.length === 0) return;
  await writeCells(batch, sheet, rows[0].row, 0, formCells(rows));
  for (const { row, height: points, cells } of rows) {
    await batch.reserve(0, 1 + cells.length * CELL_CALLS);
    for (const cell of cells) formatCell(sheet, row, cell);
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = points;
  }
}

/** The documents' sheet: the grid's widths, A4 portrait at 100%, a page break before each document. */
export async function writeDocumentSheet(batch: WriteBatch, sheet: Excel.Worksheet, document: DocumentSheet): Promise<void> {
  await batch.reserve(0, 2 + PAGE_SETUP_CALLS);
  sheet.showGridlines = false;
  sheet.getRange(`A:${columnLetters(GRID_COLUMNS - 1)}`).format.columnWidth = columnPoints(GRID_WIDTH);
  setUpPage(sheet, NOTICE_PAGE);
  await writeFormRows(batch, sheet, document.rows);
  await batch.reserve(0, document.pageStarts.length);
  for (const start of document.pageStarts) sheet.horizontalPageBreaks.add(`A${start + 1}`);
}
