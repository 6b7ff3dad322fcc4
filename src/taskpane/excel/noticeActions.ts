/// <reference types="office-js" />
// 通知单, 催办单, appending to 加减分 (登记) and the Word 通报 on Office.js (TaskpaneActions in ../actions.ts). The
// engine decides what each document says (report/noticeBatch.ts, registration.ts, bulletinDocx.ts);
// this reads the selection and the sheets, and writes.
import { localDay, ymdOf } from '../../engine/calendar/dates';
import { selectedRows } from '../../engine/cellAddress';
import type { Day, Period, PresetName } from '../../engine/model';
import { noticeBatch } from '../../engine/report/noticeBatch';
import { documentSheet } from '../../engine/report/noticeGrid';
import type { ItemSelection } from '../../engine/report/notices';
import { appendPlan, registrationRows, type RegistrationRow } from '../../engine/report/registration';
import type { DocxResult, NoticeRequest, NoticeResult, OnConflict, OnProgress, RegistrationResult, TaskpaneActions } from '../actions';
import { periodFor, stepReporter, type LoadedBook } from '../actionSteps';
import { DOCX_STEPS, NOTICE_STEPS, docxOf } from '../noticeSteps';
import { NOTICE_PANE } from '../noticeTexts';
import { registrationOffer } from '../registrationOffers';
import { chooseTarget, type SheetTarget } from '../sheetTarget';
import { sourceSheets } from '../sourceSheets';
import { isDownloadBlocked, runExcel, type Context } from './host';
import { typedInputFormat } from '../../engine/report/hostCells';
import { writeCells } from './cells';
import { WriteBatch } from './payload';
import { readNames, readSheets } from './readBook';
import { writeDocumentSheet } from './writeForms';

/** The parts of excelActions.ts these actions share, handed over so this module needs nothing from it. */
export interface NoticeHost {
  load(context: Context, period: Period, preset: PresetName | undefined): Promise<LoadedBook>;
  write(context: Context, outputs: readonly { target: SheetTarget; write: (batch: WriteBatch, sheet: Excel.Worksheet) => Promise<void> }[]): Promise<void>;
  requestBudget(): number;
  today(): Date;
}

/** The sheet the selection is on, and its rows; null when nothing usable is selected. One sync. */
async function readSelection(context: Context): Promise<{ sheet: string; rows: number[] } | null> {
  const areas = context.workbook.getSelectedRanges().load('address');
  await context.sync();
  return selectedRows(areas.address);
}

type NoticeActions = Pick<TaskpaneActions, 'generateNotices' | 'appendAdjustments' | 'bulletinDocx'>;

export function noticeActions(host: NoticeHost): NoticeActions {
  async function generateNotices(request: NoticeRequest, onConflict: OnConflict, onProgress: OnProgress): Promise<NoticeResult> {
    const month = periodFor(request.month);
    // 催办单 speak of today: overdue working days count up to the day they go out.
    const today = localDay(host.today());
    const asOf: Day = request.kind === '催办' ? today : month.asOf;
    const { year, month: m } = ymdOf(asOf);
    const period: Period = request.kind === '催办' ? { year, month: m, asOf } : month;
    const report = stepReporter(onProgress, NOTICE_STEPS);
    return runExcel(async (context): Promise<NoticeResult> => {
      report.step('读取工作簿');
      const loaded = await host.load(context, period, request.preset);
      report.step('校验台账');
      const { validation } = loaded;
      const ledger = loaded.result.ledger;
      if (validation.errors > 0 || !ledger) return { kind: 'invalid', validation };

      let selection: ItemSelection | null = null;
      if (request.scope === 'selection') {
        const selected = await readSelection(context);
        const ledgerSheet = loaded.result.ledgerSheet;
        if (!selected || selected.sheet !== ledgerSheet) return { kind: 'empty', message: NOTICE_PANE.selectLedgerRows(ledgerSheet ?? ''), notes: [] };
        selection = { kind: 'rows', rows: selected.rows };
      } else if (request.kind === '通知') selection = { kind: 'month', year: month.year, month: month.month };

      report.step('生成文书');
      const batch = noticeBatch(ledger, request.kind, selection, asOf);
      const notes = [...batch.skipped, ...(batch.missing.length > 0 ? [NOTICE_PANE.notItems(batch.missing.length)] : [])];
      if (batch.documents.length === 0) {
        return { kind: 'empty', message: request.kind === '通知' ? NOTICE_PANE.noNotices : NOTICE_PANE.noUrges, notes };
      }
      const target = await chooseTarget(batch.sheet, loaded.names.sheets, loaded.sources, onConflict);
      if (!target) return { kind: 'cancelled' };

      report.step('写入工作表');
      const sheet = documentSheet(batch.documents);
      await host.write(context, [{ target, write: (b, worksheet) => writeDocumentSheet(b, worksheet, sheet) }]);
      report.end();

      const rows = batch.urge ? registrationRows(ledger.rules.documents.urgeCategory, batch.urge, today) : [];
      const registration = registrationOffer(loaded.book, rows);
      return { kind: 'done', sheet: target.name, documents: batch.documents.length, notes, registration };
    });
  }

  async function appendAdjustments(rows: readonly RegistrationRow[]): Promise<RegistrationResult> {
    return runExcel(async (context) => {
      // Read again: the sheet may have changed since the rows were offered, and they go below what is there now.
      const names = await readNames(context);
      const plan = appendPlan(await readSheets(context, names, sourceSheets(names.sheets, ['adjustments'])), rows);
      if ('error' in plan) throw new Error(plan.error);
      const batch = new WriteBatch(context, host.requestBudget());
      const sheet = plan.create ? context.workbook.worksheets.add(plan.sheet) : context.workbook.worksheets.getItem(plan.sheet);
      await writeCells(batch, sheet, plan.startRow, 0, {
        values: plan.values,
        formats: plan.values.map((line, r) => line.map((value, c) => (value === null ? null : typedInputFormat(value, plan.formats[r][c] ?? 'text')))),
      });
      await context.sync();
      const first = plan.startRow + (plan.create ? 2 : 1);
      return { sheet: plan.sheet, firstRow: first, lastRow: first + rows.length - 1 };
    });
  }

  async function docx(monthText: string, preset: PresetName, onProgress: OnProgress): Promise<DocxResult> {
    const period = periodFor(monthText);
    const report = stepReporter(onProgress, DOCX_STEPS);
    const loaded = await runExcel(async (context) => {
      report.step('读取工作簿');
      return host.load(context, period, preset);
    });
    return docxOf(loaded, period, report, !isDownloadBlocked());
  }

  return { generateNotices, appendAdjustments, bulletinDocx: docx };
}
