// The four commands of SPEC §6. Each returns its exit code; unusable input throws CliError.
import { existsSync } from 'fs';
import * as path from 'path';
import { buildBulletin } from '../engine/report/bulletin';
import { bulletinRanking } from '../engine/report/monthOutputs';
import { rankMonth } from '../engine/score/rank';
import { readingsText } from '../engine/report/readingText';
import { bulletinSheetName } from '../engine/report/sheetLayout';
import { loadLedger, parsePeriod, parsePreset, scorable } from './loadLedger';
import type { Io } from './io';
import { countProblems } from '../engine/report/problemCount';
import { problemRecords, problemsText, rankJson, rankText } from './report';
import { addBulletinSheet } from './writeBulletin';
import { bulletinChartFiles, rankingChartFiles, writeChartFiles } from './writeCharts';
import { addRankingSheet, newOutputWorkbook, saveWorkbookAtomically } from './writeWorkbook';
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

/**
 * Next to the ledger: 台账名-2026年6月通报.xlsx, or 台账名-2026年6月通报 (2).xlsx when that file
 * exists already, since a file the user did not name must not replace one they may have edited.
 */
function defaultBulletinPath(file: string, period: { year: number; month: number }): string {
  const parsed = path.parse(file);
  const base = path.join(parsed.dir, `${parsed.name}-${bulletinSheetName(period)}`);
  let candidate = `${base}.xlsx`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base} (${n}).xlsx`;
  return candidate;
}

export async function bulletinCommand(file: string, opts: { month: string; preset?: string; out?: string; charts?: string }, io: Io): Promise<number> {
  const period = parsePeriod(opts.month);
  const loaded = await loadLedger(file, period.year, parsePreset(opts.preset), 3, period.asOf);
  const ledger = scorable(loaded);
  loaded.progress.step('生成通报');
  const bulletin = buildBulletin(ledger, period);
  const workbook = newOutputWorkbook();
  addRankingSheet(workbook, period, bulletinRanking(bulletin), ledger.rules.method);
  addBulletinSheet(workbook, bulletin);
  loaded.progress.step('写出工作簿');
  const out = opts.out ?? defaultBulletinPath(file, period);
  await saveWorkbookAtomically(workbook, out, file);
  loaded.progress.stop();
  io.out(`已生成排名表和督查通报：${path.resolve(out)}`);
  if (opts.charts) await writeCharts(opts.charts, bulletinChartFiles(bulletin), io);
  return 0;
}

export async function templateCommand(out: string, io: Io): Promise<number> {
  await saveWorkbookAtomically(buildTemplateWorkbook(currentYear()), out);
  io.out(`已新建台账模板：${path.resolve(out)}`);
  return 0;
}
