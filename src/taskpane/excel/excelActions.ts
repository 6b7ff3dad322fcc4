/// <reference types="office-js" />
// The task pane's buttons on Office.js (TaskpaneActions in ../actions.ts): read the sheets the
// engine needs, run the engine, write its output sheets. The sync() calls per action are fixed,
// whatever the ledger's size (docs/taskpane.md has the count for each).
import type { GenerateResult, OnConflict, OnProgress, PresetInfo, Step, TaskpaneActions, TemplateResult, ValidationResult } from '../actions';
import { buildBulletin } from '../../engine/report/bulletin';
import type { Bulletin, Period, PresetName, Problem, UnitScore } from '../../engine/model';
import { periodOf } from '../../engine/calendar/period';
import { PRESETS } from '../../engine/rules/presets';
import { rankMonth } from '../../engine/score/rank';
import { readLedger } from '../../engine/read/readLedger';
import { namedPreset } from '../../engine/read/ruleSheet';
import { RULES_COLUMNS } from '../../engine/read/schema';
import { bulletinSheetName, rankingSheetName, uniqueSheetName } from '../../engine/report/sheetLayout';
import { findSheet, readTable } from '../../engine/read/table';
import { templateLayout } from '../../engine/report/templateLayout';
import { isExcelOnTheWeb, runExcel, type Context } from './host';
import { EXCEL_TEXT } from './messages';
import { REQUEST_BUDGET, WriteBatch } from './payload';
import { readNames, readSheets, sourceSheets, type BookNames } from './readBook';
import { chooseTarget, namesAfter, type SheetTarget } from './sheetTarget';
import { writeBulletinSheet } from './writeBulletin';
import { rankingTableName, writeRankingSheet } from './writeRanking';
import { renamedLayout, writeTemplateSheet } from './writeTemplate';

export interface ExcelActionOptions {
  /** Bytes one sync may carry; tests lower it to exercise splitting. */
  requestBudget?: number;
  /** The template's example rows are dated in this date's year. */
  today?: () => Date;
}

function summary(problems: readonly Problem[]): ValidationResult {
  const errors = problems.filter((p) => p.severity === '错误').length;
  return { problems, errors, warnings: problems.length - errors };
}

function periodFor(month: string): Period {
  const period = periodOf(month);
  if (!period) throw new Error(EXCEL_TEXT.badMonth(month));
  return period;
}

/** Reports each step as it starts, and the end. */
function progress(onProgress: OnProgress, steps: readonly Step[]) {
  let done = 0;
  return {
    step(step: Step) {
      onProgress(step, done, steps.length);
      done += 1;
    },
    end() {
      onProgress(steps[steps.length - 1], steps.length, steps.length);
    },
  };
}

interface Loaded {
  names: BookNames;
  sources: string[];
  result: ReturnType<typeof readLedger>;
}

/** Names, then the values of the source sheets: two syncs, or more on the web for a large ledger (readBook.ts). */
async function loadLedger(context: Context, period: Period, preset: PresetName | undefined): Promise<Loaded> {
  const names = await readNames(context);
  const sources = sourceSheets(names.sheets);
  const book = await readSheets(context, names, sources);
  return { names, sources, result: readLedger(book, { reportYear: period.year, preset }) };
}

interface Output {
  target: SheetTarget;
  write: (batch: WriteBatch, sheet: Excel.Worksheet) => Promise<void>;
}

/** Asks about every taken name first, so a cancel writes nothing. */
async function targets(wanted: readonly string[], loaded: Loaded, onConflict: OnConflict): Promise<SheetTarget[] | null> {
  let taken = [...loaded.names.sheets];
  const chosen: SheetTarget[] = [];
  for (const name of wanted) {
    const target = await chooseTarget(name, taken, loaded.sources, onConflict);
    if (!target) return null;
    chosen.push(target);
    taken = namesAfter(taken, target);
  }
  return chosen;
}

/** One sync, plus one for each time the writes fill a request (only on the web, and only for large outputs). */
async function writeOutputs(context: Context, outputs: readonly Output[], budget: number): Promise<void> {
  const batch = new WriteBatch(context, budget);
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const { target } of outputs) {
    if (target.replaces) context.workbook.worksheets.getItem(target.replaces).delete();
  }
  for (const { target, write } of outputs) {
    await write(batch, context.workbook.worksheets.add(target.name));
  }
  await context.sync();
}

