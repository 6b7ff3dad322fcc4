// The engine's form rows (formGrid.ts) in WPS: the 通报's masthead, written as the Office.js and
// ExcelJS writers write it (merged cells with their own fonts, colours, fills and borders).
import { FORM_FONTS, type FormBorder, type FormRow } from '../engine/report/formGrid';
import { formCells } from '../engine/report/hostCells';
import { XL, bgrOf } from './etConstants';
import type { WpsWorksheet } from './etModel';
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
