/// <reference types="office-js" />
// 通知单, 催办单, appending to 加减分 (登记) and the Word 通报 on Office.js (TaskpaneActions in ../actions.ts). The
// engine decides what each document says (report/noticeBatch.ts, registration.ts, bulletinDocx.ts)
// and ../noticeSteps.ts, ../registrationOffers.ts what every host does around it; this reads the
// selection and the sheets, and writes.
import type { Period, PresetName } from '../../engine/model';
import type { RegistrationRow } from '../../engine/report/registration';
import type { DocxResult, NoticeRequest, NoticeResult, OnConflict, OnProgress, RegistrationResult, TaskpaneActions } from '../actions';
import { periodFor, stepReporter, type LoadedBook } from '../actionSteps';
import { DOCX_STEPS, docxOf, noticesOf } from '../noticeSteps';
import { registrationWrite } from '../registrationOffers';
import type { SheetTarget } from '../sheetTarget';
import { sourceSheets } from '../sourceSheets';
import { isDownloadBlocked, runExcel, type Context } from './host';
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

/** The selected areas' address, each with its sheet ('台账'!A5:C7,'台账'!A9). One sync. */
async function readSelection(context: Context): Promise<string> {
  const areas = context.workbook.getSelectedRanges().load('address');
  await context.sync();
  return areas.address;
}

type NoticeActions = Pick<TaskpaneActions, 'generateNotices' | 'appendAdjustments' | 'bulletinDocx'>;

export function noticeActions(host: NoticeHost): NoticeActions {
  function generateNotices(request: NoticeRequest, onConflict: OnConflict, onProgress: OnProgress): Promise<NoticeResult> {
    const now = host.today();
    return runExcel((context) =>
      noticesOf(
        request,
        now,
        {
          load: (period) => host.load(context, period, request.preset),
          selection: () => readSelection(context),
          write: (target, sheet) => host.write(context, [{ target, write: (batch, worksheet) => writeDocumentSheet(batch, worksheet, sheet) }]),
        },
        onConflict,
        onProgress,
      ),
    );
  }

  async function appendAdjustments(rows: readonly RegistrationRow[]): Promise<RegistrationResult> {
    return runExcel(async (context) => {
      const names = await readNames(context);
      const { plan, cells, result } = registrationWrite(await readSheets(context, names, sourceSheets(names.sheets, ['adjustments'])), rows);
      const batch = new WriteBatch(context, host.requestBudget());
      const sheet = plan.create ? context.workbook.worksheets.add(plan.sheet) : context.workbook.worksheets.getItem(plan.sheet);
      await writeCells(batch, sheet, plan.startRow, 0, cells);
      await context.sync();
      return result;
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
