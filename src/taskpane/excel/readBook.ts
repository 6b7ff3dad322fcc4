/// <reference types="office-js" />
// Reading the workbook for the engine: sheet names first, then the used range of only the sheets
// the engine reads, each in one piece, in the shape readWorkbook.ts gives the CLI.
//
// Values only, no number formats: a date cell's value is already its serial number, which is
// what the engine takes; a number typed into a General cell of a date column is that serial too,
// as Excel itself would show it once formatted. Loading numberFormat would double the response.
import type { CellValue, Grid, WorkbookInput } from '../../engine/model';
import type { SheetKind } from '../../engine/schema';
import { findSheet } from '../../engine/table';
import { isResponseTooLarge, type Context } from './host';

export interface BookNames {
  sheets: readonly string[];
  tables: readonly string[];
}

const SOURCE_KINDS: readonly SheetKind[] = ['ledger', 'roster', 'adjustments', 'rules', 'holidays'];

/** One sync: the sheet names in tab order and the table names (unique across a workbook). */
export async function readNames(context: Context): Promise<BookNames> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
}

/** The sheets the engine would read for these kinds, as findSheet picks them by name or alias. */
export function sourceSheets(names: readonly string[], kinds: readonly SheetKind[] = SOURCE_KINDS): string[] {
  const book = { sheets: names.map((name) => ({ name, values: [] })) };
  return kinds.flatMap((kind) => findSheet(book, kind)?.name ?? []);
}

/** Office.js gives '' for an empty cell, ExcelJS nothing: both are blank to the engine. */
const blankAsNull = (row: readonly CellValue[]): CellValue[] => row.map((v) => (v === '' ? null : v));

/** The used range moved back to A1, so the engine's cell addresses are the sheet's own. */
function fromA1(values: readonly (readonly CellValue[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const width = columnIndex + (values[0]?.length ?? 0);
  const empty = () => new Array<CellValue>(width).fill(null);
  return [
    ...Array.from({ length: rowIndex }, empty),
    ...values.map((row) => [...new Array<CellValue>(columnIndex).fill(null), ...blankAsNull(row)]),
  ];
}

/**
 * Every sheet by name, with the values of `wanted` (the others empty: the engine reads only the
 * sheets it finds, but checks all names for look-alikes). One sync; a response too large for
 * Excel on the web falls back to reading in halves, one sync each.
 */
export async function readSheets(context: Context, names: BookNames, wanted: readonly string[]): Promise<WorkbookInput> {
  const values = await readValues(context, wanted);
  return { sheets: names.sheets.map((name) => ({ name, values: values.get(name) ?? [] })) };
}

async function readValues(context: Context, wanted: readonly string[]): Promise<Map<string, Grid>> {
  if (wanted.length === 0) return new Map();
  const ranges = wanted.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
  );
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readInParts(context, wanted);
  }
  return new Map(wanted.map((name, i) => [name, ranges[i].isNullObject ? [] : fromA1(ranges[i].values, ranges[i].rowIndex, ranges[i].columnIndex)]));
}

async function readInParts(context: Context, wanted: readonly string[]): Promise<Map<string, Grid>> {
  const shapes = wanted.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  await context.sync();
  const result = new Map<string, Grid>();
  for (const [i, name] of wanted.entries()) {
    const shape = shapes[i];
    if (shape.isNullObject) {
      result.set(name, []);
      continue;
    }
    const rows: CellValue[][] = [];
    let step = Math.ceil(shape.rowCount / 2);
    for (let r = 0; r < shape.rowCount; ) {
      const count = Math.min(step, shape.rowCount - r);
      const part = context.workbook.worksheets
        .getItem(name)
        .getRangeByIndexes(shape.rowIndex + r, shape.columnIndex, count, shape.columnCount)
        .load('values');
      try {
        await context.sync();
      } catch (error) {
        if (!isResponseTooLarge(error) || count === 1) throw error;
        step = Math.ceil(count / 2);
        continue;
      }
      rows.push(...(part.values as CellValue[][]));
      r += count;
    }
    result.set(name, fromA1(rows, shape.rowIndex, shape.columnIndex));
  }
  return result;
}
