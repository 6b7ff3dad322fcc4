// Merged cells as the sheet shows them (SPEC §1.1 (5)): Office.js and ExcelJS give a merged area's
// value in its top-left cell only, but staff merge a cell down over several rows to mean that
// value for each of them (one item whose units sit on sub-rows; one unit over several items).
import { parseRange, type CellRange } from '../cellAddress';
import type { CellValue, Grid } from '../model';

export interface MergedReading {
  /** The values with each vertically merged area's value in every row of it. */
  values: Grid;
  /** Merged areas spanning more than one row. */
  vertical: readonly CellRange[];
  /** Merged areas within one row (titles, section rows): left as they are. */
  horizontal: readonly CellRange[];
}

/**
 * Spreads the value of every merged area that spans several rows down to each of its rows. Rows
 * that change are copies; the caller's arrays are never written to. A range text that is not an
 * A1 range is ignored (the host wrote it, not the user).
 */
export function spreadMerged(values: Grid, merged: readonly string[] | undefined): MergedReading {
  if (!merged || merged.length === 0) return { values, vertical: [], horizontal: [] };
  const vertical: CellRange[] = [];
  const horizontal: CellRange[] = [];
  for (const text of merged) {
    const range = parseRange(text);
    if (!range || range.top >= values.length) continue;
    (range.bottom > range.top ? vertical : horizontal).push(range);
  }
  if (vertical.length === 0) return { values, vertical, horizontal };
  const rows: (readonly CellValue[])[] = values.slice();
  const copied = new Set<number>();
  for (const range of vertical) {
    const source = values[range.top];
    // Past the end of its rows (a host's used range can be narrower than its merges): nothing to spread.
    if (range.left >= source.length) continue;
    const bottom = Math.min(range.bottom, values.length - 1);
    for (let r = range.top + 1; r <= bottom; r++) {
      if (!copied.has(r)) {
        rows[r] = values[r].slice();
        copied.add(r);
      }
      // The value stays in the column that holds it: a merged area wider than one column is
      // still one cell to the reader, the leftmost.
      (rows[r] as CellValue[])[range.left] = source[range.left] ?? null;
    }
  }
  return { values: rows, vertical, horizontal };
}
