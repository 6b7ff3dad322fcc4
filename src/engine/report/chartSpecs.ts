// The charts DUBAN draws, as data: what each one shows, with its Chinese title and axes, in the
// order it shows them. The task pane's overview (Fluent UI charts), the generated sheets (Excel
// charts) and `duban … --charts` (SVG files) all draw these, so no number differs between them.
import type { MonthEndPoint, Period, UnitScore } from '../model';
import { categoryBlocks } from './bulletin';
import { CHART_TEXT, monthTick, type ChartValueFormat } from './chartText';

type MonthOf = Pick<Period, 'year' | 'month'>;

export interface Bar {
  label: string;
  rank: number;
  value: number;
}

/** One unit category's scores, best first, as horizontal bars. */
export interface BarChartSpec {
  kind: 'bar';
  title: string;
  /** The unit category the chart ranks. */
  category: string;
  categoryAxis: string;
  valueAxis: string;
  format: ChartValueFormat;
  bars: readonly Bar[];
  /** Where the first bar's unit is among the ranking rows the chart was made from (the ranking sheet's body). */
  first: number;
}

export interface Point {
  label: string;
  /** null: no value that month (nothing assigned yet); a line leaves a gap. */
  value: number | null;
}

/** A series over the months of the year so far. */
export interface LineChartSpec {
  kind: 'line';
  title: string;
  categoryAxis: string;
  valueAxis: string;
  format: ChartValueFormat;
  points: readonly Point[];
  /** The value axis runs from 0 to this (1: a rate up to 100%), or to fit the data when null. */
  max: number | null;
  /** 'alert' for what should go down (逾期未办结): drawn in the colour of a warning. */
  tone: 'neutral' | 'alert';
}

export type ChartSpec = BarChartSpec | LineChartSpec;

/** A bar chart per category block of the ranking rows (ordered as rankMonth orders them). */
export function scoreCharts(period: MonthOf, scores: readonly UnitScore[]): BarChartSpec[] {
  let first = 0;
  return categoryBlocks(scores).map(({ category, rows }) => {
    const spec: BarChartSpec = {
      kind: 'bar',
      title: CHART_TEXT.scoreTitle(period.year, period.month, category),
      category,
      categoryAxis: CHART_TEXT.unitAxis,
      valueAxis: CHART_TEXT.scoreAxis,
      format: 'score',
      bars: rows.map((r) => ({ label: r.unit, rank: r.rank, value: r.score })),
      first,
    };
    first += rows.length;
    return spec;
  });
}

/** The month-end completion rate, 0–100%: the bulletin's chart. */
export function completionChart(period: MonthOf, trend: readonly MonthEndPoint[]): LineChartSpec {
  return {
    kind: 'line',
    title: CHART_TEXT.completionTitle(period.year, period.month),
    categoryAxis: CHART_TEXT.monthAxis,
    valueAxis: CHART_TEXT.rateAxis,
    format: 'percent',
    points: trend.map((p) => ({ label: monthTick(p.month), value: p.completionRate })),
    max: 1,
    tone: 'neutral',
  };
}

/** The month-end count of 逾期未办结 items. */
export function overdueChart(period: MonthOf, trend: readonly MonthEndPoint[]): LineChartSpec {
  return {
    kind: 'line',
    title: CHART_TEXT.overdueTitle(period.year, period.month),
    categoryAxis: CHART_TEXT.monthAxis,
    valueAxis: CHART_TEXT.overdueAxis,
    format: 'integer',
    points: trend.map((p) => ({ label: monthTick(p.month), value: p.overdue })),
    max: null,
    tone: 'alert',
  };
}
