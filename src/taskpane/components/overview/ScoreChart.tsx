import { DataVizPalette, HorizontalBarChartWithAxis, getColorFromToken } from '@fluentui/react-charts';
import type { BarChartSpec } from '../../../engine/report/chartSpecs';
import { chartValueText } from '../../../engine/report/chartText';
import { ChartFigure } from './ChartFigure';

/** Pixels a bar takes, and the axis and margins around the bars; Fluent labels only bars of 16 px or more. */
const BAR_ROW = 26;
const BAR = 16;
const FRAME = 70;
/** Room right of the longest bar for its score, in a 320 px pane beside seven-character unit names. */
const LABEL_ROOM = 1.45;
/** 排名, a space and 7 characters of the unit: the rest is in the tooltip and the table. */
const LABEL_CHARACTERS = 9;

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
  const height = FRAME + BAR_ROW * spec.bars.length;
  const highest = Math.max(0, ...spec.bars.map((b) => b.value));
  return (
    <ChartFigure spec={spec} height={height}>
      <HorizontalBarChartWithAxis
        data={data}
        chartTitle={spec.title}
        barHeight={BAR}
        hideLegend
        xAxisTitle={spec.valueAxis}
        xMaxValue={highest * LABEL_ROOM}
        // The left margin fits the labels as shown, cut to LABEL_CHARACTERS (the y axis is the
        // units, which need no title beside them in a narrow pane).
        showYAxisLables
        showYAxisLablesTooltip
        noOfCharsToTruncate={LABEL_CHARACTERS}
        culture="zh-CN"
      />
    </ChartFigure>
  );
}
