// The bulletin sheet `YYYY年M月通报` written with ExcelJS from the engine's grid plan
// (bulletinGrid.ts), laid out to print on A4 portrait like a 公文: a centred title, headings,
// wrapped paragraphs and bordered tables. ExcelJS cannot write charts: the page keeps no room
// for the completion-rate chart, whose data sits beside the page for the user to chart.
import type ExcelJS from 'exceljs';
import {
  BULLETIN_FONTS,
  GRID_COLUMNS,
  GRID_WIDTH,
  bulletinGrid,
  bulletinPrintArea,
  wrapsAt,
  type ChartData,
  type GridTable,
  type TextRow,
} from '../engine/report/bulletinGrid';
import type { Bulletin } from '../engine/model';
import { bulletinSheetName, uniqueSheetName } from '../engine/report/sheetLayout';
import { BULLETIN_PAGE } from '../engine/report/sheetStyle';
import { HEADER_FILL, THIN_BORDER, printOptions, setCell, sheetNamesOf } from './cellWriting';
import { writeFormRows } from './writeForms';

function writeText(worksheet: ExcelJS.Worksheet, block: TextRow): void {
  const row = block.row + 1;
  worksheet.mergeCells(row, 1, row, GRID_COLUMNS);
  const cell = worksheet.getCell(row, 1);
  setCell(cell, block.text, 'text');
  cell.font = { ...BULLETIN_FONTS[block.style] };
  cell.alignment = { horizontal: block.horizontal, vertical: 'middle', wrapText: true };
  worksheet.getRow(row).height = block.height;
}

/** Each table cell merged over its span, borders on every grid cell. */
function writeTable(worksheet: ExcelJS.Worksheet, block: GridTable): void {
  const { table, starts, spans, heights } = block;
  const header = table.columns.map((c) => c.header);
  [header, ...table.rows].forEach((values, r) => {
    const row = block.row + 1 + r;
    table.columns.forEach((column, c) => {
      const first = starts[c] + 1;
      const last = first + spans[c] - 1;
      if (last > first) worksheet.mergeCells(row, first, row, last);
      const cell = worksheet.getCell(row, first);
      setCell(cell, values[c], r === 0 ? 'text' : column.format);
      for (let g = first; g <= last; g += 1) {
        const gridCell = worksheet.getCell(row, g);
        gridCell.border = THIN_BORDER;
        gridCell.font = { ...(r === 0 ? BULLETIN_FONTS.tableHeader : BULLETIN_FONTS.table) };
        if (r === 0) gridCell.fill = HEADER_FILL;
      }
      const wraps = wrapsAt(table, r, c);
      const leftAligned = r > 0 && column.wrap;
      cell.alignment = { horizontal: leftAligned ? 'left' : 'center', vertical: 'middle', wrapText: wraps, shrinkToFit: !wraps };
    });
    worksheet.getRow(row).height = heights[r];
  });
}

/** The chart's data beside the page: a caption, then a plain bordered table, no merged cell. */
function writeChartData(worksheet: ExcelJS.Worksheet, data: ChartData): void {
  const { table } = data;
  setCell(worksheet.getCell(data.row + 1, data.column + 1), data.caption, 'text');
  [table.columns.map((c) => c.header), ...table.rows].forEach((values, r) => {
    table.columns.forEach((column, c) => {
      const cell = worksheet.getCell(data.row + 3 + r, data.column + 1 + c);
      setCell(cell, values[c], r === 0 ? 'text' : column.format);
      cell.border = THIN_BORDER;
      if (r === 0) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      }
      cell.alignment = { horizontal: 'center' };
    });
  });
  table.columns.forEach((column, c) => {
    worksheet.getColumn(data.column + 1 + c).width = column.width;
  });
}

/** Adds `YYYY年M月通报` (or `… (2)` when the name is taken), ready to print on A4 portrait. */
export function addBulletinSheet(workbook: ExcelJS.Workbook, bulletin: Bulletin): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(uniqueSheetName(bulletinSheetName(bulletin.period), sheetNamesOf(workbook)), {
    views: [{ showGridLines: false }],
    ...printOptions(BULLETIN_PAGE),
  });
  for (let c = 1; c <= GRID_COLUMNS; c += 1) worksheet.getColumn(c).width = GRID_WIDTH;
  const grid = bulletinGrid(bulletin, { drawsCharts: false });
  for (const block of grid) {
    if (block.kind === 'text') writeText(worksheet, block);
    else if (block.kind === 'form') writeFormRows(worksheet, block.rows);
    else if (block.kind === 'table') writeTable(worksheet, block);
    else writeChartData(worksheet, block.data);
  }
  worksheet.pageSetup.printArea = bulletinPrintArea(grid);
  return worksheet;
}
