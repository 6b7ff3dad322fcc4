// What Range.Value2 gives, in the shape the engine reads. WPS returns a scalar for a one-cell range
// and rows of cells for more; third-party reports also saw one-dimensional arrays and objects with
// Item(row, column), so each is accepted. Dates are serial numbers already; an error value comes
// as Excel's CVErr number (#DIV/0! is -2146826281), which becomes its text, as the engine and the
// other hosts know error values.
import type { CellValue } from '../engine/model';

/** CVErr numbers are 0x800A0000 plus the error's code, as a signed 32-bit integer. */
const CVERR_BASE = -2146828288;
const ERROR_TEXTS: Readonly<Record<number, string>> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
};

/** One cell as the engine takes it: blank as null, an error value as its text. */
export function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return ERROR_TEXTS[value - CVERR_BASE] ?? value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

interface ItemGrid {
  Item(row: number, column: number): unknown;
}

const isItemGrid = (value: unknown): value is ItemGrid =>
  typeof value === 'object' && value !== null && typeof (value as { Item?: unknown }).Item === 'function';

/** A range's Value2 as `rows` × `columns` cells, whatever shape it came in. */
export function gridOf(value2: unknown, rows: number, columns: number): CellValue[][] {
  let at: (r: number, c: number) => unknown;
  if (isItemGrid(value2)) at = (r, c) => value2.Item(r + 1, c + 1);
  else if (!Array.isArray(value2)) at = (r, c) => (r === 0 && c === 0 ? value2 : null);
  else if (Array.isArray(value2[0])) at = (r, c) => (value2[r] as unknown[] | undefined)?.[c];
  // One dimension: the cells row by row (a one-row or one-column range).
  else at = (r, c) => value2[r * columns + c];
  const grid: CellValue[][] = new Array(rows);
  for (let r = 0; r < rows; r += 1) {
    const line: CellValue[] = new Array(columns);
    for (let c = 0; c < columns; c += 1) line[c] = cellOf(at(r, c));
    grid[r] = line;
  }
  return grid;
}
