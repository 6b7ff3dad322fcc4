import { DataVizPalette, HorizontalBarChartWithAxis, getColorFromToken } from '@fluentui/react-charts';
import type { BarChartSpec } from '../../../engine/report/chartSpecs';
import { chartValueText } from '../../../engine/report/chartText';
import { ChartFigure } from './ChartFigure';

/** Points a bar takes, and the axis and margins around the bars. */
const BAR_ROW = 26;
const FRAME = 60;

/** One category's scores, best at the top, each bar labelled with its rank and unit. */
export function ScoreChart({ spec }: { spec: BarChartSpec }) {
  const color = getColorFromToken(DataVizPalette.color1);
  // The chart draws its data bottom-up: the last given is the top bar.
  const data = [...spec.bars].reverse().map((bar) => ({
    x: bar.value,
    y: `${bar.rank} ${bar.label}`,
    legend: spec.valueAxis,
    color,
    barLabel: chartValueText(bar.value, spec.format),
    xAxisCalloutData: bar.label,
    yAxisCalloutData: chartValueText(bar.value, spec.format),
  }));
  return (
    <ChartFigure spec={spec}>
      <HorizontalBarChartWithAxis
        data={data}
        chartTitle={spec.title}
        height={FRAME + BAR_ROW * spec.bars.length}
        barHeight={16}
        hideLegend
        xAxisTitle={spec.valueAxis}
        yAxisTitle={spec.categoryAxis}
        showYAxisLables
        culture="zh-CN"
      />
    </ChartFigure>
  );
}
