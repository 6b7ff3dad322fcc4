// `duban template`: the empty ledger workbook of templateLayout written with ExcelJS: headers,
// widths, date formats, drop-down lists, one example row and the 台账's red and yellow lights.
import ExcelJS from 'exceljs';
import { LIST_PROMPTS } from '../engine/report/layoutText';
import { columnLetters } from '../engine/cellAddress';
import { NUMBER_FORMATS } from '../engine/report/cellFormat';
import {
  dataRange,
  listRange,
  templateLayout,
  type DropDown,
  type TemplateLayout,
  type TemplateSheet,
} from '../engine/report/templateLayout';
import { HEADER_FILL, REQUIRED_FILL, THIN_BORDER, setCell } from './cellWriting';

// ExcelJS 4.4.0 implements worksheet.dataValidations (range addresses included) but leaves it
// out of its type declarations.
interface WithDataValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function validationOf(layout: TemplateLayout, dropDown: DropDown): ExcelJS.DataValidation {
  const { source } = dropDown;
  // A list written out in the rule is limited to 255 characters; the presets' lists are far shorter.
  const formula = source.kind === 'values' ? `"${source.values.join(',')}"` : listRange(layout, source);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: dropDown.strictness,
    errorTitle: LIST_PROMPTS.pickTitle,
    error: dropDown.error,
  };
}

function writeSheet(workbook: ExcelJS.Workbook, layout: TemplateLayout, sheet: TemplateSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const validations = (worksheet as unknown as WithDataValidations).dataValidations;
  sheet.columns.forEach((column, c) => {
    const excelColumn = worksheet.getColumn(c + 1);
    excelColumn.width = column.width;
    // On the column, so rows staff add later show dates as dates too.
    if (column.format === 'date') excelColumn.numFmt = NUMBER_FORMATS.date;

    const header = worksheet.getCell(1, c + 1);
    setCell(header, column.header, 'text');
    header.font = { bold: true };
    header.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    header.border = THIN_BORDER;
    header.alignment = { horizontal: 'center', vertical: 'middle' };

    setCell(worksheet.getCell(2, c + 1), sheet.example[c] ?? null, column.format);
    if (column.dropDown) validations.add(dataRange(layout, c), validationOf(layout, column.dropDown));
  });
  if (sheet.highlights.length > 0) {
    worksheet.addConditionalFormatting({
      ref: `A2:${columnLetters(sheet.columns.length - 1)}${layout.lastRow}`,
      rules: sheet.highlights.map((highlight, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [highlight.formula],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${highlight.fill}` } } },
      })),
    });
  }
}

/** The template workbook; `year` dates its example rows (the CLI passes the current year). */
export function buildTemplateWorkbook(year: number): ExcelJS.Workbook {
  const layout = templateLayout(year);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DUBAN 督办';
  for (const sheet of layout.sheets) writeSheet(workbook, layout, sheet);
  return workbook;
}
