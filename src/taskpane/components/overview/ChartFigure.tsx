import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { ResponsiveContainer } from '@fluentui/react-charts';
import { CHART_TEXT, chartValueText } from '../../../engine/report/chartText';
import type { ChartSpec } from '../../../engine/report/chartSpecs';
import { OVERVIEW } from '../../texts';

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  // The chart sizes itself from this box: never wider than the pane.
  chart: { width: '100%', overflow: 'hidden' },
  // Read by screen readers, not shown: the chart's numbers as a table. On a box around the table,
  // so that its caption, which a table lays out beside its own box, is clipped too.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** The chart's rows as a screen reader reads them; `rowHeader` is the column naming each row (月份, 单位). */
function tableOf(spec: ChartSpec): { headers: string[]; rows: string[][]; rowHeader: number } {
  if (spec.kind === 'line') {
    return { headers: [spec.categoryAxis, spec.valueAxis], rows: spec.points.map((p) => [p.label, chartValueText(p.value, spec.format)]), rowHeader: 0 };
  }
  return {
    headers: [CHART_TEXT.rankColumn, spec.categoryAxis, spec.valueAxis],
    rows: spec.bars.map((b) => [String(b.rank), b.label, chartValueText(b.value, spec.format)]),
    rowHeader: 1,
  };
}

export interface ChartFigureProps {
  spec: ChartSpec;
  /** Pixels. */
  height: number;
  /** The chart, which takes the width of the pane and this height, and follows the pane's width. */
  children: ReactElement;
}

/** A chart under its title, with its numbers as a table for screen readers. */
export function ChartFigure({ spec, height, children }: ChartFigureProps) {
  const styles = useStyles();
  const { headers, rows, rowHeader } = tableOf(spec);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{spec.title}</figcaption>
      <div className={styles.chart}>
        {/* Redraws the chart when the pane is resized; its size goes through element.style (CSSOM), which the page's CSP allows. */}
        <ResponsiveContainer height={height}>{children}</ResponsiveContainer>
      </div>
      <div className={styles.hidden}>
        <table>
          <caption>{OVERVIEW.dataTable(spec.title)}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((cell, c) =>
                  c === rowHeader ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
