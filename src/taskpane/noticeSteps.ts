// The host-neutral parts of 通知单, 催办单 and the Word 通报 in the task pane: their progress steps
// and the download's file name. The documents themselves come from the engine (report/noticeBatch.ts).
import type { Period } from '../engine/model';
import { buildBulletin } from '../engine/report/bulletin';
import { bulletinDocx } from '../engine/report/bulletinDocx';
import { bulletinSheetName } from '../engine/report/sheetLayout';
import type { DocxResult, Step } from './actions';
import type { LoadedBook, stepReporter } from './actionSteps';

export const NOTICE_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成文书', '写入工作表'];
export const DOCX_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成通报'];

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
