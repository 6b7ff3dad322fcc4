// The four commands of SPEC §6. Each returns its exit code; unusable input throws CliError.
import * as path from 'path';
import { buildBulletin } from '../engine/report/bulletin';
import { bulletinDocx } from '../engine/report/bulletinDocx';
import { bulletinRanking } from '../engine/report/monthOutputs';
import { rankMonth } from '../engine/score/rank';
import { readingsText } from '../engine/report/readingText';
import { bulletinSheetName } from '../engine/report/sheetLayout';
import { loadLedger, parseDayOption, parsePeriod, parsePreset, scorable } from './loadLedger';
import { pathBeside } from './outputPath';
import type { Io } from './io';
import { countProblems } from '../engine/report/problemCount';
import { problemRecords, problemsText, rankJson, rankText, tableText } from './report';
import { addBulletinSheet } from './writeBulletin';
import { addTableSheet } from './writeSuggestions';
import { planRegistration, registerCopy } from './registerCopy';
import { REGISTER_CLI_TEXT } from './registerText';
import { NO_REPORT_SHEET, SUGGESTIONS_SHEET, reportsSummaryLine } from '../engine/report/reportsText';
import { suggestedAdjustments, suggestionsTable } from '../engine/report/suggestedAdjustments';
import { missedReports, reportTallies } from '../engine/score/reports';
import { formatDay } from '../engine/calendar/dates';
import { addRankingSheet, newOutputWorkbook, saveFileAtomically, saveWorkbookAtomically } from './writeWorkbook';
import { bulletinChartFiles, rankingChartFiles, writeChartFiles } from './writeCharts';
import { buildTemplateWorkbook } from './writeTemplate';

/** Without --month, dates written without a year take the current year (SPEC §1). */
const currentYear = () => new Date().getFullYear();

export interface ValidateOptions {
  month?: string;
  preset?: string;
  explain?: boolean;
  json?: boolean;
}

/** Validation depends on the rule set (a district-dynamic ledger is full of 错误 under sanmenxia-2019). */
export async function validateCommand(file: string, opts: ValidateOptions, io: Io): Promise<number> {
  const period = opts.month ? parsePeriod(opts.month) : null;
  const loaded = await loadLedger(file, period?.year ?? currentYear(), parsePreset(opts.preset), 1, period?.asOf);
  loaded.progress.stop();
  if (opts.json) {
    const json = opts.explain ? { problems: problemRecords(loaded.problems), readings: loaded.readings } : problemRecords(loaded.problems);
    io.out(JSON.stringify(json, null, 2));
  } else {
    if (opts.explain) io.out(`${readingsText(loaded.readings)}\n`);
    io.out(problemsText(loaded.problems));
  }
  return countProblems(loaded.problems).errors > 0 ? 1 : 0;
}

/** Says where `--charts` wrote, on stderr like every other note beside the command's output. */
async function writeCharts(dir: string, files: Parameters<typeof writeChartFiles>[1], io: Io): Promise<void> {
  const written = await writeChartFiles(dir, files);
  io.err(`已写出 ${written.length} 个图表（SVG）：${path.resolve(dir)}`);
}

export async function rankCommand(
  file: string,
  opts: { month: string; preset?: string; json?: boolean; out?: string; charts?: string },
  io: Io,
): Promise<number> {
  const period = parsePeriod(opts.month);
  const loaded = await loadLedger(file, period.year, parsePreset(opts.preset), opts.out ? 3 : 2, period.asOf);
  const ledger = scorable(loaded);
  loaded.progress.step('评分排名');
  const scores = rankMonth(ledger, period);
  if (opts.out) {
    loaded.progress.step('写出排名表');
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, period, scores, ledger.rules.method);
    await saveWorkbookAtomically(workbook, opts.out, file);
  }
  loaded.progress.stop();
  io.out(opts.json ? rankJson(scores) : rankText(scores));
  if (opts.out) io.err(`已写出排名表：${path.resolve(opts.out)}`);
  if (opts.charts) await writeCharts(opts.charts, rankingChartFiles(period, scores), io);
  return 0;
}

export interface BulletinOptions {
  month: string;
  preset?: string;
  out?: string;
  /** The Word 通报 (GB/T 9704); without --out, only it is written. */
  docx?: string;
  /** Date of issue, YYYY-MM-DD; by default the first working day after the month. */
  date?: string;
  /** A folder for the charts as SVG files. */
  charts?: string;
}

