// `duban notices`: 督查通知单 (--kind 通知) and 催办单 (--kind 催办) for chosen items, one A4 page
// each, in a new workbook; with --register, the 催办单 also recorded in 加减分 of a copy of the
// ledger (never the input).
import * as path from 'path';
import { ymdOf } from '../engine/calendar/dates';
import { noticeBatch, type DocumentKind } from '../engine/report/noticeBatch';
import { documentSheet } from '../engine/report/noticeGrid';
import type { ItemSelection } from '../engine/report/notices';
import { registrationRows } from '../engine/report/registration';
import { splitList } from '../engine/text';
import { CliError } from './cliError';
import type { Io } from './io';
import { loadLedger, parseDayOption, parsePeriod, parsePreset, scorable, today } from './loadLedger';
import { NOTICES_CLI_TEXT as T } from './noticesText';
import { pathBeside } from './outputPath';
import { planRegistration, registerCopy } from './registerCopy';
import { addDocumentSheet } from './writeForms';
import { newOutputWorkbook, saveWorkbookAtomically } from './writeWorkbook';

export interface NoticesOptions {
  kind: string;
  ids?: string;
  month?: string;
  date?: string;
  preset?: string;
  out?: string;
  /** true: the copy goes next to the ledger; a string: its path. */
  register?: string | boolean;
}

function parseKind(kind: string): DocumentKind {
  if (kind === '通知' || kind === '催办') return kind;
  throw new CliError(T.badKind(kind));
}

export async function noticesCommand(file: string, opts: NoticesOptions, io: Io): Promise<number> {
  const kind = parseKind(opts.kind);
  const period = opts.month === undefined ? null : parsePeriod(opts.month);
  const date = opts.date === undefined ? undefined : parseDayOption('--date', opts.date);
  const ids = opts.ids === undefined ? [] : splitList(opts.ids);
  if (opts.ids !== undefined && ids.length === 0) throw new CliError(T.emptyIds);
  if (kind === '通知' && ids.length === 0 && !period) throw new CliError(T.noticeNeedsChoice);
  if (opts.register !== undefined && kind !== '催办') throw new CliError(T.registerOnlyUrges);
  // The day the documents speak of: 催办单 count overdue days up to it.
  const asOf = date ?? period?.asOf ?? today();
  const selection: ItemSelection | null =
    ids.length > 0 ? { kind: 'ids', ids } : period && kind === '通知' ? { kind: 'month', year: period.year, month: period.month } : null;

  const loaded = await loadLedger(file, ymdOf(asOf).year, parsePreset(opts.preset), 2, asOf);
  const ledger = scorable(loaded);
  const category = ledger.rules.documents.urgeCategory;
  if (opts.register !== undefined && category === null) throw new CliError(T.noUrgeDeduction(ledger.rules.preset));
  loaded.progress.step(kind === '通知' ? '生成通知单' : '生成催办单');
  const made = noticeBatch(ledger, kind, selection, asOf, date);
  loaded.progress.stop();
  if (made.missing.length > 0) throw new CliError(T.missingIds(made.missing));
  for (const line of made.skipped) io.err(line);
  if (made.documents.length === 0) {
    io.out(kind === '通知' ? T.noNotices : T.noUrges);
    return 0;
  }

  // Where the rows go is settled before anything is written: a 加减分 sheet that cannot take them
  // stops the command with no file half done.
  const rows = made.urge && opts.register !== undefined ? registrationRows(category, made.urge, asOf) : [];
  const append = rows.length > 0 ? planRegistration(loaded.book, rows) : null;

  const workbook = newOutputWorkbook();
  addDocumentSheet(workbook, made.sheet, documentSheet(made.documents));
  const out = opts.out ?? pathBeside(file, made.sheet, '.xlsx');
  await saveWorkbookAtomically(workbook, out, file);
  io.out(T.written(made.documents.length, made.sheet, path.resolve(out)));

  if (append && opts.register !== undefined) await registerCopy(file, append, opts.register || true, 'urges', rows.length, io);
  return 0;
}
