/// <reference types="office-js" />
// The task pane's buttons on Office.js (TaskpaneActions in ../actions.ts): read the sheets the
// engine needs, run the engine, write its output sheets. The sync() calls per action are fixed,
// whatever the ledger's size (docs/taskpane.md has the count for each).
import type { GenerateResult, OnConflict, OnProgress, PresetInfo, TaskpaneActions, TemplateResult } from '../actions';
import {
  OVERVIEW_STEPS,
  TEMPLATE_STEPS,
  VALIDATE_STEPS,
  generated,
  generationSteps,
  overviewPeriodFor,
  overviewResult,
  periodFor,
  planGeneration,
  presetInfo,
  stepReporter,
  templateBeside,
  loadedBook,
  type LoadedBook,
} from '../actionSteps';
import type { Bulletin, Period, PresetName, Problem } from '../../engine/model';
import { readLedger } from '../../engine/read/readLedger';
import type { SheetTarget } from '../sheetTarget';
import { sourceSheets } from '../sourceSheets';
import { ACTION_TEXT } from '../texts';
import { applyColumnMap, proposeColumnMap } from './columnMapping';
import { isExcelOnTheWeb, runExcel, supports, type Context } from './host';
import { EXCEL_TEXT } from './messages';
import { noticeActions } from './noticeActions';
import { REQUEST_BUDGET, WriteBatch } from './payload';
import { readNames, readSheets } from './readBook';
import { writeBulletinSheet } from './writeBulletin';
import { writeRankingSheet } from './writeRanking';
import { writeTemplateSheet } from './writeTemplate';

export interface ExcelActionOptions {
  /** Bytes one sync may carry; tests lower it to exercise splitting. */
  requestBudget?: number;
  /** The template's example rows are dated in this date's year. */
  today?: () => Date;
}

/**
 * Names, then the values of the source sheets with their merged areas: two syncs, or more on the
 * web for a large ledger (readBook.ts). Where this Excel cannot give merged areas (ExcelApi 1.13),
 * the 台账 is read as if unmerged and one 警告 says so.
 */
async function loadLedger(context: Context, period: Period, preset: PresetName | undefined): Promise<LoadedBook> {
  const names = await readNames(context);
  const sources = sourceSheets(names.sheets);
  const book = await readSheets(context, names, sources, supports('mergedAreas'));
  const result = readLedger(book, { reportYear: period.year, asOf: period.asOf, preset });
  const ledger = result.ledgerSheet;
  const unmerged = ledger !== null && book.sheets.find((s) => s.name === ledger)?.merged === undefined;
  const notes: Problem[] = unmerged ? [{ sheet: ledger, cell: '', severity: '警告', message: EXCEL_TEXT.mergedAreasUnsupported(ledger) }] : [];
  return loadedBook(names, sources, book, result, notes);
}

interface Output {
  target: SheetTarget;
  write: (batch: WriteBatch, sheet: Excel.Worksheet) => Promise<void>;
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
    const report = stepReporter(onProgress, generationSteps(withBulletin));
    return runExcel(async (context) => {
      report.step('读取工作簿');
      const plan = await planGeneration(await loadLedger(context, period, preset), period, withBulletin, onConflict, report);
      if (!('targets' in plan)) return plan;
      const { ledger, outputs: month, targets, tableName } = plan;
      const outputs: Output[] = [
        { target: targets[0], write: (batch, sheet) => writeRankingSheet(batch, sheet, period, month.scores, ledger.rules.method, tableName) },
      ];
      if (month.bulletin) {
        const printed: Bulletin = month.bulletin;
        outputs.push({ target: targets[1], write: (batch, sheet) => writeBulletinSheet(batch, sheet, printed) });
      }
      await writeOutputs(context, outputs, requestBudget());
      return generated(plan, report);
    });
  }

  return {
    ...noticeActions({ load: loadLedger, write: (context, outputs) => writeOutputs(context, outputs, requestBudget()), requestBudget, today }),

    presets: () =>
      runExcel(async (context): Promise<PresetInfo> => {
        const names = await readNames(context);
        return presetInfo(await readSheets(context, names, sourceSheets(names.sheets, ['rules'])));
      }),

    validate: (month, onProgress) => {
      const period = periodFor(month);
      const report = stepReporter(onProgress, VALIDATE_STEPS);
      return runExcel(async (context) => {
        report.step('读取工作簿');
        const loaded = await loadLedger(context, period, undefined);
        report.step('校验台账');
        report.end();
        return loaded.validation;
      });
    },

    // async: a bad request rejects, as everything else the pane awaits does, rather than throwing.
    overview: async (request, onProgress) => {
      const period = overviewPeriodFor(request);
      const report = stepReporter(onProgress, OVERVIEW_STEPS);
      return runExcel(async (context) => {
        report.step('读取工作簿');
        return overviewResult(await loadLedger(context, period, request.preset), period, report);
      });
    },

    generateRanking: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, false),
    generateBulletin: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, true),

    createTemplate: (onProgress) => {
      const report = stepReporter(onProgress, TEMPLATE_STEPS);
      return runExcel(async (context): Promise<TemplateResult> => {
        report.step('新建模板');
        const layout = templateBeside(today().getFullYear(), (await readNames(context)).sheets);
        const batch = new WriteBatch(context, requestBudget());
        context.application.suspendScreenUpdatingUntilNextSync();
        for (const sheet of layout.sheets) {
          await writeTemplateSheet(batch, context.workbook.worksheets.add(sheet.name), layout, sheet);
        }
        context.workbook.worksheets.getItem(layout.sheets[0].name).activate();
        await context.sync();
        report.end();
        return { sheets: layout.sheets.map((s) => s.name) };
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
          if ((error as { code?: unknown } | null)?.code === 'ItemNotFound') throw new Error(ACTION_TEXT.sheetMissing(sheet), { cause: error });
          throw error;
        }
      }),

    planColumnMap: (choices) => runExcel((context) => proposeColumnMap(context, choices)),
    applyColumnMap: (proposal) => runExcel((context) => applyColumnMap(context, proposal)),
  };
}
