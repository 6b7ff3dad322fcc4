// The common first half of every command: read the .xlsx, validate, and give the ledger.
import { dayOf, isValidYmd, localDay } from '../engine/calendar/dates';
import { periodOf } from '../engine/calendar/period';
import { isPresetName, PRESETS } from '../engine/rules/presets';
import { readLedger, type ReadResult } from '../engine/read/readLedger';
import type { Day, Ledger, Period, PresetName, WorkbookInput } from '../engine/model';
import { ledgerSheetOf } from '../engine/read/ledgerSheetChoice';
import { isError } from '../engine/report/problemCount';
import { CliError } from './cliError';
import { progressFor, type Progress } from './progress';
import { readWorkbookFile } from './readWorkbook';
import { problemsText } from './report';

export interface Loaded extends ReadResult {
  book: WorkbookInput;
  progress: Progress;
}

export function parsePeriod(month: string): Period {
  const period = periodOf(month);
  if (!period) throw new CliError(`--month 的值「${month}」无效：请写成 YYYY-MM，例如 2026-06。`);
  return period;
}

export function parsePreset(name: string | undefined): PresetName | undefined {
  if (name === undefined || isPresetName(name)) return name;
  throw new CliError(`--preset 的值「${name}」无效：可选 ${Object.keys(PRESETS).join('、')}。`);
}

/**
 * Reads and validates the workbook. A file that is not a ledger at all (missing, not a
 * workbook, no 台账 sheet by name or by header) is a CliError with exit code 2. `steps` sizes
 * the progress bar.
 */
export async function loadLedger(path: string, reportYear: number, preset: PresetName | undefined, steps: number, asOf?: Day): Promise<Loaded> {
  const book = await readWorkbookFile(path);
  const rows = ledgerSheetOf(book)?.values.length ?? 0;
  const progress = progressFor(rows, steps);
  progress.step('校验台账');
  const result = readLedger(book, { reportYear, asOf, preset });
  if (result.fatal) {
    progress.stop();
    throw new CliError(result.fatal);
  }
  return { ...result, book, progress };
}

/** The ledger of a load whose validation found no 错误, or exit code 1. */
export function scorable(loaded: Loaded): Ledger {
  const errors = loaded.problems.filter(isError);
  if (errors.length || !loaded.ledger) {
    loaded.progress.stop();
    throw new CliError(`${problemsText(errors)}\n台账校验发现错误，未生成排名：请按上列位置改正后重试。`, 1);
  }
  return loaded.ledger;
}

/** A --date value: YYYY-MM-DD. */
export function parseDayOption(option: string, text: string): Day {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  throw new CliError(`${option} 的值「${text}」无效：请写成 YYYY-MM-DD，例如 2026-11-05。`);
}

/** Today's date as the local clock has it. */
export const today = (): Day => localDay(new Date());
