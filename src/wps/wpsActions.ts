// The task pane's buttons on WPS 表格 (TaskpaneActions in ../taskpane/actions.ts), around the same
// host-neutral steps as the Office.js adapter (actionSteps.ts, noticeSteps.ts,
// registrationOffers.ts): read the sheets the engine needs (one Value2 read each) and the
// selection, run the engine, write its output sheets. The et object model is synchronous; screen
// updating is off only while writing, never while a dialog waits for the user.
import type { ColumnMapProposal, GenerateResult, OnConflict, OnProgress, RegistrationResult, TaskpaneActions } from '../taskpane/actions';
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
  checkProposalCurrent,
  columnMapProposal,
  loadedBook,
  type LoadedBook,
} from '../taskpane/actionSteps';
import { sourceSheets } from '../taskpane/sourceSheets';
import { DOCX_STEPS, docxOf, noticesOf } from '../taskpane/noticeSteps';
import { registrationWrite } from '../taskpane/registrationOffers';
import { ACTION_TEXT } from '../taskpane/texts';
import type { Period, PresetName, Problem } from '../engine/model';
import type { RegistrationRow } from '../engine/report/registration';
import { columnMapWrites, type ColumnChoice } from '../engine/read/columnMap';
import { readLedger } from '../engine/read/readLedger';
import { findSheet } from '../engine/read/table';
import { TEXT_FORMAT } from '../engine/report/cellFormat';
import type { WpsApplication, WpsWorksheet } from './etModel';
import { MERGE_CALL_BUDGET } from './mergedAreas';
import { readNames, readSelection, readSheets } from './readBook';
import { rangeAt, writeBlock } from './sheetCells';
import { WPS_TEXT } from './texts';
import { writeBulletinSheet } from './writeBulletin';
import { writeDocumentSheet } from './writeForms';
import { writeRankingSheet } from './writeRanking';
import { writeTemplateSheet } from './writeTemplate';

export interface WpsActionOptions {
  /** The template's example rows are dated in this date's year. */
  today?: () => Date;
  /** Calls the search for a sheet's merged areas may make (MERGE_CALL_BUDGET); tests lower it. */
  mergeCallBudget?: number;
}

/**
 * The synchronous work of an action as the promise the pane awaits: what it throws becomes the
 * promise's rejection, as an async function's would.
 */
const settled = <T>(work: () => T | Promise<T>): Promise<T> => new Promise<T>((resolve) => resolve(work()));

/** Runs the writes with the screen still, restoring it even when a write fails. */
function writing<T>(app: WpsApplication, work: () => T): T {
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return work();
  } finally {
    app.ScreenUpdating = updating;
  }
}

/** A new sheet after the last one; it becomes the active sheet, which the writers rely on. */
function addSheet(app: WpsApplication, name: string): WpsWorksheet {
  const sheets = app.ActiveWorkbook.Worksheets;
  const sheet = sheets.Add(null, sheets.Item(sheets.Count));
  sheet.Name = name;
  return sheet;
}

/** Deletes a sheet the user chose to replace, without WPS asking again. */
function deleteSheet(app: WpsApplication, name: string): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    app.ActiveWorkbook.Worksheets.Item(name).Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

function sheetNamed(app: WpsApplication, name: string): WpsWorksheet {
  let sheet: WpsWorksheet | undefined;
  try {
    sheet = app.ActiveWorkbook.Worksheets.Item(name);
  } catch {
    sheet = undefined;
  }
  // Deleted or renamed since validation listed the problem.
  if (!sheet) throw new Error(ACTION_TEXT.sheetMissing(name));
  return sheet;
}

/** The source sheets with their merged areas; a 台账 with too many to find is read as unmerged, and one 警告 says so. */
function loadLedger(app: WpsApplication, period: Period, preset: PresetName | undefined, mergeCallBudget: number): LoadedBook {
  const names = readNames(app);
  const sources = sourceSheets(names.sheets);
  const book = readSheets(app, names, sources, mergeCallBudget);
  const result = readLedger(book, { reportYear: period.year, asOf: period.asOf, preset });
  const ledger = result.ledgerSheet;
  const unmerged = ledger !== null && book.sheets.find((s) => s.name === ledger)?.merged === undefined;
  const notes: Problem[] = unmerged ? [{ sheet: ledger, cell: '', severity: '警告', message: WPS_TEXT.mergedAreasTooMany(ledger) }] : [];
  return loadedBook(names, sources, book, result, notes);
}

/** The 列对应 plan for these choices on the 规则 sheet as it is now. */
function proposeColumnMap(app: WpsApplication, choices: readonly ColumnChoice[]): ColumnMapProposal {
  const names = readNames(app);
  return columnMapProposal(findSheet(readSheets(app, names, sourceSheets(names.sheets, ['rules'])), 'rules'), choices);
}

