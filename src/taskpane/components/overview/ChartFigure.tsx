import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { CHART_TEXT, chartValueText } from '../../../engine/report/chartText';
import type { ChartSpec } from '../../../engine/report/chartSpecs';
import { OVERVIEW } from '../../texts';

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  // The chart sizes itself from this box: never wider than the pane.
  chart: { width: '100%', overflow: 'hidden' },
  // Read by screen readers, not shown: the chart's numbers as a table.
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
  /** The drawn chart. */
  children: ReactNode;
}

/** A chart under its title, with its numbers as a table for screen readers. */
export function ChartFigure({ spec, children }: ChartFigureProps) {
  const styles = useStyles();
  const { headers, rows, rowHeader } = tableOf(spec);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{spec.title}</figcaption>
      <div className={styles.chart}>{children}</div>
      <table className={styles.hidden}>
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
    </figure>
  );
}
