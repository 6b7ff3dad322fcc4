// The bulletin sheet's print layout as data: which row each block starts on, how table columns
// share the page's grid, fonts and row heights. The CLI (ExcelJS) and the task pane (Office.js)
// both render this plan, so the two bulletins print alike.
//
// Tables of different shapes (the ranking has 10 columns, the overdue list 6) share one sheet,
// and a sheet has one set of column widths; so the sheet is a grid of equal narrow columns and
// every table cell is merged across as many of them as its share of the width.
import { columnLetters } from '../cellAddress';
import type { Bulletin } from '../model';
import type { LineChartSpec } from './chartSpecs';
import { TREND_TABLE } from './chartText';
import { allocateSpans, columnPixels, rowPoints, wrappedLines } from './printMetrics';
import type { FormRow } from './formGrid';
import { mastheadRows } from './mastheadRows';
import { GRID_COLUMNS, GRID_WIDTH, SHEET_PIXELS, type FontSpec } from './printGrid';
import { bulletinBlocks, type BulletinBlock, type LayoutTable } from './sheetLayout';

export { GRID_COLUMNS, GRID_WIDTH, type FontSpec };

export type TextStyle = 'title' | 'heading' | 'subheading' | 'body';

// 公文 habits: 小标宋/宋体 title, 黑体 headings, 仿宋 body; Excel falls back where a font is missing.
export const BULLETIN_FONTS: Readonly<Record<TextStyle | 'table' | 'tableHeader', FontSpec>> = {
  title: { name: '宋体', size: 18, bold: true },
  heading: { name: '黑体', size: 12, bold: false },
  subheading: { name: '仿宋', size: 12, bold: true },
  body: { name: '仿宋', size: 12, bold: false },
  table: { name: '宋体', size: 10.5, bold: false },
  tableHeader: { name: '宋体', size: 10.5, bold: true },
};

/** Two full-width spaces: the first-line indent of a Chinese paragraph. */
const INDENT = '\u3000\u3000';

/** One row whose single merged cell spans the page. */
export interface TextRow {
  kind: 'text';
  /** 0-based sheet row. */
  row: number;
  text: string;
  style: TextStyle;
  horizontal: 'left' | 'center';
  /** Points. */
  height: number;
}

/** A bordered table: a header row, then one row per table row. */
export interface GridTable {
  kind: 'table';
  /** 0-based sheet row of the header. */
  row: number;
  table: LayoutTable;
  /** 0-based first grid column of each table column, and how many grid columns it covers. */
  starts: readonly number[];
  spans: readonly number[];
  /** Points, header first. */
  heights: readonly number[];
}

/** Rows of form cells (formGrid.ts): the masthead. */
export interface FormBlock {
  kind: 'form';
  rows: readonly FormRow[];
}

/**
 * The bulletin's chart: rows the page keeps free for it, across the whole page width, and its
 * data as plain cells beside the page (outside the print area), where it is the Excel chart's
 * source and where a user of the CLI's workbook, which has no chart, makes one in two clicks.
 */
export interface ChartBand {
  kind: 'chart';
  /** 0-based sheet row of the band's top. */
  row: number;
  /** Rows the chart covers, each `rowHeight` points; 0 where the host draws no chart. */
  rows: number;
  rowHeight: number;
  chart: LineChartSpec;
  data: ChartData;
}

/** A chart's data: a caption, a blank row, then a plain table (no merged cell, so Excel charts it as a whole). */
export interface ChartData {
  /** 0-based sheet row of the caption; the table's header is two rows below. */
  row: number;
  /** 0-based sheet column of the caption and the table's first column. */
  column: number;
  caption: string;
  table: LayoutTable;
}

export type GridBlock = TextRow | GridTable | FormBlock | ChartBand;

/** What the host can draw: the CLI's ExcelJS writes no chart, so its page keeps no room for one. */
export interface GridHost {
  drawsCharts: boolean;
}

// 15 rows of 15 points: 225 points (7.9 cm) of chart, tall enough for 12 months and the caption
// of its data beside it, one row each, at about Excel's default row height.
const CHART_ROWS = 15;
const CHART_ROW_POINTS = 15;
/** The chart's data starts one blank column right of the page. */
export const CHART_DATA_COLUMN = GRID_COLUMNS + 1;
/** Excel widths of the data's two columns: 月份 and the value. */
const CHART_DATA_WIDTHS = [8, 10] as const;

