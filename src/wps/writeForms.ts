// The engine's form rows (formGrid.ts) in WPS: the 通报's masthead, and the sheets of 通知单 and
// 催办单, one document a printed page, written as the Office.js and ExcelJS writers write them
// (merged cells with their own fonts, colours, fills and borders, every string as Text).
import { columnLetters } from '../engine/cellAddress';
import { FORM_FONTS, type FormBorder, type FormRow } from '../engine/report/formGrid';
import { formCells } from '../engine/report/hostCells';
import type { DocumentSheet } from '../engine/report/noticeGrid';
import { GRID_COLUMNS, GRID_WIDTH } from '../engine/report/printGrid';
import { NOTICE_PAGE, type PageSetup } from '../engine/report/sheetStyle';
import { XL, bgrOf } from './etConstants';
import type { WpsApplication, WpsWorksheet } from './etModel';
import { setUpPage } from './pageSetup';
import { rangeAt, writeBlock } from './sheetCells';

const EDGES: Readonly<Record<FormBorder['edges'], readonly number[]>> = {
  box: [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight],
  bottom: [XL.edgeBottom],
  top: [XL.edgeTop],
};

const WEIGHT: Readonly<Record<FormBorder['weight'], number>> = { thin: XL.thin, medium: XL.medium, thick: XL.thick };
const ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;

export function writeFormRows(sheet: WpsWorksheet, rows: readonly FormRow[]): void {
  if (rows.length === 0) return;
  writeBlock(sheet, rows[0].row, 0, formCells(rows));
  for (const { row, height, cells } of rows) {
    for (const cell of cells) {
      const range = rangeAt(sheet, row, cell.column, 1, cell.span);
      if (cell.span > 1) range.Merge();
      const font = FORM_FONTS[cell.style];
      range.Font.Name = font.name;
      range.Font.Size = font.size;
      range.Font.Bold = font.bold;
      range.Font.Color = bgrOf(font.color);
      range.HorizontalAlignment = ALIGN[cell.horizontal];
      range.VerticalAlignment = XL.center;
      range.WrapText = cell.wrap;
      if (cell.fill) range.Interior.Color = bgrOf(cell.fill);
      if (cell.border) {
        for (const edge of EDGES[cell.border.edges]) {
          const border = range.Borders.Item(edge);
          border.LineStyle = XL.continuous;
          border.Weight = WEIGHT[cell.border.weight];
          border.Color = bgrOf(cell.border.color);
        }
      }
    }
    sheet.Range(`${row + 1}:${row + 1}`).RowHeight = height;
  }
}

/** A sheet on the print grid (the 通报, the documents): no gridlines, the grid's columns, `page`. The sheet is active. */
export function setUpGridSheet(app: WpsApplication, sheet: WpsWorksheet, page: PageSetup): void {
  app.ActiveWindow.DisplayGridlines = false;
  sheet.Range(`A:${columnLetters(GRID_COLUMNS - 1)}`).ColumnWidth = GRID_WIDTH;
  setUpPage(sheet.PageSetup, page);
}

/** The documents' sheet: the grid's widths, A4 portrait at 100%, a page break before each document. */
export function writeDocumentSheet(app: WpsApplication, sheet: WpsWorksheet, document: DocumentSheet): void {
  setUpGridSheet(app, sheet, NOTICE_PAGE);
  writeFormRows(sheet, document.rows);
  for (const start of document.pageStarts) sheet.HPageBreaks.Add(sheet.Range(`A${start + 1}`));
}
