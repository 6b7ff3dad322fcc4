// Writing blocks of generated cells (hostCells.ts) with the et object model: the formats first, one
// call for each run of equal formats down a column (a generated column has one format, so usually
// one call a column), then all the values as one 2D Value2 write, since WPS reads a string
// written to a cell as if typed unless the cell is in the Text format.
import { cellAddress } from '../engine/cellAddress';
import type { CellBlock } from '../engine/report/hostCells';
import type { WpsRange, WpsWorksheet } from './etModel';

/** `B3:D7` for `rows` × `columns` cells from the 0-based (row, column). */
export const rangeAddress = (row: number, column: number, rows: number, columns: number): string =>
  `${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)}`;

export const rangeAt = (sheet: WpsWorksheet, row: number, column: number, rows: number, columns: number): WpsRange =>
  sheet.Range(rangeAddress(row, column, rows, columns));

/** Writes the block with its top-left cell at the 0-based (row, column). */
export function writeBlock(sheet: WpsWorksheet, row: number, column: number, block: CellBlock): void {
  const { values, formats } = block;
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  for (let c = 0; c < width; c += 1) {
    for (let start = 0; start < formats.length; ) {
      const format = formats[start][c];
      let end = start + 1;
      while (end < formats.length && formats[end][c] === format) end += 1;
      if (format !== null) rangeAt(sheet, row + start, column + c, end - start, 1).NumberFormat = format;
      start = end;
    }
  }
  rangeAt(sheet, row, column, values.length, width).Value2 = values;
}
