// The sheet of suggested 加减分 that `duban reports --out` writes into a NEW workbook: staff copy
// the rows they confirm into their 加减分 sheet; DUBAN never appends to the ledger file itself.
import ExcelJS from 'exceljs';
import type { LayoutTable } from '../engine/report/sheetLayout';
import { uniqueSheetName } from '../engine/report/sheetLayout';
import { HEADER_FILL, THIN_BORDER, setCell, sheetNamesOf } from './cellWriting';

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: LayoutTable): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(uniqueSheetName(name, sheetNamesOf(workbook)), { views: [{ state: 'frozen', ySplit: 1 }] });
  table.columns.forEach((column, c) => {
    worksheet.getColumn(c + 1).width = column.width;
    const header = worksheet.getCell(1, c + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.border = THIN_BORDER;
    header.alignment = { horizontal: 'center', vertical: 'middle' };
    table.rows.forEach((row, r) => {
      const cell = worksheet.getCell(r + 2, c + 1);
      setCell(cell, row[c], column.format);
      if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  return worksheet;
}
