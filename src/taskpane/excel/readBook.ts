/// <reference types="office-js" />
// Reading the workbook for the engine: sheet names first, then the used range of only the sheets
// the engine reads, in the shape readWorkbook.ts gives the CLI.
//
// Values only, no number formats: a date cell's value is already its serial number, which is
// what the engine takes; a number typed into a General cell of a date column is that serial too,
// as Excel itself would show it once formatted. Loading numberFormat would double the response.
//
// Desktop Excel has no payload limit, so every used range comes in one sync. Excel on the web
// refuses a response over 5 MB (a 100,000-row ledger's values are about 33 MB), and a refused
// sync is a round trip lost, so there the reads are sized before they are made: one sync reads
// each sheet's shape and first rows; their bytes per row size the rest, which is packed into as
// few parts as fit the budget, several ranges a part, one sync a part.
//
// A sheet's merged areas, when asked for, ride along with the first of these syncs (mergedAreas.ts).
import type { CellValue, Grid, SheetInput, WorkbookInput } from '../../engine/model';
import { findSheet } from '../../engine/read/table';
import { sourceSheets } from '../sourceSheets';
import { isApiNotFound, isExcelOnTheWeb, isResponseTooLarge, type Context } from './host';
import { queueMergedAreas, readMergedInSlices, type MergedAreas } from './mergedAreas';
// The writes' budget, 80% of the 5 MB limit, serves the reads too: the rows after the sample may
// run longer than its average, and the margin absorbs that without a refusal.
import { REQUEST_BUDGET as RESPONSE_BUDGET, jsonBytes } from './payload';

export interface BookNames {
  sheets: readonly string[];
  tables: readonly string[];
}

/**
 * Rows read with each sheet's shape on the web. A usual month's ledger (the example's 303 rows)
 * is then read whole in that sync, and at the example's 400 bytes a row the sample is 0.2 MB a
 * sheet, far under the limit.
 */
export const SAMPLE_ROWS = 500;

/** Columns of a sheet (A to XFD): the sample spans them all, as the used columns are not known yet. */
const SHEET_COLUMNS = 16_384;

/** One sync: the sheet names in tab order and the table names (unique across a workbook). */
export async function readNames(context: Context): Promise<BookNames> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
}

/** A sheet's used range, by its position as Office.js gives it (0-based). */
interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Values read from one range of a sheet, where they lie on it. */
interface Block {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  values: readonly (readonly CellValue[])[];
}

/** Rows of a sheet's used range to read as one range. */
type Slice = Rect & { sheet: string };

interface Probe {
  sheet: string;
  /** null: the sheet holds no value. */
  used: Rect | null;
  /** The first sheet row that the sample did not cover. */
  next: number;
  /** Estimated from the sample; undefined when there is none to go by. */
  bytesPerRow: number | undefined;
  sample: Block | null;
}

/**
 * The used range moved back to A1, so the engine's cell addresses are the sheet's own. Office.js
 * gives '' for an empty cell, ExcelJS nothing: both are blank (null) to the engine.
 */
function toGrid(used: Rect, blocks: readonly Block[]): Grid {
  const width = used.columnIndex + used.columnCount;
  const grid = Array.from({ length: used.rowIndex + used.rowCount }, () => new Array<CellValue>(width).fill(null));
  for (const block of blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== '') grid[block.rowIndex + r][block.columnIndex + c] = value;
      }),
    );
  }
  return grid;
}

/**
 * Every sheet by name, with the values of `wanted` (the others empty: the engine reads only the
 * sheets it finds, but checks all names for look-alikes) and, with `mergedAreas`, their merged
 * areas (absent from a sheet when this Excel cannot give them). Desktop: one sync. Excel on the
 * web: one sync for the shapes and first rows, and one for each part of the rest.
 */
