// `notices --kind 催办 --register`: a copy of the ledger workbook with the 催办 rows appended to its
// 加减分 sheet, written to a new file. The input is never written, and in the copy no existing cell
// changes: the rows go below the last used row (registration.ts).
import ExcelJS from 'exceljs';
import type { AppendPlan } from '../engine/report/registration';
import { setCell } from './cellWriting';
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
