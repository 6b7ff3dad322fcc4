// The Chinese of the pane's 通知单, 催办单, 登记 (催办, suggested 加减分) and Word 通报 controls, kept together as texts.ts
// keeps the rest. What the documents say comes from the engine (report/noticeText.ts).
import type { RegistrationRow } from '../engine/report/registration';
import { formatDay } from '../engine/calendar/dates';

/** What an offer to append to 加减分 says: its title, the sentence above the rows, a refusal. */
export interface OfferTexts {
  title: string;
  lead: (sheet: string, count: number) => string;
  error: (message: string) => string;
}

/** 登记 of either kind: the rows' table, the buttons, what became of it. */
export const REGISTRATION_PANE = {
  rows: '将要登记的行',
  columns: ['日期', '单位', '类别', '级别', '关联事项', '说明'] as const,
  cells: (row: RegistrationRow) => [formatDay(row.date), row.unit, row.category, row.level ?? '', row.relatedItem, row.note],
  register: '登记到加减分',
  skip: '不登记',
  registered: (sheet: string, first: number, last: number) => `已登记到「${sheet}」第 ${first}–${last} 行。`,
  skipped: '没有登记：加减分表未改动。',
};

/** The suggested 加减分 for 应报未报, offered after 生成通报. */
export const SUGGESTION_OFFER: OfferTexts = {
  title: '应报未报：建议登记的加减分',
  lead: (sheet: string, count: number) =>
    `「报送」表显示本年截至本月有 ${count} 次应报未报尚未登记。建议在「${sheet}」表末尾追加以下 ${count} 行（分值按规则集计），原有各行不作任何改动；` +
    '登记后重新生成排名和通报才计入：',
  error: (message: string) => `不能登记建议加减分：${message}`,
};

export const NOTICE_PANE = {
  heading: '通知单与催办单',
  scope: '通知单范围',
  scopeSelection: '台账中选中的行',
  scopeMonth: '所选月份交办的全部事项',
  scopeHint: '催办单：今天逾期未办结的事项（选「台账中选中的行」时只看选中的行）。',
  notices: '生成通知单',
  urges: '生成催办单',
  selectLedgerRows: (sheet: string) => `请先在「${sheet || '台账'}」表中选中要发通知单或催办单的事项行（可按住 Ctrl 多选），再点按钮。`,
  notItems: (rows: number) => `选中的 ${rows} 行不是事项行（表头、分类、空行或已销号），已跳过。`,
  noNotices: '所选范围内没有交办事项，没有生成通知单。',
  noUrges: '没有需要发催办单的逾期未办结事项，没有生成催办单。',
  doneTitle: '已生成',
  done: (sheet: string, count: number) => `「${sheet}」共 ${count} 份，每份一页（A4 纵向），可直接打印。`,
  notesTitle: '未生成的事项',
  emptyTitle: '没有生成',
  cancelled: '已取消，没有生成或改动任何工作表。',
  invalidTitle: '台账有错误，没有生成',
  invalid: (errors: number) => `台账有 ${errors} 条错误。请先点「校验台账」查看并改正，再生成。`,
  goTo: (sheet: string) => `转到「${sheet}」`,

  /** 登记催办, after 催办单. */
  urgeOffer: {
    title: '登记催办',
    lead: (sheet: string, count: number) =>
      `把这 ${count} 份催办单登记到「${sheet}」表，下次排名即按催办减分。将在表末追加以下 ${count} 行，原有各行不作任何改动：`,
    error: (message: string) => `不能登记催办：${message}`,
  } satisfies OfferTexts,

  docx: '下载 Word 版通报',
  docxHint: '按《党政机关公文格式》（GB/T 9704）排版的 .docx',
  downloaded: (name: string) => `已下载「${name}」。`,
  noDownload: (month: string) =>
    `这个版本的 Excel（Mac 版、iPad 版）不能从任务窗格下载文件。请在电脑上用命令行生成：duban bulletin 台账.xlsx --month ${month} --docx 通报.docx`,
};
