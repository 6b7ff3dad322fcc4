// Writing one generated value into an ExcelJS cell, and the engine's sheet styles (sheetStyle.ts)
// in ExcelJS's terms.
import type ExcelJS from 'exceljs';
import { NUMBER_FORMATS, TEXT_FORMAT, looksLikeFormula, type ColumnFormat, type LayoutCell } from '../engine/report/cellFormat';
import { PAGE_FOOTER } from '../engine/report/layoutText';
import { HEADER_FILL as HEADER_RGB, REQUIRED_FILL as REQUIRED_RGB, type PageSetup } from '../engine/report/sheetStyle';

/**
 * Writes a value with its number format. A plain string is always a text cell in ExcelJS (only
 * `{ formula }` objects are formulas); formula-looking text also gets the Text format because
 * ExcelJS 4.4.0 cannot write the quotePrefix style, and the Text format has the same effect in
 * Excel: re-entering the cell keeps it text instead of evaluating it.
 */
export function setCell(cell: ExcelJS.Cell, value: LayoutCell, format: ColumnFormat): void {
  cell.value = value;
  cell.numFmt = looksLikeFormula(value) ? TEXT_FORMAT : NUMBER_FORMATS[format];
}

/** OOXML's paperSize code for A4. */
const A4_PAPER = 9;

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const solidFill = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

export const HEADER_FILL = solidFill(HEADER_RGB);
export const REQUIRED_FILL = solidFill(REQUIRED_RGB);

/** A generated sheet's print settings as addWorksheet takes them. */
export function printOptions(setup: PageSetup): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: A4_PAPER,
      orientation: setup.orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      ...(setup.titleRows > 0 ? { printTitlesRow: `1:${setup.titleRows}` } : {}),
      horizontalCentered: true,
      margins: { ...setup.margins },
    },
    headerFooter: { oddFooter: `&C${PAGE_FOOTER}` },
  };
}

export const sheetNamesOf = (workbook: ExcelJS.Workbook): string[] => workbook.worksheets.map((ws) => ws.name);
