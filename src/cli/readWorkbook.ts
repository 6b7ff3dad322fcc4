// Reads an .xlsx file into the shape Office.js `range.values` gives the task pane, so the engine
// sees the same input from both surfaces.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { dayOf } from '../engine/calendar/dates';
import { cellAddress, parseRange } from '../engine/cellAddress';
import type { SheetInput, WorkbookInput } from '../engine/model';
import { prepareWorkbook } from './container';
import { WorkbookFileError, isFileSystemError } from './workbookFileError';

/** What Office.js puts in a cell of `values`; dates are already serial numbers there. */
export type OfficeValue = string | number | boolean | null;

// Not the streaming reader: it corrupts Chinese text split across chunks (ARCHITECTURE.md).
// Drop-downs and conditional formats are not needed for scoring, and ExcelJS expands every range
// of them into one object per cell: a whole-column drop-down alone would be a million objects.
const IGNORED_PARTS = ['dataValidations', 'conditionalFormatting', 'extLst'];

const MS_PER_DAY = 86_400_000;

/**
 * Excel serial of a date cell. ExcelJS turns a serial into the Date at that UTC instant, so the
 * UTC fields are the calendar day Excel shows, in every time zone. A time of day stays as the
 * fraction Office.js would give.
 */
function serialOf(date: Date): number {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const day = dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return day + (date.getTime() - midnight) / MS_PER_DAY;
}

function officeValue(value: ExcelJS.CellValue): OfficeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOf(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A hyperlink's text may itself be rich text, whatever ExcelJS's types say.
  if ('hyperlink' in value) return officeValue(value.text as ExcelJS.CellValue);
  // A formula shows its cached result; without one (a file no spreadsheet has calculated) the
  // cell is as good as blank, since the engine cannot evaluate formulas.
  if ('formula' in value || 'sharedFormula' in value) return officeValue(value.result ?? null);
  return null;
}

/**
 * Row 1 column A is values[0][0], so the engine's cell addresses are the sheet's own. Every row is
 * as wide as the widest row with a value, blanks null, as Office.js gives a range. Built in one
 * pass, gaps and padding pushed: a sparse sheet copied into a dense one cost a closure call per
 * cell, half a second of a 100,000-row read.
 */
function sheetValues(worksheet: ExcelJS.Worksheet, merged: readonly string[]): SheetInput | null {
  const values: OfficeValue[][] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: OfficeValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = officeValue(cell.value);
      if (value === null) return;
      while (cells.length < columnNumber - 1) cells.push(null);
      cells.push(value);
    });
    if (cells.length === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values.push(cells);
    width = Math.max(width, cells.length);
  });
  for (const cells of values) while (cells.length < width) cells.push(null);
  const clipped = clipMerged(values, width, merged);
  return clipped ? { name: worksheet.name, values, merged: clipped } : null;
}

/**
 * Office.js shows a merged area's value in its top-left cell only: the other cells of each area are
 * blanked. The areas are clipped to the sheet's values, and those outside them dropped: an area may
 * reach row 1,048,576 or column XFD, and the engine need not walk what holds nothing. Areas that do
 * not overlap cover each cell once at most; more work than that means overlapping areas (null).
 */
function clipMerged(values: OfficeValue[][], width: number, merged: readonly string[]): string[] | null {
  const clipped: string[] = [];
  let budget = values.length * width;
  for (const ref of merged) {
    const range = parseRange(ref);
    if (!range) continue;
    const bottom = Math.min(range.bottom, values.length - 1);
    const right = Math.min(range.right, width - 1);
    if (range.top > bottom || range.left > right) continue;
    budget -= (bottom - range.top + 1) * (right - range.left + 1);
    if (budget < 0) return null;
    for (let r = range.top; r <= bottom; r++) {
      for (let c = range.left; c <= right; c++) if (r > range.top || c > range.left) values[r][c] = null;
    }
    clipped.push(`${cellAddress(range.top, range.left)}:${cellAddress(bottom, right)}`);
  }
  return clipped;
}

function fileError(error: unknown, path: string): WorkbookFileError {
  if (!isFileSystemError(error) || error.code === 'EISDIR') return new WorkbookFileError('invalid', path);
  return new WorkbookFileError(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' : 'unreadable', path);
}

/** Every worksheet of the file, in tab order. Throws WorkbookFileError for a file it cannot use. */
export async function readWorkbookFile(path: string): Promise<WorkbookInput> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
  const prepared = await prepareWorkbook(bytes);
  if ('problem' in prepared) throw new WorkbookFileError(prepared.problem, path);
  const workbook = new ExcelJS.Workbook();
  const { merges } = prepared;
  try {
    // ExcelJS 4.4.0 declares its own Buffer type; it reads Node's through JSZip.
    await workbook.xlsx.load(prepared.bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes: IGNORED_PARTS });
  } catch {
    // A zip that is not a workbook, or a damaged one: ExcelJS's messages ("Corrupted zip ?")
    // would not tell staff what to do.
    throw new WorkbookFileError('invalid', path);
  }
  // Every real workbook has a sheet; a zip without one is some other kind of document.
  if (workbook.worksheets.length === 0) throw new WorkbookFileError('invalid', path);
  const sheets: SheetInput[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = sheetValues(worksheet, merges.get(worksheet.id) ?? []);
    // Overlapping merged areas: damage that Excel itself refuses to open unrepaired.
    if (!sheet) throw new WorkbookFileError('invalid', path);
    sheets.push(sheet);
  }
  return { sheets };
}