export function createExcelActions(options: ExcelActionOptions = {}): TaskpaneActions {
  // Desktop Excel takes a request of any size; only the web's are kept under its limit. Asked when
  // an action runs, since Office reports its platform only once it is ready.
  const requestBudget = () => options.requestBudget ?? (isExcelOnTheWeb() ? REQUEST_BUDGET : Number.POSITIVE_INFINITY);
  const today = options.today ?? (() => new Date());

  async function generate(
    month: string,
    preset: PresetName,
    onConflict: OnConflict,
    onProgress: OnProgress,
    withBulletin: boolean,
  ): Promise<GenerateResult> {
    const period = periodFor(month);
    const steps: Step[] = ['读取工作簿', '校验台账', '计算排名', ...(withBulletin ? (['生成通报'] as const) : []), '写入工作表'];
    const report = progress(onProgress, steps);
    return runExcel(async (context) => {
      report.step('读取工作簿');
      const loaded = await loadLedger(context, period, preset);
      report.step('校验台账');
      const validation = summary(loaded.result.problems);
      const ledger = loaded.result.ledger;
      if (validation.errors > 0 || !ledger) return { kind: 'invalid', validation };

      report.step('计算排名');
      let bulletin: Bulletin | null = null;
      let scores: readonly UnitScore[];
      if (withBulletin) {
        report.step('生成通报');
        bulletin = buildBulletin(ledger, period);
        // The bulletin's ranking is the ranking sheet's, as the CLI's `bulletin` writes it.
        scores = bulletin.ranking.flatMap((block) => block.rows);
      } else {
        scores = rankMonth(ledger, period);
      }
      const wanted = [rankingSheetName(period), ...(bulletin ? [bulletinSheetName(period)] : [])];
      const chosen = await targets(wanted, loaded, onConflict);
      if (!chosen) return { kind: 'cancelled' };

      report.step('写入工作表');
      const tableName = rankingTableName(period, loaded.names.tables);
      const outputs: Output[] = [
        { target: chosen[0], write: (batch, sheet) => writeRankingSheet(batch, sheet, scores, ledger.rules.method, tableName) },
      ];
      if (bulletin) {
        const printed = bulletin;
        outputs.push({ target: chosen[1], write: (batch, sheet) => writeBulletinSheet(batch, sheet, printed) });
      }
      await writeOutputs(context, outputs, requestBudget());
      report.end();
      const overdueItems = bulletin ? bulletin.overdueItems.length : scores.reduce((n, s) => n + s.overdue, 0);
      return { kind: 'done', sheets: chosen.map((t) => t.name), units: scores.length, overdueItems };
    });
  }

  return {
    presets: () =>
      runExcel(async (context): Promise<PresetInfo> => {
        const names = await readNames(context);
        const book = await readSheets(context, names, sourceSheets(names.sheets, ['rules']));
        const rules = findSheet(book, 'rules');
        const fromRules = rules ? namedPreset(readTable(rules, RULES_COLUMNS, [])) : null;
        return { available: Object.keys(PRESETS) as PresetName[], fromRules };
      }),

    validate: (month, onProgress) => {
      const period = periodFor(month);
      const report = progress(onProgress, ['读取工作簿', '校验台账']);
      return runExcel(async (context) => {
        report.step('读取工作簿');
        const loaded = await loadLedger(context, period, undefined);
        report.step('校验台账');
        report.end();
        return summary(loaded.result.problems);
      });
    },

    generateRanking: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, false),
    generateBulletin: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, true),

    createTemplate: (onProgress) => {
      const report = progress(onProgress, ['新建模板']);
      return runExcel(async (context): Promise<TemplateResult> => {
        report.step('新建模板');
        const layout = templateLayout(today().getFullYear());
        const taken = [...(await readNames(context)).sheets];
        // Never a replaced sheet: a taken name gets `(2)`.
        const names = new Map<string, string>();
        for (const sheet of layout.sheets) {
          const name = uniqueSheetName(sheet.name, taken);
          names.set(sheet.name, name);
          taken.push(name);
        }
        const renamed = renamedLayout(layout, names);
        const batch = new WriteBatch(context, requestBudget());
        context.application.suspendScreenUpdatingUntilNextSync();
        for (const sheet of renamed.sheets) {
          await writeTemplateSheet(batch, context.workbook.worksheets.add(sheet.name), renamed, sheet);
        }
        context.workbook.worksheets.getItem(renamed.sheets[0].name).activate();
        await context.sync();
        report.end();
        return { sheets: renamed.sheets.map((s) => s.name) };
      });
    },

    goTo: (sheet, cell) =>
      runExcel(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell || 'A1').select();
        try {
          await context.sync();
        } catch (error) {
          // The sheet was deleted or renamed since validation listed the problem.
          if ((error as { code?: unknown } | null)?.code === 'ItemNotFound') throw new Error(EXCEL_TEXT.sheetMissing(sheet), { cause: error });
          throw error;
        }
      }),
  };
}
