/// <reference types="office-js" />
// Writing a block of generated cells (hostCells.ts) as one 2D array of values with one 2D array of
// formats. Office.js reads a string written to `values` as if it were typed (Range.values
// reference), so the formats are queued before the values; a null leaves a cell as it is.
import { cellAddress } from '../../engine/cellAddress';
import type { CellBlock } from '../../engine/report/hostCells';
import { jsonBytes, type WriteBatch } from './payload';

/** `B3:D7` for `rows` × `columns` cells from the 0-based (row, column). */
export const rangeAddress = (row: number, column: number, rows: number, columns: number): string =>
  `${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)}`;

/**
 * Writes the block with its top-left cell at the 0-based (row, column): one range write, or
 * several of whole rows when the block alone would not fit in a request.
 */
export async function writeCells(batch: WriteBatch, sheet: Excel.Worksheet, row: number, column: number, block: CellBlock): Promise<void> {
  const { values, formats } = block;
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  const rowBytes = values.map((cells, r) => jsonBytes(cells) + jsonBytes(formats[r]));
  for (let start = 0; start < values.length; ) {
    let end = start;
    let bytes = 0;
    while (end < values.length && (end === start || bytes + rowBytes[end] <= batch.chunkBytes)) {
      bytes += rowBytes[end];
      end += 1;
    }
    await batch.reserve(bytes, 2);
    const range = sheet.getRange(rangeAddress(row + start, column, end - start, width));
    // Format first: a string arriving in a Text cell stays text.
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }
}
