/// <reference types="office-js" />
// Writing a block of generated cells as one 2D array of values with one 2D array of formats.
import { cellAddress } from '../../engine/cellAddress';
import { NUMBER_FORMATS, TEXT_FORMAT, type ColumnFormat, type LayoutCell } from '../../engine/report/cellFormat';
import { jsonBytes, type WriteBatch } from './payload';

/**
 * Office.js reads a string written to `values` as if it were typed: `=…`, `+…`, `-…` become
 * formulas (Range.values reference), and "001" or "2026-10-12" would turn into numbers. A cell
 * already in the Text format keeps what is entered as text, so every string gets '@' and the
 * format is queued before the value.
 */
export const cellFormat = (value: LayoutCell, format: ColumnFormat): string =>
  typeof value === 'string' ? TEXT_FORMAT : NUMBER_FORMATS[format];

/** Cells and their number formats, the same shape; null leaves a cell as it is (Office.js ignores it). */
export interface CellBlock {
  values: LayoutCell[][];
  formats: (string | null)[][];
}

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