/**
 * Only headers and long-text columns wrap; 编号 and dates shrink to fit instead, as a date broken
 * over two lines misreads. Row 0 is the header.
 */
export const wrapsAt = (table: LayoutTable, row: number, column: number): boolean => row === 0 || table.columns[column].wrap;

function textRow(row: number, text: string, style: TextStyle, horizontal: TextRow['horizontal']): TextRow {
  const size = BULLETIN_FONTS[style].size;
  return { kind: 'text', row, text, style, horizontal, height: rowPoints(wrappedLines(text, size, SHEET_PIXELS), size) };
}

function gridTable(row: number, table: LayoutTable): GridTable {
  const spans = allocateSpans(table.columns.map((c) => c.width), GRID_COLUMNS);
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((a, b) => a + b, 0));
  const size = BULLETIN_FONTS.table.size;
  const header = table.columns.map((c) => c.header);
  const heights = [header, ...table.rows].map((values, r) => {
    let lines = 1;
    values.forEach((value, c) => {
      if (wrapsAt(table, r, c) && typeof value === 'string') {
        lines = Math.max(lines, wrappedLines(value, size, spans[c] * columnPixels(GRID_WIDTH)));
      }
    });
    return rowPoints(lines, size);
  });
  return { kind: 'table', row, table, starts, spans, heights };
}

/** A line chart's points as a two-column table: 月份 | the value (a blank cell where there is none). */
export function chartDataTable(chart: LineChartSpec): LayoutTable {
  return {
    columns: [
      { header: chart.categoryAxis, format: 'text', width: CHART_DATA_WIDTHS[0], wrap: false },
      { header: chart.valueAxis, format: chart.format, width: CHART_DATA_WIDTHS[1], wrap: false },
    ],
    rows: chart.points.map((p) => [p.label, p.value]),
  };
}

function chartBand(row: number, chart: LineChartSpec, host: GridHost): ChartBand {
  const data = { row, column: CHART_DATA_COLUMN, caption: TREND_TABLE.caption, table: chartDataTable(chart) };
  return { kind: 'chart', row, rows: host.drawsCharts ? CHART_ROWS : 0, rowHeight: CHART_ROW_POINTS, chart, data };
}

function place(block: BulletinBlock, row: number, host: GridHost): { placed: GridBlock; next: number } {
  switch (block.kind) {
    case 'masthead': {
      // A blank row under the rule, before the title.
      const rows = mastheadRows(block.masthead, row);
      return { placed: { kind: 'form', rows }, next: row + rows.length + 1 };
    }
    case 'title':
      // A blank row under the title, as a printed 通报 has.
      return { placed: textRow(row, block.text, 'title', 'center'), next: row + 2 };
    case 'heading':
      return { placed: textRow(row, block.text, block.level === 1 ? 'heading' : 'subheading', 'left'), next: row + 1 };
    case 'paragraph':
      return { placed: textRow(row, INDENT + block.text, 'body', 'left'), next: row + 1 };
    case 'table':
      // A blank row after a table keeps the next heading off its border.
      return { placed: gridTable(row, block.table), next: row + block.table.rows.length + 2 };
    case 'chart': {
      // Without a chart the page goes on at the same row; the data beside it shares those rows.
      const band = chartBand(row, block.chart, host);
      return { placed: band, next: band.rows > 0 ? row + band.rows + 1 : row };
    }
  }
}

/** The bulletin (SPEC §5) placed on the grid, top to bottom. */
export function bulletinGrid(bulletin: Bulletin, host: GridHost): GridBlock[] {
  const placed: GridBlock[] = [];
  let row = 0;
  for (const block of bulletinBlocks(bulletin)) {
    const next = place(block, row, host);
    placed.push(next.placed);
    row = next.next;
  }
  return placed;
}

/** The last 0-based sheet row a block prints on; -1 for a chart band the host does not draw. */
function lastRow(block: GridBlock): number {
  switch (block.kind) {
    case 'text':
      return block.row;
    case 'table':
      return block.row + block.table.rows.length;
    case 'chart':
      return block.row + block.rows - 1;
    case 'form':
      return block.rows.length > 0 ? block.rows[block.rows.length - 1].row : -1;
  }
}

/** The page, A1 to the last grid column of the last row: the chart's data beside it does not print. */
export function bulletinPrintArea(grid: readonly GridBlock[]): string {
  const last = grid.reduce((max, block) => Math.max(max, lastRow(block)), 0);
  return `A1:${columnLetters(GRID_COLUMNS - 1)}${last + 1}`;
}
