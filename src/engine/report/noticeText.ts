// Every Chinese sentence of the 督查通知单 and the 催办单, together so they can be reviewed as one text.
// Structure lives in notices.ts, urgeNotices.ts and noticeGrid.ts.
import { formatChineseDay } from '../calendar/dates';
import type { Cadence, Day, Importance } from '../model';

/** 督通〔2026〕12号: the 公文 form of a document number (GB/T 9704 7.2.4, 六角括号). */
export const documentNumber = (prefix: string, year: number, n: number): string => `${prefix}〔${year}〕${n}号`;

const CADENCE: Readonly<Record<Cadence, string>> = {
  week: '每周',
  month: '每月',
  quarter: '每季度',
};

export const NOTICE_LABELS = {
  id: '事项编号',
  section: '事项分类',
  content: '事项内容',
  requirement: '办理要求',
  standard: '办理标准',
  deadline: '办理时限',
  importance: '督查等级',
  units: '责任单位',
  cooperators: '配合单位',
  leader: '责任领导',
  owner: '责任人',
  supervisor: '督办人',
  phone: '联系电话',
  cadence: '报送要求',
  originalDeadline: '原办理时限',
  overdue: '逾期时间',
  stage: '处理阶段',
  progress: '进展情况',
  effect: '办理效果',
  previous: '此前催办',
  demand: '催办要求',
} as const;

export const NOTICE_TEXT = {
  addressee: (unit: string) => `${unit}：`,
  noticeIntro: '现将下列督查事项交你单位办理。请明确责任领导和具体经办人员，按要求抓好落实，按时报送办理进展，办结后及时书面报送办理结果。',
  /** 2026年6月30日, 延期至2026年7月31日; a standing item's words as the ledger writes them. */
  deadline: (deadline: Day | null, written: string, extendedTo: Day | null): string => {
    const base = deadline === null ? written : formatChineseDay(deadline);
    return extendedTo === null ? base : `${base}，延期至${formatChineseDay(extendedTo)}`;
  },
  /** Seed 002 第八条: the reporting cadence the item's 督查等级 demands. */
  cadence: (importance: Importance, cadence: Cadence) =>
    `${importance}事项，${CADENCE[cadence]}报送一次办理进展；办结后及时报送办理结果。`,
  signedBy: '签发人：',
  seal: '（盖章）',
  /** Issuer and date at the foot of a document. */
  dateLine: (day: Day) => formatChineseDay(day),
  cutLine: '－－－－－－－－－－－－－－－－ ✂ 沿此线剪下 －－－－－－－－－－－－－－－－',
  receiptTitle: '回　执',
  receiptNumber: (number: string) => `通知单编号：${number}`,
  receiptFields: { unit: '签收单位', person: '签收人', time: '签收时间' },
  receiptTimeBlank: '　　　　年　　月　　日　　时',
  receiptNote: (issuer: string) => `请签收后将回执当日交回${issuer}。`,

  urgeIntro: (title: string) => `下列督查事项已逾期未办结，现向你单位发出${title}。`,
  /** 12个工作日（截至2026年11月5日） */
  overdue: (workdays: number, asOf: Day) => `${workdays}个工作日（截至${formatChineseDay(asOf)}）`,
  /** 蓝色催办单（2026年10月12日） */
  previous: (title: string, day: Day, note: string) => `${title}（${formatChineseDay(day)}${note ? `，${note}` : ''}）`,
  noPrevious: '无',
  /** sanmenxia-2019: what a 催办通知 demands of the unit, beside the stage it names. */
  stageDemand: (issuer: string) => `请立即整改，明确办结时限和责任人，并将整改情况书面报送${issuer}。`,
  signer: (signer: string) => `签发：${signer}`,
  copyTo: (copyTo: string) => `抄送：${copyTo}`,
  /** Why an item got no 催办单 this time. */
  waiting: (id: string, unit: string, replyBy: Day) =>
    `${id}（${unit}）：上一份催办单的反馈期至${formatChineseDay(replyBy)}，期满仍未办结再发下一级。`,
  notYet: (id: string, unit: string) => `${id}（${unit}）：刚过办理时限，尚未满1个工作日，暂不催办。`,
  notOverdue: (id: string, unit: string) => `${id}（${unit}）：没有逾期未办结，不发催办单。`,
} as const;

/** The sheet of a month's 通知单, of chosen ones, and of a day's 催办单. */
export const DOCUMENT_SHEETS = {
  noticesOfMonth: (year: number, month: number) => `${year}年${month}月通知单`,
  notices: '督查通知单',
  urges: (day: Day) => `${formatChineseDay(day)}催办单`,
} as const;

/** 登记催办: the 说明 of the 加减分 row a 催办单 is registered as. */
export const registrationNote = (number: string): string => `催办单 ${number}`;

export const REGISTRATION_TEXT = {
  noHeader: (sheet: string) => `「${sheet}」表找不到表头行（日期、单位、类别……），无法追加登记：请先补上表头。`,
  missingColumns: (sheet: string, columns: readonly string[]) =>
    `「${sheet}」表没有${columns.map((c) => `「${c}」`).join('、')}列，无法追加登记：请先在表头加上这些列。`,
} as const;
