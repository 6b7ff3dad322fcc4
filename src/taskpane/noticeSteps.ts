// The host-neutral parts of 通知单, 催办单 and the Word 通报 in the task pane: their progress steps
// and the download's file name. The documents themselves come from the engine (report/noticeBatch.ts).
import type { Step } from './actions';

export const NOTICE_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成文书', '写入工作表'];
export const DOCX_STEPS: readonly Step[] = ['读取工作簿', '校验台账', '生成通报'];

/** 2026年10月通报.docx: the sheet's name, which holds no character a file name may not. */
export const downloadFileName = (sheet: string): string => `${sheet}.docx`;
