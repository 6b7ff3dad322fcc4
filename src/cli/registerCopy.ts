// `--register` (`notices --kind 催办`, `reports`): a copy of the ledger workbook with the rows appended
// to its 加减分 sheet, written to a new file. The input is never written, and in the copy no existing cell
// changes: the rows go below the last used row (registration.ts).
import ExcelJS from 'exceljs';
import * as path from 'path';
import type { AppendPlan, RegistrationRow } from '../engine/report/registration';
import { appendPlan } from '../engine/report/registration';
import { setCell } from './cellWriting';
import { CliError } from './cliError';
import type { Io } from './io';
import { pathBeside } from './outputPath';
import { REGISTER_CLI_TEXT as T } from './registerText';
import { WorkbookFileError } from './workbookFileError';
import { saveWorkbookAtomically } from './writeWorkbook';

/** Appends the plan's rows to a full copy of `input` and saves it as `out`. */
export async function saveRegisteredCopy(input: string, plan: AppendPlan, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    // The whole workbook this time, drop-downs and conditional formats included: it is kept.
    await workbook.xlsx.readFile(input);
  } catch {
    throw new WorkbookFileError('invalid', input);
  }
  const sheet = plan.create ? workbook.addWorksheet(plan.sheet) : workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new WorkbookFileError('invalid', input);
  plan.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const format = plan.formats[r][c];
      if (value !== null && format !== null) setCell(sheet.getCell(plan.startRow + r + 1, c + 1), value, format);
    }),
  );
  await saveWorkbookAtomically(workbook, out, input);
}

export type RegisterKind = keyof typeof T.copyName;

/**
 * Where the rows go, settled before anything is written: a 加减分 sheet that cannot take them stops
 * the command (exit 1) with no file half done.
 */
export function planRegistration(book: Parameters<typeof appendPlan>[0], rows: readonly RegistrationRow[]): AppendPlan {
  const plan = appendPlan(book, rows);
  if ('error' in plan) throw new CliError(plan.error, 1);
  return plan;
}

/** Saves the copy (`register` its path, or true for the default name beside `input`) and says so. */
export async function registerCopy(input: string, plan: AppendPlan, register: string | true, kind: RegisterKind, count: number, io: Io): Promise<void> {
  const copy = typeof register === 'string' ? register : pathBeside(input, T.copyName[kind], '.xlsx');
  await saveRegisteredCopy(input, plan, copy);
  io.out(T.registered(count, T.rowsName[kind], plan.sheet, path.resolve(copy)));
}
