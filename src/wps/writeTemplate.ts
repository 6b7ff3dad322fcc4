// 新建台账模板 in WPS: a sheet of the engine's templateLayout with headers, widths, date formats,
// drop-down lists, one example row and the 台账's red and yellow lights. The sheet is active.
import { columnLetters } from '../engine/cellAddress';
import { NUMBER_FORMATS } from '../engine/report/cellFormat';
import { templateCells, validationSource } from '../engine/report/hostCells';
import { LIST_PROMPTS } from '../engine/report/layoutText';
import { HEADER_FILL, REQUIRED_FILL } from '../engine/report/sheetStyle';
import { dataRange, type TemplateLayout, type TemplateSheet } from '../engine/report/templateLayout';
import { XL, bgrOf } from './etConstants';
import type { WpsApplication, WpsWorksheet } from './etModel';
import { freezeHeaderRow } from './pageSetup';
import { rangeAt, writeBlock } from './sheetCells';

export function writeTemplateSheet(app: WpsApplication, worksheet: WpsWorksheet, layout: TemplateLayout, sheet: TemplateSheet): void {
  const { columns } = sheet;
  columns.forEach((column, c) => {
    // The whole data column, so rows staff add later show dates as dates too.
    if (column.format === 'date') rangeAt(worksheet, 1, c, layout.lastRow - 1, 1).NumberFormat = NUMBER_FORMATS.date;
  });
  writeBlock(worksheet, 0, 0, templateCells(sheet));

  const header = rangeAt(worksheet, 0, 0, 1, columns.length);
  header.Font.Bold = true;
  header.HorizontalAlignment = XL.center;
  header.VerticalAlignment = XL.center;
  header.Borders.LineStyle = XL.continuous;
  columns.forEach((column, c) => {
    const letter = columnLetters(c);
    worksheet.Range(`${letter}:${letter}`).ColumnWidth = column.width;
    worksheet.Range(`${letter}1`).Interior.Color = bgrOf(column.required ? REQUIRED_FILL : HEADER_FILL);
    if (!column.dropDown) return;
    const validation = worksheet.Range(dataRange(layout, c)).Validation;
    const alert = column.dropDown.strictness === 'stop' ? XL.alertStop : XL.alertWarning;
    validation.Add(XL.validateList, alert, XL.between, validationSource(layout, column.dropDown));
    validation.IgnoreBlank = true;
    validation.InCellDropdown = true;
    validation.ShowError = true;
    validation.ErrorTitle = LIST_PROMPTS.pickTitle;
    validation.ErrorMessage = column.dropDown.error;
  });
  if (sheet.highlights.length > 0) {
    const lights = worksheet.Range(`A2:${columnLetters(columns.length - 1)}${layout.lastRow}`);
    sheet.highlights.forEach((highlight, i) => {
      // Relative to the range's first row (row 2), as the layout writes the formula.
      const condition = lights.FormatConditions.Add(XL.expression, undefined, `=${highlight.formula}`);
      condition.Interior.Color = bgrOf(highlight.fill);
      condition.Priority = i + 1;
    });
  }
  freezeHeaderRow(app.ActiveWindow);
}
