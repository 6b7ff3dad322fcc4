// The generated sheets as blocks of cells for the hosts that write a workbook they are running in
// (the task pane on Office.js, WPS 表格), where a string written to a cell is read as if typed:
// `=…`, `+…`, `-…` become formulas, and "001" or "2026-10-12" turn into numbers. A cell already in
// the Text format keeps what is written as text, so every string gets '@' and each host sets the
// formats before the values. (ExcelJS writes a string as a string; the CLI needs none of this.)
import { NUMBER_FORMATS, TEXT_FORMAT, type ColumnFormat, type LayoutCell } from './cellFormat';
import { GRID_COLUMNS, type ChartData, type GridTable, type TextRow } from './bulletinGrid';
import type { FormRow } from './formGrid';
import type { AppendPlan } from './registration';
import type { LayoutTable } from './sheetLayout';
import { tableBody } from './sheetStyle';
import { listRange, type DropDown, type TemplateLayout, type TemplateSheet } from './templateLayout';

export const typedInputFormat = (value: LayoutCell, format: ColumnFormat): string =>
  typeof value === 'string' ? TEXT_FORMAT : NUMBER_FORMATS[format];

/** Cells and their number formats, the same shape; null leaves a cell as it is. */
export interface CellBlock {
  values: LayoutCell[][];
  formats: (string | null)[][];
}

/** An Excel table's cells: the header row, then its body (tableBody: never without a data row). */
export function tableCells(table: LayoutTable): CellBlock {
  const header = table.columns.map((c) => c.header);
  const body = tableBody(table);
  return {
    values: [header, ...body],
    formats: [header.map((h) => typedInputFormat(h, 'text')), ...body.map((row) => row.map((v, c) => typedInputFormat(v, table.columns[c].format)))],
  };
}

/** A sheet-wide row of the bulletin's grid with `cells` at the grid columns `at`; the others null. */
function gridLine<T>(at: readonly number[], cells: readonly T[]): (T | null)[] {
  const line = new Array<T | null>(GRID_COLUMNS).fill(null);
  at.forEach((column, i) => {
    line[column] = cells[i];
  });
  return line;
}

/** A text row of the bulletin: its text in the first grid column, which the host merges across. */
export const textRowCells = (block: TextRow): CellBlock => ({
  values: [gridLine([0], [block.text])],
  formats: [gridLine([0], [typedInputFormat(block.text, 'text')])],
});

/** Form rows (formGrid.ts) as one block from the first row's top, each text at its grid column, all as Text. */
export function formCells(rows: readonly FormRow[]): CellBlock {
  const top = rows[0].row;
  const height = rows[rows.length - 1].row - top + 1;
  const values = Array.from({ length: height }, () => new Array<LayoutCell>(GRID_COLUMNS).fill(null));
  const formats = Array.from({ length: height }, () => new Array<string | null>(GRID_COLUMNS).fill(null));
  for (const { row, cells } of rows) {
    for (const cell of cells) {
      values[row - top][cell.column] = cell.text;
      formats[row - top][cell.column] = typedInputFormat(cell.text, 'text');
    }
  }
  return { values, formats };
}

/** A bulletin table on the grid: each cell in the first grid column of its span. */
export function gridTableCells(block: GridTable): CellBlock {
  const { table, starts } = block;
  const rows: (readonly LayoutCell[])[] = [table.columns.map((c) => c.header), ...table.rows];
  return {
    values: rows.map((cells) => gridLine(starts, cells)),
    formats: rows.map((cells, r) => gridLine(starts, cells.map((v, c) => typedInputFormat(v, r === 0 ? 'text' : table.columns[c].format)))),
  };
}

/** A chart's data beside the bulletin's page: its caption (at data.row), and its table two rows below. */
export const chartDataCells = (data: ChartData): { caption: CellBlock; table: CellBlock } => ({
  caption: { values: [[data.caption]], formats: [[typedInputFormat(data.caption, 'text')]] },
  table: tableCells(data.table),
});

/** A template sheet's header row and example row. */
export function templateCells(sheet: TemplateSheet): CellBlock {
  const header = sheet.columns.map((c) => c.header);
  const example = sheet.columns.map((_, c) => sheet.example[c] ?? null);
  return {
    values: [header, example],
    formats: [header.map((h) => typedInputFormat(h, 'text')), example.map((v, c) => typedInputFormat(v, sheet.columns[c].format))],
  };
}

/** The rows an append plan adds to 加减分 (its header first on a new sheet); a null cell keeps its format. */
export const appendCells = (plan: AppendPlan): CellBlock => ({
  values: plan.values,
  formats: plan.values.map((line, r) => line.map((value, c) => (value === null ? null : typedInputFormat(value, plan.formats[r][c] ?? 'text')))),
});

/** Consecutive rows of one height, to set in one call: [first row, row count, height]. */
export function heightRuns(top: number, heights: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  heights.forEach((height, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === height) last[1] += 1;
    else runs.push([top + i, 1, height]);
  });
  return runs;
}

/** A drop-down's list as a list validation takes it in Office.js and WPS: comma-separated values, or a range as a formula. */
export function validationSource(layout: TemplateLayout, dropDown: DropDown): string {
  const { source } = dropDown;
  return source.kind === 'values' ? source.values.join(',') : `=${listRange(layout, source)}`;
}
