/// <reference types="office-js" />
// A sheet's merged areas for the engine (SPEC §1.1 (5)): Office.js gives a merged area's value in
// its top-left cell only, and the engine spreads it once it knows the areas.
//
// Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns the areas whose top-left cell lies in
// the range (office-js issue #3611), which on the whole sheet is every area, and "if the merged
// areas count in this range is more than 512, then this method will fail to return the result"
// (its reference). So the areas ride along with the first read of the values, no sync of their
// own; a sheet past 512 areas fails that sync, and readBook.ts then reads the values without them
// and the areas here, in slices of rows, halved until each slice holds few enough.
import type { Context } from './host';

/** Sheet name → its merged areas as sheet-local A1 ranges ('A3:A5'). */
export type MergedAreas = Map<string, string[]>;

/** 'Sheet'!A3:A5 or Sheet!$A$3:$A$5 → A3:A5: the engine's input is one sheet's own addresses. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

function queueAreas(range: Excel.Range): () => string[] {
  const areas = range.getMergedAreasOrNullObject().load('areas/items/address');
  return () => (areas.isNullObject ? [] : areas.areas.items.map((area) => localAddress(area.address)));
}

/** Queues the query for each sheet's merged areas; the reader gives them after the sync. */
export function queueMergedAreas(context: Context, sheets: readonly string[]): () => MergedAreas {
  const readers = sheets.map((name) => queueAreas(context.workbook.worksheets.getItem(name).getRange()));
  return () => new Map(sheets.map((name, i) => [name, readers[i]()]));
}

/** Columns of a sheet (A to XFD): a slice spans them all. */
const SHEET_COLUMNS = 16_384;

/**
 * Rows per slice at first. A slice past 512 areas needs more than 8 areas starting in each of its
 * rows: a field ledger merges a few columns of an item over its sub-rows, far fewer.
 */
export const MERGED_SLICE_ROWS = 64;

/** Slices queried in one sync: 200 × 512 areas × about 40 bytes is 4 MB, under the web's 5 MB. */
const SLICES_PER_SYNC = 200;

interface Slice {
  sheet: string;
  row: number;
  rows: number;
}

/**
 * The merged areas of each sheet's first `rows` rows (an area starting below the last value holds
 * no value to spread), a sync for every 200 slices. A sync Excel fails has its slices halved and
 * asked again; a failing slice of one row is a failure of its own, and is thrown.
 */
export async function readMergedInSlices(context: Context, sheets: readonly { name: string; rows: number }[]): Promise<MergedAreas> {
  const found: MergedAreas = new Map(sheets.map(({ name }) => [name, []]));
  const slices: Slice[] = sheets.flatMap(({ name, rows }) =>
    Array.from({ length: Math.ceil(rows / MERGED_SLICE_ROWS) }, (_, i) => ({
      sheet: name,
      row: i * MERGED_SLICE_ROWS,
      rows: Math.min(MERGED_SLICE_ROWS, rows - i * MERGED_SLICE_ROWS),
    })),
  );
  const queue: Slice[][] = [];
  for (let i = 0; i < slices.length; i += SLICES_PER_SYNC) queue.push(slices.slice(i, i + SLICES_PER_SYNC));
  for (let group = queue.shift(); group; group = queue.shift()) {
    const readers = group.map((s) => queueAreas(context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.row, 0, s.rows, SHEET_COLUMNS)));
    try {
      await context.sync();
    } catch (error) {
      if (group.every((s) => s.rows === 1)) throw error;
      const halves = group.flatMap((s) => (s.rows === 1 ? [s] : [{ ...s, rows: Math.ceil(s.rows / 2) }, { ...s, row: s.row + Math.ceil(s.rows / 2), rows: Math.floor(s.rows / 2) }]));
      queue.unshift(halves.slice(0, SLICES_PER_SYNC), ...(halves.length > SLICES_PER_SYNC ? [halves.slice(SLICES_PER_SYNC)] : []));
      continue;
    }
    group.forEach((s, i) => found.get(s.sheet)!.push(...readers[i]()));
  }
  return found;
}
