// The engine's form rows (formGrid.ts) with ExcelJS: the 通报's masthead, and the sheets of
// 通知单 and 催办单, one document a printed page.
import type ExcelJS from 'exceljs';
import { FORM_FONTS, type FormBorder, type FormRow } from '../engine/report/formGrid';
import type { DocumentSheet } from '../engine/report/noticeGrid';
import { GRID_COLUMNS, GRID_WIDTH } from '../engine/report/printGrid';
import { uniqueSheetName } from '../engine/report/sheetLayout';
import { NOTICE_PAGE } from '../engine/report/sheetStyle';
import { printOptions, setCell, sheetNamesOf } from './cellWriting';

const argb = (rgb: string) => ({ argb: `FF${rgb}` });

function borderOf(border: FormBorder): Partial<ExcelJS.Borders> {
  const edge: ExcelJS.Border = { style: border.weight, color: argb(border.color) };
  if (border.edges === 'box') return { top: edge, left: edge, bottom: edge, right: edge };
  return border.edges === 'bottom' ? { bottom: edge } : { top: edge };
}

/** Each cell merged over its span; fill and border on every grid cell of it, so they print whole. */
export function writeFormRows(worksheet: ExcelJS.Worksheet, rows: readonly FormRow[]): void {
  for (const { row, height, cells } of rows) {
    const r = row + 1;
    for (const c of cells) {
      const first = c.column + 1;
      const last = first + c.span - 1;
      if (last > first) worksheet.mergeCells(r, first, r, last);
      const cell = worksheet.getCell(r, first);
      setCell(cell, c.text, 'text');
      const font = FORM_FONTS[c.style];
      cell.font = { name: font.name, size: font.size, bold: font.bold, color: argb(font.color) };
      cell.alignment = { horizontal: c.horizontal, vertical: 'middle', wrapText: c.wrap };
      for (let g = first; g <= last; g += 1) {
        const gridCell = worksheet.getCell(r, g);
        if (c.fill) gridCell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(c.fill) };
        if (c.border) gridCell.border = borderOf(c.border);
      }
    }
    worksheet.getRow(r).height = height;
  }
}

/** Adds the documents' sheet under `name` (or `name (2)`), one document a page, ready to print. */
export function addDocumentSheet(workbook: ExcelJS.Workbook, name: string, sheet: DocumentSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(uniqueSheetName(name, sheetNamesOf(workbook)), {
    views: [{ showGridLines: false }],
    ...printOptions(NOTICE_PAGE),
  });
  for (let c = 1; c <= GRID_COLUMNS; c += 1) worksheet.getColumn(c).width = GRID_WIDTH;
  writeFormRows(worksheet, sheet.rows);
  // A break after the row above each new page's first row (ExcelJS rows are 1-based).
  for (const start of sheet.pageStarts) worksheet.getRow(start).addPageBreak();
  return worksheet;
}