export async function readSheets(context: Context, names: BookNames, wanted: readonly string[], mergedAreas = false): Promise<WorkbookInput> {
  const { grids, merged } = await readWithMerged(context, wanted, mergedAreas && wanted.length > 0);
  return {
    sheets: names.sheets.map((name): SheetInput => {
      const values = grids.get(name) ?? [];
      const areas = merged?.get(name);
      return areas ? { name, values, merged: areas } : { name, values };
    }),
  };
}

interface Read {
  grids: Map<string, Grid>;
  merged: MergedAreas | null;
}

async function readWithMerged(context: Context, wanted: readonly string[], mergedAreas: boolean): Promise<Read> {
  if (!mergedAreas) return readValues(context, wanted, false);
  try {
    return await readValues(context, wanted, true);
  } catch (error) {
    // An Excel without the call after all: read as if nothing were merged, and the caller says so.
    if (isApiNotFound(error)) return readValues(context, wanted, false);
    if (isResponseTooLarge(error)) throw error;
    // Past 512 merged areas in a sheet Excel fails the sync that asks for them: the values again
    // without them, then the areas in slices. Any other failure recurs in the second read, and is
    // thrown from there.
    const { grids } = await readValues(context, wanted, false);
    const merged = await readMergedInSlices(context, wanted.map((name) => ({ name, rows: grids.get(name)?.length ?? 0 })));
    return { grids, merged };
  }
}

async function readValues(context: Context, wanted: readonly string[], mergedAreas: boolean): Promise<Read> {
  if (wanted.length === 0) return { grids: new Map(), merged: null };
  if (!isExcelOnTheWeb()) {
    const whole = await readWhole(context, wanted, mergedAreas);
    if (whole) return whole;
  }
  return readSized(context, wanted, mergedAreas);
}

/** One sync; null if Excel refused the response after all, on a platform that announced no limit. */
async function readWhole(context: Context, wanted: readonly string[], mergedAreas: boolean): Promise<Read | null> {
  const ranges = wanted.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex,rowCount,columnCount'),
  );
  const areas = mergedAreas ? queueMergedAreas(context, wanted) : null;
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return null;
  }
  const grids = new Map(
    wanted.map((name, i) => {
      const range = ranges[i];
      if (range.isNullObject) return [name, []];
      return [name, toGrid(range, [{ sheet: name, rowIndex: range.rowIndex, columnIndex: range.columnIndex, values: range.values }])];
    }),
  );
  return { grids, merged: areas?.() ?? null };
}

async function readSized(context: Context, wanted: readonly string[], mergedAreas: boolean): Promise<Read> {
  const { probes, merged } = await probe(context, wanted, SAMPLE_ROWS, mergedAreas);
  const read = await readParts(context, plan(probes, RESPONSE_BUDGET));
  const blocks = [...probes.flatMap((p) => p.sample ?? []), ...read];
  const grids = new Map(probes.map((p) => [p.sheet, p.used ? toGrid(p.used, blocks.filter((b) => b.sheet === p.sheet)) : []]));
  return { grids, merged };
}

/**
 * One sync: each sheet's used range, and the used part of its first `sampleRows` rows (and the
 * merged areas). Rows of kilobytes each can make even the sample too large; the shapes are then
 * read alone.
 */
