// Reading the workbook for the engine in WPS: sheet and table names, then the used range of only
// the sheets the engine reads, one Value2 call each, moved to A1 so the engine's cell addresses
// are the sheet's own (the shape the CLI and the Office.js adapter give), with their merged areas
// when the ledger is read (mergedAreas.ts); and the selection, addressed as Office.js addresses it.
import type { CellValue, Grid, SheetInput, WorkbookInput } from '../engine/model';
import { gridOf } from './cellValues';
import type { WpsApplication, WpsWorksheet } from './etModel';
import { findMergedAreas } from './mergedAreas';

export interface WpsBookNames {
  sheets: readonly string[];
  /** Table (ListObject) names, unique across a workbook. */
  tables: readonly string[];
}

function worksheets(app: WpsApplication): WpsWorksheet[] {
  const sheets = app.ActiveWorkbook.Worksheets;
  const all: WpsWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i += 1) all.push(sheets.Item(i));
  return all;
}

export function readNames(app: WpsApplication): WpsBookNames {
  const sheets = worksheets(app);
  const tables: string[] = [];
  for (const sheet of sheets) {
    const lists = sheet.ListObjects;
    for (let i = 1; i <= lists.Count; i += 1) tables.push(lists.Item(i).Name);
  }
  return { sheets: sheets.map((s) => s.Name), tables };
}

/** The used range's values moved to A1, and with a call budget its merged areas (undefined when they took more). */
function readSheet(sheet: WpsWorksheet, name: string, mergeCallBudget: number | undefined): SheetInput {
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const cells = gridOf(used.Value2, rows, columns);
  // An empty sheet's used range is A1 holding nothing.
  if (rows === 1 && columns === 1 && cells[0][0] === null) return mergeCallBudget === undefined ? { name, values: [] } : { name, values: [], merged: [] };
  const pad = new Array<CellValue>(left).fill(null);
  const values: Grid =
    top === 0 && left === 0 ? cells : [...Array.from({ length: top }, () => new Array<CellValue>(left + cells[0].length).fill(null)), ...cells.map((row) => [...pad, ...row])];
  if (mergeCallBudget === undefined) return { name, values };
  const merged = findMergedAreas(sheet, { top, left, bottom: top + rows - 1, right: left + columns - 1 }, mergeCallBudget) ?? undefined;
  return merged ? { name, values, merged } : { name, values };
}

/**
 * Every sheet by name, with the values of `wanted` (the others empty, as the engine reads only the
 * sheets it finds) and, given a budget of calls for each sheet, their merged areas (mergedAreas.ts).
 */
export function readSheets(app: WpsApplication, names: WpsBookNames, wanted: readonly string[], mergeCallBudget?: number): WorkbookInput {
  const sheets = app.ActiveWorkbook.Worksheets;
  return { sheets: names.sheets.map((name) => (wanted.includes(name) ? readSheet(sheets.Item(name), name, mergeCallBudget) : { name, values: [] })) };
}

/**
 * The selected cells' areas, each with its sheet, as Office.js gives them ('台账'!A5:C7,'台账'!9:9):
 * the window's RangeSelection (Selection may be a shape), area by area, so no separator or length
 * limit of a multi-area Address matters. The name is always quoted: qualifiedAddress's test for a
 * name that needs no quotes is a Unicode-property regular expression, newer than the ES2017 the
 * WPS build targets.
 */
export function readSelection(app: WpsApplication): string {
  const selection = app.ActiveWindow.RangeSelection;
  const sheet = `'${selection.Worksheet.Name.replace(/'/g, "''")}'`;
  const areas = selection.Areas;
  const addresses: string[] = [];
  for (let i = 1; i <= areas.Count; i += 1) addresses.push(`${sheet}!${areas.Item(i).Address(false, false)}`);
  return addresses.join(',');
}
