import { CHART_DATA_COLUMN, GRID_COLUMNS, GRID_WIDTH, bulletinGrid, bulletinPrintArea, chartDataTable, type ChartBand } from '../../../src/engine/report/bulletinGrid';
import { columnPixels } from '../../../src/engine/report/printMetrics';
import { BULLETIN_PAGE } from '../../../src/engine/report/sheetStyle';
import { bulletin } from './layoutFixtures';

const bandOf = (grid: ReturnType<typeof bulletinGrid>) => grid.find((b): b is ChartBand => b.kind === 'chart')!;
const band = (host: { drawsCharts: boolean }) => bandOf(bulletinGrid(bulletin(), host));

describe('the bulletin’s chart on the grid', () => {
  // The masthead rows 0–3 (督查通报, 期号, issuer and date, the red line), title row 4, blank row 5,
  // 一、总体情况 row 6, its paragraph row 7: the band starts at row 8.
  it('where the host draws charts: 15 rows of 15 points under 总体情况, then a blank row before 二、排名情况', () => {
    const grid = bulletinGrid(bulletin(), { drawsCharts: true });
    const chart = bandOf(grid);
    expect([chart.row, chart.rows, chart.rowHeight]).toEqual([8, 15, 15]);
    const next = grid[grid.indexOf(chart) + 1];
    expect(next).toMatchObject({ kind: 'text', row: 24, text: '二、排名情况' });
  });

  it('fits the A4 page it prints on: 36 grid columns of 19 px (513 pt) inside 595 pt less 2 × 0.55 in margins (516 pt)', () => {
    const pagePoints = 595.28 - (BULLETIN_PAGE.margins.left + BULLETIN_PAGE.margins.right) * 72;
    expect(GRID_COLUMNS * columnPixels(GRID_WIDTH) * 0.75).toBeLessThanOrEqual(pagePoints);
    const chart = band({ drawsCharts: true });
    // 225 pt of 842 − 2 × 0.8 × 72 = 727 pt, below a title, a heading and one paragraph.
    expect(chart.rows * chart.rowHeight).toBe(225);
  });

  it('where it cannot (the CLI), keeps no rows: 二、排名情况 follows 总体情况 at row 8, and the data still sits beside the page there', () => {
    const grid = bulletinGrid(bulletin(), { drawsCharts: false });
    const chart = bandOf(grid);
    expect([chart.row, chart.rows]).toEqual([8, 0]);
    expect(grid[grid.indexOf(chart) + 1]).toMatchObject({ kind: 'text', row: 8, text: '二、排名情况' });
    expect(chart.data).toMatchObject({ row: 8, column: 37 });
  });

  it('puts the data one blank column right of the page (AL), as a plain 月份 | 办结率 table', () => {
    const { data, chart } = band({ drawsCharts: true });
    expect(CHART_DATA_COLUMN).toBe(37);
    expect(data.caption).toMatch(/^图表数据/);
    expect(data.table).toEqual(chartDataTable(chart));
    expect(data.table.columns.map((c) => [c.header, c.format])).toEqual([['月份', 'text'], ['办结率', 'percent']]);
    expect(data.table.rows).toEqual([['1月', null], ['2月', 0.25], ['3月', 0.25], ['4月', 0.5], ['5月', 7 / 12], ['6月', 0.75]]);
  });

  it('prints A to AJ down to the last row of the page, never the data beside it', () => {
    for (const drawsCharts of [true, false]) {
      const grid = bulletinGrid(bulletin(), { drawsCharts });
      const last = grid.at(-1)!;
      if (last.kind !== 'text') throw new Error(`the page ends with a ${last.kind}, not its closing text`);
      expect(bulletinPrintArea(grid)).toBe(`A1:AJ${last.row + 1}`);
    }
  });
});
