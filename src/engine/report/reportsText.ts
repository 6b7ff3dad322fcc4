// Every Chinese sentence about progress reports (应报未报), 通报批评 counts and suggested 加减分 that
// DUBAN writes, together so they can be reviewed as one text.
import { formatChineseDay, ymdOf } from '../calendar/dates';
import type { Cadence, Day, Importance, ReportsSummary, UnitCriticism } from '../model';
import { chineseNumber } from './layoutText';

const CADENCE_WORD: Readonly<Record<Cadence, string>> = { week: '每周', month: '每月', quarter: '每季度' };

/** 2026年9月28日—10月4日 (a week), 2026年10月, 2026年第三季度. */
export function periodLabel(cadence: Cadence, start: Day, end: Day): string {
  const s = ymdOf(start);
  if (cadence === 'month') return `${s.year}年${s.month}月`;
  if (cadence === 'quarter') return `${s.year}年第${chineseNumber(Math.floor((s.month - 1) / 3) + 1)}季度`;
  const e = ymdOf(end);
  return `${formatChineseDay(start)}—${e.year === s.year ? '' : `${e.year}年`}${e.month}月${e.day}日`;
}

export const MISSED_HEADERS = {
  id: '编号',
  content: '事项内容',
  unit: '责任单位',
  period: '应报期间',
  due: '报送截止',
} as const;

export const CRITICISM_HEADERS = {
  unit: '单位',
  count: '本年通报批评',
  consequence: '处理',
} as const;

/** The 报送情况 paragraph of 总体情况. */
export function reportsParagraph(r: ReportsSummary, asOf: Day): string {
  const named = r.worst.map((w) => `${w.unit}（${w.missing}次）`).join('、');
  const tied = r.worstTied ? `${named ? '及其他' : ''}${r.worstTied.units}个单位（各${r.worstTied.missing}次）` : '';
  const worst = named + tied;
  return (
    `报送情况：截至${formatChineseDay(asOf)}，本年应报送进展情况${r.due}次，未按时报送${r.missing}次` +
    `（本月应报${r.dueThisMonth}次，未报${r.missingThisMonth}次）` +
    (worst ? `；未报次数较多的单位：${worst}。` : '，各单位均已按时报送。')
  );
}

export const missedReportsIntro = (count: number): string => `本月应报未报进展情况${count}次，明细如下：`;
export const NO_MISSED_REPORTS = '本月无应报未报。';

export const criticismCountsIntro = '本年受到通报批评的单位及处理：';

/** 三、表扬: the units whose 通报批评 of the year took them out of 年中/年终 praise. */
export const praiseBarredText = (units: readonly { unit: string; count: number }[]): string =>
  `${units.map((u) => `${u.unit}（本年通报批评${u.count}次）`).join('、')}取消本年度评先树优资格，不列入年中、年终考核表扬。`;

/** The 说明 of a suggested 加减分 row for one 应报未报. */
export const missedReportNote = (importance: Importance, cadence: Cadence, start: Day, end: Day): string =>
  `应报未报：${periodLabel(cadence, start, end)}进展情况（${importance}事项${CADENCE_WORD[cadence]}报送）`;

/** A unit's line in the 通报批评 table. */
export const criticismRow = (c: UnitCriticism): [string, number, string] => [c.unit, c.count, c.consequence || '—'];

/** The sheet `duban reports --out` writes the suggested 加减分 on, and its column beyond 加减分's. */
export const SUGGESTIONS_SHEET = '建议加减分';
export const SUGGESTED_POINTS_HEADER = '参考分值';

/** What `duban reports` says above its list. */
export const reportsSummaryLine = (asOf: Day, due: number, missing: number, suggested: number): string =>
  `截至${formatChineseDay(asOf)}，本年应报送进展情况${due}次，未按时报送${missing}次；` +
  (suggested > 0
    ? `建议登记加减分${suggested}条（已在「加减分」表登记的不再列出；确认后追加到「加减分」表才计分）：`
    : '没有需要登记的加减分。');

export const NO_REPORT_SHEET =
  '工作簿没有「报送」工作表（也可命名为「进展报送」「报送记录」「反馈记录」）：无法核对应报未报。请新建该表，列出 日期 | 编号 | 单位 | 内容。';