export async function bulletinCommand(file: string, opts: BulletinOptions, io: Io): Promise<number> {
  const period = parsePeriod(opts.month);
  const issued = opts.date === undefined ? undefined : parseDayOption('--date', opts.date);
  const loaded = await loadLedger(file, period.year, parsePreset(opts.preset), 3, period.asOf);
  const ledger = scorable(loaded);
  loaded.progress.step('生成通报');
  const bulletin = buildBulletin(ledger, period, issued);
  loaded.progress.step('写出文件');
  const written: string[] = [];
  if (opts.out !== undefined || opts.docx === undefined) {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, period, bulletinRanking(bulletin), ledger.rules.method);
    addBulletinSheet(workbook, bulletin);
    const out = opts.out ?? pathBeside(file, bulletinSheetName(period), '.xlsx');
    await saveWorkbookAtomically(workbook, out, file);
    written.push(`已生成排名表和督查通报：${path.resolve(out)}`);
  }
  if (opts.docx !== undefined) {
    await saveFileAtomically(await bulletinDocx(bulletin), opts.docx, file);
    written.push(`已生成 Word 版督查通报（GB/T 9704 公文格式）：${path.resolve(opts.docx)}`);
  }
  loaded.progress.stop();
  for (const line of written) io.out(line);
  if (opts.charts) await writeCharts(opts.charts, bulletinChartFiles(bulletin), io);
  return 0;
}

export interface ReportsOptions {
  month: string;
  preset?: string;
  json?: boolean;
  out?: string;
  /** true: the registered copy goes next to the ledger; a string: its path. */
  register?: string | boolean;
}

/**
 * 应报未报 of the year up to the month's end and the 加减分 they suggest (those already registered
 * left out): listed, with --out written to a NEW workbook to copy rows from, and with --register
 * appended to 加减分 in a copy of the ledger (as `notices --register`), never into the ledger itself.
 * Nothing here changes a score: only rows of the 加减分 sheet count.
 */
export async function reportsCommand(file: string, opts: ReportsOptions, io: Io): Promise<number> {
  const period = parsePeriod(opts.month);
  const loaded = await loadLedger(file, period.year, parsePreset(opts.preset), opts.out ? 3 : 2, period.asOf);
  const ledger = scorable(loaded);
  loaded.progress.step('核对报送');
  const tallies = reportTallies(ledger, period);
  if (!tallies) {
    loaded.progress.stop();
    io.out(NO_REPORT_SHEET);
    return 0;
  }
  const suggestions = suggestedAdjustments(ledger, period);
  const table = suggestionsTable(suggestions);
  const append = opts.register !== undefined && suggestions.length > 0 ? planRegistration(loaded.book, suggestions) : null;
  if (opts.out) {
    loaded.progress.step('写出建议加减分');
    const workbook = newOutputWorkbook();
    addTableSheet(workbook, SUGGESTIONS_SHEET, table);
    await saveWorkbookAtomically(workbook, opts.out, file);
  }
  loaded.progress.stop();
  const due = [...tallies.values()].reduce((n, t) => n + t.due, 0);
  const missing = [...tallies.values()].reduce((n, t) => n + t.missing, 0);
  if (opts.json) {
    const missed = missedReports(ledger, period).map((m) => ({ ...m, start: formatDay(m.start), end: formatDay(m.end), due: formatDay(m.due) }));
    const rows = suggestions.map(({ missed: _m, date, ...rest }) => ({ date: formatDay(date), ...rest }));
    io.out(JSON.stringify({ due, missing, missed, suggestions: rows }, null, 2));
  } else {
    const summary = reportsSummaryLine(period.asOf, due, missing, suggestions.length);
    io.out(table.rows.length > 0 ? `${summary}\n${tableText(table)}` : summary);
  }
  if (opts.out) io.err(`已写出建议加减分：${path.resolve(opts.out)}`);
  // Under --json the standard output stays one JSON document: what was registered goes to stderr.
  const said: Io = opts.json ? { ...io, out: io.err } : io;
  if (append) await registerCopy(file, append, opts.register || true, 'suggestions', suggestions.length, said);
  else if (opts.register !== undefined) said.out(REGISTER_CLI_TEXT.noSuggestions);
  return 0;
}

export async function templateCommand(out: string, io: Io): Promise<number> {
  await saveWorkbookAtomically(buildTemplateWorkbook(currentYear()), out);
  io.out(`已新建台账模板：${path.resolve(out)}`);
  return 0;
}