async function probe(context: Context, wanted: readonly string[], sampleRows: number, mergedAreas: boolean): Promise<{ probes: Probe[]; merged: MergedAreas | null }> {
  const sheets = wanted.map((name) => context.workbook.worksheets.getItem(name));
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  // The used part of the first rows, not the used range's first rows: a method called on a null
  // object (an empty sheet's used range) is not specified to give a null object.
  const samples = sampleRows > 0
    ? sheets.map((sheet) => sheet.getRangeByIndexes(0, 0, sampleRows, SHEET_COLUMNS).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'))
    : [];
  const areas = mergedAreas ? queueMergedAreas(context, wanted) : null;
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error) || sampleRows === 0) throw error;
    return probe(context, wanted, 0, mergedAreas);
  }
  const probes = wanted.map((sheet, i): Probe => {
    if (used[i].isNullObject) return { sheet, used: null, next: 0, bytesPerRow: undefined, sample: null };
    const shape = used[i];
    const sample = samples[i]?.isNullObject === false ? samples[i] : null;
    return {
      sheet,
      used: shape,
      // Rows the sample's used part ends above are blank up to sampleRows, so already known.
      next: Math.max(sampleRows, shape.rowIndex),
      bytesPerRow: sample ? jsonBytes(sample.values) / sample.values.length : undefined,
      sample: sample && { sheet, rowIndex: sample.rowIndex, columnIndex: sample.columnIndex, values: sample.values },
    };
  });
  return { probes, merged: areas?.() ?? null };
}

/** The unread rows of every sheet, packed in order into parts of at most `budget` estimated bytes. */
function plan(probes: readonly Probe[], budget: number): Slice[][] {
  const parts: Slice[][] = [];
  let part: Slice[] = [];
  let room = budget;
  for (const { sheet, used, next, bytesPerRow } of probes) {
    const end = used ? used.rowIndex + used.rowCount : 0;
    if (!used || next >= end) continue;
    const slice = (rowIndex: number, rowCount: number): Slice => ({ sheet, rowIndex, rowCount, columnIndex: used.columnIndex, columnCount: used.columnCount });
    if (bytesPerRow === undefined) {
      // Nothing to size it by: alone in its part, which is halved until Excel accepts it.
      parts.push([slice(next, end - next)]);
      continue;
    }
    for (let row = next; row < end; ) {
      const fit = Math.min(end - row, Math.max(0, Math.floor(room / bytesPerRow)));
      if (fit === 0 && part.length > 0) {
        parts.push(part);
        part = [];
        room = budget;
        continue;
      }
      // A single row over the budget still goes, alone: Excel may take it.
      const count = Math.max(fit, 1);
      part.push(slice(row, count));
      room -= count * bytesPerRow;
      row += count;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

const rowsIn = (part: readonly Slice[]) => part.reduce((n, s) => n + s.rowCount, 0);

/** The first half of a part's rows, and the second. */
function halves(part: readonly Slice[]): [Slice[], Slice[]] {
  let left = Math.ceil(rowsIn(part) / 2);
  const head: Slice[] = [];
  const tail: Slice[] = [];
  for (const slice of part) {
    const taken = Math.min(left, slice.rowCount);
    left -= taken;
    if (taken > 0) head.push({ ...slice, rowCount: taken });
    if (taken < slice.rowCount) tail.push({ ...slice, rowIndex: slice.rowIndex + taken, rowCount: slice.rowCount - taken });
  }
  return [head, tail];
}

/**
 * One sync a part. A part Excel refuses all the same (its rows are longer than the sample's) is
 * read in halves, halved again on refusal.
 */
async function readParts(context: Context, parts: readonly Slice[][]): Promise<Block[]> {
  const blocks: Block[] = [];
  const queue = [...parts];
  for (let part = queue.shift(); part; part = queue.shift()) {
    const ranges = part.map((s) =>
      context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.rowIndex, s.columnIndex, s.rowCount, s.columnCount).load('values'),
    );
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || rowsIn(part) === 1) throw error;
      queue.unshift(...halves(part));
      continue;
    }
    part.forEach((s, i) => blocks.push({ sheet: s.sheet, rowIndex: s.rowIndex, columnIndex: s.columnIndex, values: ranges[i].values }));
  }
  return blocks;
}

/** The 规则 sheet, found as the engine finds it, with its values; null when the workbook has none. Two syncs. */
export async function readRulesSheet(context: Context): Promise<SheetInput | null> {
  const names = await readNames(context);
  const book = await readSheets(context, names, sourceSheets(names.sheets, ['rules']));
  return findSheet(book, 'rules');
}