/** Writes a confirmed 列对应 proposal, every string as Text, when the 规则 sheet still gives the same plan. */
function applyColumnMap(app: WpsApplication, proposal: ColumnMapProposal): void {
  checkProposalCurrent(proposal, proposeColumnMap(app, proposal.choices));
  if (proposal.plan.writes.length === 0) return;
  writing(app, () => {
    const sheet = proposal.plan.createSheet ? addSheet(app, proposal.sheet) : app.ActiveWorkbook.Worksheets.Item(proposal.sheet);
    for (const { row, column, values } of columnMapWrites(proposal.plan)) {
      const range = rangeAt(sheet, row, column, 1, values.length);
      // Format first: WPS reads a string written to a General cell as if typed.
      range.NumberFormat = TEXT_FORMAT;
      range.Value2 = [values];
    }
  });
}

/** 登记 on the user's confirmation: the rows below the last value of 加减分 as it is now (a new sheet when there is none). */
function appendAdjustments(app: WpsApplication, rows: readonly RegistrationRow[]): RegistrationResult {
  const names = readNames(app);
  const { plan, cells, result } = registrationWrite(readSheets(app, names, sourceSheets(names.sheets, ['adjustments'])), rows);
  writing(app, () => {
    const sheet = plan.create ? addSheet(app, plan.sheet) : app.ActiveWorkbook.Worksheets.Item(plan.sheet);
    writeBlock(sheet, plan.startRow, 0, cells);
  });
  return result;
}

export function createWpsActions(app: WpsApplication, options: WpsActionOptions = {}): TaskpaneActions {
  const today = options.today ?? (() => new Date());
  const mergeCallBudget = options.mergeCallBudget ?? MERGE_CALL_BUDGET;

  async function generate(month: string, preset: PresetName, onConflict: OnConflict, onProgress: OnProgress, withBulletin: boolean): Promise<GenerateResult> {
    const period = periodFor(month);
    const report = stepReporter(onProgress, generationSteps(withBulletin));
    report.step('读取工作簿');
    const plan = await planGeneration(loadLedger(app, period, preset, mergeCallBudget), period, withBulletin, onConflict, report);
    if (!('targets' in plan)) return plan;
    const { ledger, outputs, targets, tableName } = plan;
    const [ranking, bulletin] = targets;
    writing(app, () => {
      for (const target of targets) if (target.replaces) deleteSheet(app, target.replaces);
      writeRankingSheet(app, addSheet(app, ranking.name), outputs.scores, ledger.rules.method, tableName);
      if (outputs.bulletin && bulletin) writeBulletinSheet(app, addSheet(app, bulletin.name), outputs.bulletin);
    });
    return generated(plan, report);
  }

  return {
    presets: () =>
      settled(() => {
        const names = readNames(app);
        return presetInfo(readSheets(app, names, sourceSheets(names.sheets, ['rules'])));
      }),

    validate: (month, onProgress) =>
      settled(() => {
        const period = periodFor(month);
        const report = stepReporter(onProgress, VALIDATE_STEPS);
        report.step('读取工作簿');
        const loaded = loadLedger(app, period, undefined, mergeCallBudget);
        report.step('校验台账');
        report.end();
        return loaded.validation;
      }),

    // A bad request rejects, as in the Office.js adapter.
    overview: (request, onProgress) =>
      settled(() => {
        const period = overviewPeriodFor(request);
        const report = stepReporter(onProgress, OVERVIEW_STEPS);
        report.step('读取工作簿');
        return overviewResult(loadLedger(app, period, request.preset, mergeCallBudget), period, report);
      }),

    generateRanking: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, false),
    generateBulletin: (month, preset, onConflict, onProgress) => generate(month, preset, onConflict, onProgress, true),

    createTemplate: (onProgress) =>
      settled(() => {
        const report = stepReporter(onProgress, TEMPLATE_STEPS);
        report.step('新建模板');
        const layout = templateBeside(today().getFullYear(), readNames(app).sheets);
        writing(app, () => {
          for (const sheet of layout.sheets) writeTemplateSheet(app, addSheet(app, sheet.name), layout, sheet);
          sheetNamed(app, layout.sheets[0].name).Activate();
        });
        report.end();
        return { sheets: layout.sheets.map((s) => s.name) };
      }),

    goTo: (name, cell) =>
      settled(() => {
        const sheet = sheetNamed(app, name);
        sheet.Activate();
        sheet.Range(cell || 'A1').Select();
      }),

    planColumnMap: (choices) => settled(() => proposeColumnMap(app, choices)),
    applyColumnMap: (proposal) => settled(() => applyColumnMap(app, proposal)),

    generateNotices: (request, onConflict, onProgress) =>
      noticesOf(
        request,
        today(),
        {
          load: (period) => loadLedger(app, period, request.preset, mergeCallBudget),
          selection: () => readSelection(app),
          write: (target, sheet) =>
            writing(app, () => {
              if (target.replaces) deleteSheet(app, target.replaces);
              writeDocumentSheet(app, addSheet(app, target.name), sheet);
            }),
        },
        onConflict,
        onProgress,
      ),
    appendAdjustments: (rows) => settled(() => appendAdjustments(app, rows)),

    bulletinDocx: (month, preset, onProgress) =>
      settled(() => {
        const period = periodFor(month);
        const report = stepReporter(onProgress, DOCX_STEPS);
        report.step('读取工作簿');
        // WPS's pane is a Chromium web view, which downloads; docs/wps.md asks the first office to confirm.
        return docxOf(loadLedger(app, period, preset, mergeCallBudget), period, report, true);
      }),
  };
}
