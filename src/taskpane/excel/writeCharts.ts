/// <reference types="office-js" />
// The engine's charts (chartSpecs.ts) as Excel charts on a generated sheet, over cells the sheet
// already holds. Queued in the sheet's write batch like every other call: no sync of their own.
import type { BarChartSpec, LineChartSpec } from '../../engine/report/chartSpecs';

/** Calls one chart queues, at most: add, its series' labels, titles, axes, legend, labels, place. */
export const CHART_CALLS = 14;

/** Where a chart's series comes from: one column of values and the column of their labels. */
export interface ChartSource {
  labels: string;
  values: string;
}

/** Points, as Excel places a floating chart. */
export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

function addChart(sheet: Excel.Worksheet, type: 'Line' | 'BarClustered', spec: LineChartSpec | BarChartSpec, source: ChartSource): Excel.Chart {
  const chart = sheet.charts.add(type, sheet.getRange(source.values), 'Columns');
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(sheet.getRange(source.labels));
  series.name = spec.valueAxis;
  chart.title.text = spec.title;
  chart.axes.categoryAxis.title.text = spec.categoryAxis;
  chart.axes.valueAxis.title.text = spec.valueAxis;
  // One series: its name is the value axis's title already.
  chart.legend.visible = false;
  return chart;
}

/** The month-end series: a line over the months, its value axis from 0 (to 100% for a rate). */
export function addLineChart(sheet: Excel.Worksheet, spec: LineChartSpec, source: ChartSource, from: string, to: string): void {
  const chart = addChart(sheet, 'Line', spec, source);
  chart.axes.valueAxis.minimum = 0;
  if (spec.max !== null) chart.axes.valueAxis.maximum = spec.max;
  chart.dataLabels.showValue = true;
  chart.setPosition(from, to);
}

/** One category's scores as horizontal bars, rank 1 at the top, each bar labelled with its score. */
export function addBarChart(sheet: Excel.Worksheet, spec: BarChartSpec, source: ChartSource, box: ChartBox): void {
  const chart = addChart(sheet, 'BarClustered', spec, source);
  // A bar chart draws its first category at the bottom; the table's first row is rank 1.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.dataLabels.showValue = true;
  chart.left = box.left;
  chart.top = box.top;
  chart.width = box.width;
  chart.height = box.height;
}
