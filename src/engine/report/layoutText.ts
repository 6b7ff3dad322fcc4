// The Chinese a user reads on the generated sheets (排名, 通报, the template), kept together so it
// can be reviewed and kept consistent. Structure lives in sheetLayout.ts and templateLayout.ts.
import { formatChineseDay } from '../calendar/dates';
import type { BulletinTotals, Day, PraiseEntry } from '../model';
import { excelRound } from '../rounding';

export const rankingSheetTitle = (year: number, month: number): string => `${year}年${month}月排名`;
export const bulletinSheetTitle = (year: number, month: number): string => `${year}年${month}月通报`;

/** The centre of every generated sheet's page footer; Excel and WPS fill in &P (page) and &N (pages). */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

export const RANKING_HEADERS = {
  rank: '排名',
  unit: '单位',
  category: '类别',
  items: '事项数',
  completed: '已办结',
  onTime: '按期办结',
  late: '逾期办结',
  overdue: '逾期未办结',
  open: '在办',
  completionRate: '办结率',
  coefficient: '功效系数',
  itemScore: '事项得分',
  bonus: '加分',
  deduction: '减分',
  score: '总分',
  change: '较上月',
} as const;

export const OVERDUE_HEADERS = {
  id: '编号',
  content: '事项内容',
  unit: '责任单位',
  deadline: '办理时限',
  overdueWorkdays: '逾期工作日',
  stage: '处理阶段',
} as const;

export const BULLETIN_HEADINGS = {
  overview: '一、总体情况',
  ranking: '二、排名情况',
  praise: '三、表扬',
  criticism: '四、通报批评',
  closing: '五、下步工作要求',
} as const;

export const NO_RANKING = '本月无参与排名的单位。';
export const NO_PRAISE = '本月无。';
export const NO_OVERDUE = '本月无逾期未办结事项。';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99: more ranking groups than any preset has). */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 0.4567 → 45.7% (one decimal, rounded as Excel's ROUND). */
export function percentText(rate: number): string {
  return `${excelRound(rate * 100, 1).toFixed(1)}%`;
}

export function overviewText(totals: BulletinTotals, asOf: Day): string {
  return (
    `截至${formatChineseDay(asOf)}，共交办督查事项${totals.assigned}项，已办结${totals.completed}项` +
    `（其中按期办结${totals.onTime}项、逾期办结${totals.late}项），在办${totals.open}项，` +
    `逾期未办结${totals.overdue}项；办结率${percentText(totals.completionRate)}，` +
    `按期办结率${percentText(totals.onTimeRate)}。`
  );
}

/** （一）县（市、区） */
export const categoryCaption = (index: number, category: string): string => `（${chineseNumber(index + 1)}）${category}`;

export const praiseText = (entry: PraiseEntry): string => `${entry.reason}：${entry.units.join('、')}。`;

export const criticismText = (units: readonly string[]): string =>
  `以下单位存在逾期未办结事项，予以通报批评：${units.join('、')}。逾期未办结事项如下：`;

/** The template's example rows: one plausible line per sheet, consistent with one another. */
export const TEMPLATE_EXAMPLE = {
  itemId: 'DC-001',
  content: '推进城区主干道提升改造工程',
  unit: '市交通运输局',
  unitCategory: '市直单位',
  unitAlias: '交通局',
  status: '办理中',
  requirement: '6月底前完成主体施工',
  standard: '通过竣工验收',
  effect: '群众出行条件明显改善',
  owner: '张三',
  supervisor: '李四',
  adjustmentNote: '市政府督查室通报表扬',
  ruleName: '规则集',
  holidayType: '休',
} as const;

export const LIST_PROMPTS = {
  pickTitle: '请从列表中选择',
  pickOnly: '请从下拉列表中选择。',
  notInList: '该值不在下拉列表中：请确认它是所用规则集的类别或级别。',
  unitError: '单位须与“单位”表中的单位名称或别名一致。',
} as const;
