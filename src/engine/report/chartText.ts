// Every Chinese word the charts carry (titles, axes, the chart data table), wherever they are
// drawn: the task pane's overview, the generated sheets' Excel charts, `duban … --charts` SVGs.
import { excelRound } from '../rounding';
import { percentText } from './layoutText';

/** 1月 … 12月 */
export const monthTick = (month: number): string => `${month}月`;

/** The months a series covers: 2026年1—10月, or 2026年1月 in January. */
const monthsSoFar = (year: number, month: number): string => (month === 1 ? `${year}年1月` : `${year}年1—${month}月`);

export const CHART_TEXT = {
  scoreTitle: (year: number, month: number, category: string) => `${year}年${month}月${category}得分`,
  completionTitle: (year: number, month: number) => `${monthsSoFar(year, month)}各月末办结率`,
  overdueTitle: (year: number, month: number) => `${monthsSoFar(year, month)}各月末逾期未办结事项`,
  unitAxis: '单位',
  scoreAxis: '总分',
  monthAxis: '月份',
  rateAxis: '办结率',
  overdueAxis: '逾期未办结（项）',
  rankColumn: '排名',
  /** A month with nothing assigned has no rate. */
  noValue: '—',
} as const;

/** The chart data table beside the bulletin: plain cells, so Excel makes a chart of it in two clicks. */
export const TREND_TABLE = {
  caption: '图表数据：各月末办结情况（不打印；选中表中任一格，按 Alt+F1 即插入图表）',
  headers: { month: '月份', assigned: '交办事项', completed: '已办结', completionRate: '办结率', overdue: '逾期未办结' },
} as const;

export type ChartValueFormat = 'percent' | 'integer' | 'score';

/** A chart's value as its labels and tables print it: 45.7%, 12, 83.33. */
export function chartValueText(value: number | null, format: ChartValueFormat): string {
  if (value === null) return CHART_TEXT.noValue;
  switch (format) {
    case 'percent':
      return percentText(value);
    case 'integer':
      return String(value);
    case 'score':
      return excelRound(value, 2).toFixed(2);
  }
}
