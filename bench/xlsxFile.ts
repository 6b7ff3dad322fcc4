// The synthetic ledger as an .xlsx file, written once per size and generator version into
// bench/.cache: the largest takes tens of seconds to write and is the same every time.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { ymdOf } from '../src/engine/calendar/dates';
import { ADJUSTMENT_COLUMNS, TEMPLATE_LEDGER_COLUMNS } from '../src/engine/read/schema';
import { GENERATOR_VERSION, sheetsOf, type SyntheticLedger } from './generate';
import { CACHE_DIR } from './paths';

const DATE_KEYS = new Set(['assigned', 'deadline', 'extendedTo', 'completed', 'date']);

/** Which columns of each sheet hold dates (serials in the arrays, date cells in the file). */
function dateColumns(sheet: string): Set<number> {
  const columns = sheet === '台账' ? TEMPLATE_LEDGER_COLUMNS : sheet === '加减分' ? ADJUSTMENT_COLUMNS : [];
  return new Set(columns.flatMap((c, i) => (DATE_KEYS.has(c.key) ? [i] : [])));
}

/** A date cell as Excel stores it; ExcelJS writes a Date's UTC day (see src/cli/readWorkbook.ts). */
function jsDate(serial: number): Date {
  const { year, month, day } = ymdOf(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The streaming writer, with shared strings as Excel itself saves them. (Only the streaming
 * reader is known to corrupt Chinese text; writing is safe, and the CLI run checks it: its
 * ranking must equal the engine's ranking of the arrays.)
 */
async function write(data: SyntheticLedger, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const { name, values } of sheetsOf(data)) {
    const dates = dateColumns(name);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = values[0].map((header, i) => ({
      header: String(header),
      width: 14,
      style: dates.has(i) ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
    for (let r = 1; r < values.length; r++) {
      sheet.addRow(values[r].map((v, c) => (v !== null && dates.has(c) ? jsDate(v as number) : v))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** The cached file for this ledger, written first when missing. */
export async function xlsxFor(data: SyntheticLedger): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `ledger-${data.spec.name}-v${GENERATOR_VERSION}.xlsx`);
  if (existsSync(file)) return file;
  // Written under another name first, so an interrupted run never leaves half a file to reuse.
  const partial = `${file}.partial`;
  await write(data, partial);
  renameSync(partial, file);
  return file;
}
