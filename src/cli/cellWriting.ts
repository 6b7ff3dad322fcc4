// Writing one generated value into an ExcelJS cell, and the few styles the generated sheets share.
import type ExcelJS from 'exceljs';
import { NUMBER_FORMATS, TEXT_FORMAT, looksLikeFormula, type ColumnFormat, type LayoutCell } from '../engine/report/cellFormat';

/**
 * Writes a value with its number format. A plain string is always a text cell in ExcelJS (only
 * `{ formula }` objects are formulas); formula-looking text also gets the Text format because
 * ExcelJS 4.4.0 cannot write the quotePrefix style, and the Text format has the same effect in
 * Excel: re-entering the cell keeps it text instead of evaluating it.
 */
export function setCell(cell: ExcelJS.Cell, value: LayoutCell, format: ColumnFormat): void {
  cell.value = value;
  cell.numFmt = looksLikeFormula(value) ? TEXT_FORMAT : NUMBER_FORMATS[format];
}

export const A4_PAPER = 9;

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** Page numbers in Chinese at the foot of every printed page. */
export const PAGE_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '&C第 &P 页，共 &N 页' };

export const sheetNamesOf = (workbook: ExcelJS.Workbook): string[] => workbook.worksheets.map((ws) => ws.name);
