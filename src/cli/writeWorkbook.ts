// The output workbook of `rank --out` and `bulletin --out`, its ranking sheet, and saving it.
//
// The output is a NEW workbook holding only the generated sheets, never the input ledger written
// back: ExcelJS drops what it does not support (charts, pivot tables, slicers, macros, some
// conditional formats and data validations), so a rewrite could silently damage the office's
// ledger. Staff copy the sheets into their ledger with Excel's 移动或复制 if they want them there.
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Period, RuleSet, UnitScore } from '../engine/model';
import { rankingSheetName, rankingTable, uniqueSheetName } from '../engine/report/sheetLayout';
import { RANKING_PAGE, RANKING_TABLE_STYLE, rankingTableName, tableBody } from '../engine/report/sheetStyle';
import { printOptions, setCell, sheetNamesOf } from './cellWriting';
import { WorkbookFileError, isFileSystemError } from './workbookFileError';

export function newOutputWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DUBAN 督办';
  return workbook;
}

// ExcelJS 4.4.0 declares getTables() as [Table, void][] but returns Table[].
const tableNamesOf = (workbook: ExcelJS.Workbook): string[] =>
  workbook.worksheets.flatMap((ws) => ws.getTables() as unknown as ExcelJS.Table[]).map((t) => t.name);

/**
 * Adds `YYYY年M月排名` (or `… (2)` when the name is taken) as a real Excel table starting at A1,
 * so staff can sort and filter it, and it prints on A4 landscape with the header on every page.
 */
export function addRankingSheet(
  workbook: ExcelJS.Workbook,
  period: Pick<Period, 'year' | 'month'>,
  scores: readonly UnitScore[],
  method: RuleSet['method'],
): ExcelJS.Worksheet {
  const layout = rankingTable(scores, method);
  const { columns, rows } = layout;
  const worksheet = workbook.addWorksheet(uniqueSheetName(rankingSheetName(period), sheetNamesOf(workbook)), {
    views: [{ state: 'frozen', ySplit: 1 }],
    ...printOptions(RANKING_PAGE),
  });
  worksheet.addTable({
    name: rankingTableName(period, tableNamesOf(workbook)),
    ref: 'A1',
    headerRow: true,
    style: { theme: RANKING_TABLE_STYLE, showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: tableBody(layout),
  });
  columns.forEach((column, c) => {
    worksheet.getColumn(c + 1).width = column.width;
    const header = worksheet.getCell(1, c + 1);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    rows.forEach((row, r) => setCell(worksheet.getCell(r + 2, c + 1), row[c], column.format));
  });
  return worksheet;
}

/** stat's device and inode name one file whatever the path: symlinks, hard links, letter case. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const stat = (p: string) => fs.stat(p, { bigint: true }).catch(() => null);
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Writes the workbook to `outPath` through a temporary file in the same directory and a rename,
 * so an interrupted run never leaves a half-written workbook under the user's file name. Refuses
 * to write over the input ledger (`inputPath`).
 */
export async function saveWorkbookAtomically(
  workbook: ExcelJS.Workbook,
  outPath: string,
  inputPath?: string,
): Promise<void> {
  const target = path.resolve(outPath);
  if (inputPath !== undefined && (await isSameFile(target, path.resolve(inputPath)))) {
    throw new WorkbookFileError('sameAsInput', outPath);
  }
  // Same directory: rename is atomic only within one file system.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (isFileSystemError(error)) throw new WorkbookFileError('unwritable', outPath);
    throw error;
  }
}
