// The bulletin sheet `YYYY年M月通报`, laid out to print on A4 portrait like a 公文: a centred
// title, headings, wrapped paragraphs and bordered tables, all on one grid of narrow columns.
//
// Tables of different shapes (the ranking has 10 columns, the overdue list 6) share one sheet,
// and a sheet has one set of column widths; so the sheet is a grid of equal narrow columns and
// every table cell is merged across as many of them as its share of the width.
import type ExcelJS from 'exceljs';
import type { Bulletin } from '../engine/model';
import { bulletinBlocks, bulletinSheetName, uniqueSheetName, type BulletinBlock, type LayoutTable } from '../engine/sheetLayout';
import { A4_PAPER, HEADER_FILL, PAGE_FOOTER, THIN_BORDER, setCell, sheetNamesOf } from './cellWriting';
import { allocateSpans, columnPixels, rowPoints, wrappedLines } from './printMetrics';

const GRID_COLUMNS = 36;
const GRID_WIDTH = 2;
// 36 × 19 px ≈ 18.1 cm, the width between the margins below on A4 (21 cm).
const SHEET_PIXELS = GRID_COLUMNS * columnPixels(GRID_WIDTH);

// 公文 habits: 小标宋/宋体 title, 黑体 headings, 仿宋 body; Excel falls back where a font is missing.
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 18, bold: true };
const HEADING_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 12 };
const SUBHEADING_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 12, bold: true };
const BODY_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 12 };
const TABLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10.5 };
/** Two full-width spaces: the first-line indent of a Chinese paragraph. */
const INDENT = '\u3000\u3000';

const fontSize = (font: Partial<ExcelJS.Font>): number => font.size ?? 11;

/** A row whose one merged cell spans the page; returns the next free row. */
function fullWidthRow(
  worksheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  horizontal: 'left' | 'center',
): number {
  worksheet.mergeCells(row, 1, row, GRID_COLUMNS);
  const cell = worksheet.getCell(row, 1);
  setCell(cell, text, 'text');
  cell.font = font;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  worksheet.getRow(row).height = rowPoints(wrappedLines(text, fontSize(font), SHEET_PIXELS), fontSize(font));
  return row + 1;
}

/** Writes a table at `top`, each cell merged over its span, borders on every grid cell. */
function writeTable(worksheet: ExcelJS.Worksheet, table: LayoutTable, top: number): number {
  const spans = allocateSpans(table.columns.map((c) => c.width), GRID_COLUMNS);
  const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
  const header = table.columns.map((c) => c.header);
  [header, ...table.rows].forEach((values, r) => {
    const row = top + r;
    let lines = 1;
    table.columns.forEach((column, c) => {
      const first = starts[c];
      const last = first + spans[c] - 1;
      if (last > first) worksheet.mergeCells(row, first, row, last);
      const cell = worksheet.getCell(row, first);
      setCell(cell, values[c], r === 0 ? 'text' : column.format);
      // Only headers and long-text columns wrap; 编号 and dates shrink to fit instead, as a date
      // broken over two lines misreads.
      const wraps = r === 0 || column.wrap;
      const value = values[c];
      if (wraps && typeof value === 'string') {
        lines = Math.max(lines, wrappedLines(value, fontSize(TABLE_FONT), spans[c] * columnPixels(GRID_WIDTH)));
      }
      const leftAligned = r > 0 && column.wrap;
      for (let g = first; g <= last; g += 1) {
        const gridCell = worksheet.getCell(row, g);
        gridCell.border = THIN_BORDER;
        gridCell.font = r === 0 ? { ...TABLE_FONT, bold: true } : TABLE_FONT;
        if (r === 0) gridCell.fill = HEADER_FILL;
      }
      cell.alignment = { horizontal: leftAligned ? 'left' : 'center', vertical: 'middle', wrapText: wraps, shrinkToFit: !wraps };
    });
    worksheet.getRow(row).height = rowPoints(lines, fontSize(TABLE_FONT));
  });
  return top + table.rows.length + 1;
}

function writeBlock(worksheet: ExcelJS.Worksheet, block: BulletinBlock, row: number): number {
  switch (block.kind) {
    case 'title':
      // A blank row under the title, as a printed 通报 has.
      return fullWidthRow(worksheet, row, block.text, TITLE_FONT, 'center') + 1;
    case 'heading':
      return fullWidthRow(worksheet, row, block.text, block.level === 1 ? HEADING_FONT : SUBHEADING_FONT, 'left');
    case 'paragraph':
      return fullWidthRow(worksheet, row, INDENT + block.text, BODY_FONT, 'left');
    case 'table':
      // A blank row after a table keeps the next heading off its border.
      return writeTable(worksheet, block.table, row) + 1;
  }
}

/** Adds `YYYY年M月通报` (or `… (2)` when the name is taken), ready to print on A4 portrait. */
export function addBulletinSheet(workbook: ExcelJS.Workbook, bulletin: Bulletin): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(uniqueSheetName(bulletinSheetName(bulletin.period), sheetNamesOf(workbook)), {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: A4_PAPER,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      // Inches: about 1.4 cm at the sides, 2 cm top and bottom.
      margins: { left: 0.55, right: 0.55, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.4 },
    },
    headerFooter: PAGE_FOOTER,
  });
  for (let c = 1; c <= GRID_COLUMNS; c += 1) worksheet.getColumn(c).width = GRID_WIDTH;
  let row = 1;
  for (const block of bulletinBlocks(bulletin)) row = writeBlock(worksheet, block, row);
  return worksheet;
}
