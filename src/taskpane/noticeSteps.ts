// The host-neutral parts of 通知单, 催办单 and the Word 通报 in the task pane: what generating the
// documents decides between reading and writing (the day they speak of, the items chosen, the
// sheet's name, the 登记催办 offer), their progress steps and the download's file name. The
// documents themselves come from the engine (report/noticeBatch.ts); each host adapter only reads
// the workbook and the selection and writes the sheet (NoticeBook).
import { localDay, ymdOf } from '../engine/calendar/dates';
import { selectedRows } from '../engine/cellAddress';
import type { Day, Period } from '../engine/model';
import { buildBulletin } from '../engine/report/bulletin';
import { bulletinDocx } from '../engine/report/bulletinDocx';
import { noticeBatch } from '../engine/report/noticeBatch';
import { documentSheet, type DocumentSheet } from '../engine/report/noticeGrid';
import type { ItemSelection } from '../engine/report/notices';
import { registrationRows } from '../engine/report/registration';
import { bulletinSheetName } from '../engine/report/sheetLayout';
import type { DocxResult, NoticeRequest, NoticeResult, OnConflict, OnProgress, Step } from './actions';
import { periodFor, stepReporter, type LoadedBook } from './actionSteps';
import { NOTICE_PANE } from './noticeTexts';
import { registrationOffer } from './registrationOffers';
import { chooseTarget, type SheetTarget } from './sheetTarget';

export const NOTICE_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成文书', '写入工作表'];
export const DOCX_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成通报'];

/** The workbook as generating 通知单 and 催办单 reaches it on one host; sync or async as the host is. */
export interface NoticeBook {
  /** The source sheets, read as of `period`. */
  load(period: Period): LoadedBook | Promise<LoadedBook>;
  /** The selection as Office.js addresses it, every area with its sheet: '台账'!A5:C7,'台账'!A9. */
  selection(): string | Promise<string>;
  /** The documents on a new sheet (after deleting the one the user chose to replace). */
  write(target: SheetTarget, sheet: DocumentSheet): void | Promise<void>;
}

/**
 * 生成通知单 / 生成催办单 on any host: a ledger with an 错误 is refused with its problems; the
 * selection must be rows of the 台账; a taken sheet name is asked about before anything is
 * written; after 催办单 whose rule set deducts for them, the 登记催办 rows are offered.
 */
export async function noticesOf(request: NoticeRequest, now: Date, book: NoticeBook, onConflict: OnConflict, onProgress: OnProgress): Promise<NoticeResult> {
  const month = periodFor(request.month);
  // 催办单 speak of today: overdue working days count up to the day they go out.
  const today = localDay(now);
  const asOf: Day = request.kind === '催办' ? today : month.asOf;
  const { year, month: m } = ymdOf(asOf);
  const period: Period = request.kind === '催办' ? { year, month: m, asOf } : month;
  const report = stepReporter(onProgress, NOTICE_STEPS);
  report.step('读取工作簿');
  const loaded = await book.load(period);
  report.step('校验台账');
  const { validation } = loaded;
  const ledger = loaded.result.ledger;
  if (validation.errors > 0 || !ledger) return { kind: 'invalid', validation };

  let selection: ItemSelection | null = null;
  if (request.scope === 'selection') {
    const selected = selectedRows(await book.selection());
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
  await book.write(target, documentSheet(batch.documents));
  report.end();

  const rows = batch.urge ? registrationRows(ledger.rules.documents.urgeCategory, batch.urge, today) : [];
  const registration = registrationOffer(loaded.book, rows);
  return { kind: 'done', sheet: target.name, documents: batch.documents.length, notes, registration };
}

/** 2026年10月通报.docx: the sheet's name, which holds no character a file name may not. */
const downloadFileName = (sheet: string): string => `${sheet}.docx`;

/** The Word 通报 of a book as read, on every host: refused with the problems when the 台账 has an 错误. */
export async function docxOf(loaded: LoadedBook, period: Period, report: ReturnType<typeof stepReporter>, downloadable: boolean): Promise<DocxResult> {
  report.step('校验台账');
  const { validation, result } = loaded;
  if (validation.errors > 0 || !result.ledger) return { kind: 'invalid', validation };
  report.step('生成通报');
  const bytes = await bulletinDocx(buildBulletin(result.ledger, period));
  report.end();
  return { kind: 'done', fileName: downloadFileName(bulletinSheetName(period)), bytes, downloadable };
}
