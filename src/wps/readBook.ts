// Reading the workbook for the engine in WPS: sheet and table names, then the used range of only
// the sheets the engine reads, one Value2 call each, moved to A1 so the engine's cell addresses
// are the sheet's own (the shape the CLI and the Office.js adapter give).
import type { CellValue, Grid, WorkbookInput } from '../engine/model';
import { gridOf } from './cellValues';
import type { WpsApplication, WpsWorksheet } from './etModel';

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

function usedGrid(sheet: WpsWorksheet): Grid {
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const cells = gridOf(used.Value2, rows, columns);
  // An empty sheet's used range is A1 holding nothing.
  if (rows === 1 && columns === 1 && cells[0][0] === null) return [];
  if (top === 0 && left === 0) return cells;
  const pad = new Array<CellValue>(left).fill(null);
  return [...Array.from({ length: top }, () => new Array<CellValue>(left + cells[0].length).fill(null)), ...cells.map((row) => [...pad, ...row])];
}

/** Every sheet by name, with the values of `wanted` (the others empty, as the engine reads only the sheets it finds). */
export function readSheets(app: WpsApplication, names: WpsBookNames, wanted: readonly string[]): WorkbookInput {
  const sheets = app.ActiveWorkbook.Worksheets;
  return { sheets: names.sheets.map((name) => ({ name, values: wanted.includes(name) ? usedGrid(sheets.Item(name)) : [] })) };
}
