import { DataVizPalette, LineChart, getColorFromToken } from '@fluentui/react-charts';
import type { LineChartSpec } from '../../../engine/report/chartSpecs';
import { chartValueText } from '../../../engine/report/chartText';
import { ChartFigure } from './ChartFigure';

const HEIGHT = 180;

export interface TrendChartProps {
  spec: LineChartSpec;
  year: number;
}

/**
 * A month-end series as a line. Fluent's line chart takes dates or numbers on its x axis and labels
 * only dates as one asks, so each month is its first day, labelled 1月 … 12月.
 */
export function TrendChart({ spec, year }: TrendChartProps) {
  const months = spec.points.map((_, i) => new Date(Date.UTC(year, i, 1)));
  const percent = spec.format === 'percent';
  const data = spec.points.flatMap((p, i) =>
    p.value === null ? [] : [{ x: months[i], y: percent ? p.value * 100 : p.value, xAxisCalloutData: p.label, yAxisCalloutData: chartValueText(p.value, spec.format) }],
  );
  return (
    <ChartFigure spec={spec} height={HEIGHT}>
      <LineChart
        data={{ chartTitle: spec.title, lineChartData: [{ legend: spec.valueAxis, data, color: getColorFromToken(spec.tone === 'alert' ? DataVizPalette.error : DataVizPalette.color1) }] }}
        hideLegend
        xAxisTitle={spec.categoryAxis}
        yAxisTitle={spec.valueAxis}
        tickValues={months}
        customDateTimeFormatter={(date: Date) => `${date.getUTCMonth() + 1}月`}
        useUTC
        yMinValue={0}
        yMaxValue={spec.max === null ? undefined : percent ? spec.max * 100 : spec.max}
        yAxisTickFormat={percent ? (v: number) => `${v}%` : undefined}
        culture="zh-CN"
      />
    </ChartFigure>
  );
}
