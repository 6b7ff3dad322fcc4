/// <reference types="office-js" />
// 新建台账模板 on Office.js: the sheets of the engine's templateLayout with headers, widths, date
// formats, drop-down lists, one example row and the 台账's red and yellow lights.
import { columnLetters } from '../../engine/cellAddress';
import { LIST_PROMPTS } from '../../engine/report/layoutText';
import { NUMBER_FORMATS } from '../../engine/report/cellFormat';
import { HEADER_FILL, REQUIRED_FILL } from '../../engine/report/sheetStyle';
import { templateCells, validationSource } from '../../engine/report/hostCells';
import { dataRange, type TemplateLayout, type TemplateSheet } from '../../engine/report/templateLayout';
import { rangeAddress, writeCells } from './cells';
import type { WriteBatch } from './payload';
import { columnPoints } from './writeRanking';

export async function writeTemplateSheet(batch: WriteBatch, worksheet: Excel.Worksheet, layout: TemplateLayout, sheet: TemplateSheet): Promise<void> {
  const { columns } = sheet;
  const dataRows = layout.lastRow - 1;
  for (const [c, column] of columns.entries()) {
    if (column.format !== 'date') continue;
    // The whole data column, so rows staff add later show dates as dates too.
    const formats = Array.from({ length: dataRows }, () => [NUMBER_FORMATS.date]);
    await writeCells(batch, worksheet, 1, c, { values: formats.map(() => [null]), formats });
  }
  await writeCells(batch, worksheet, 0, 0, templateCells(sheet));

  await batch.reserve(0, 7 + 8 * columns.length + 4 * sheet.highlights.length);
  const headerRange = worksheet.getRange(rangeAddress(0, 0, 1, columns.length)).format;
  headerRange.font.bold = true;
  headerRange.horizontalAlignment = 'Center';
  headerRange.verticalAlignment = 'Center';
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'] as const) {
    headerRange.borders.getItem(edge).style = 'Continuous';
  }
  for (const [c, column] of columns.entries()) {
    const letter = columnLetters(c);
    worksheet.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(column.width);
    worksheet.getRange(`${letter}1`).format.fill.color = `#${column.required ? REQUIRED_FILL : HEADER_FILL}`;
    if (!column.dropDown) continue;
    const validation = worksheet.getRange(dataRange(layout, c)).dataValidation;
    validation.ignoreBlanks = true;
    validation.rule = { list: { inCellDropDown: true, source: validationSource(layout, column.dropDown) } };
    validation.errorAlert = {
      showAlert: true,
      style: column.dropDown.strictness === 'stop' ? 'Stop' : 'Warning',
      title: LIST_PROMPTS.pickTitle,
      message: column.dropDown.error,
    };
  }
  if (sheet.highlights.length > 0) {
    const lights = worksheet.getRange(`A2:${columnLetters(columns.length - 1)}${layout.lastRow}`);
    sheet.highlights.forEach((highlight, i) => {
      const format = lights.conditionalFormats.add('Custom');
      // Relative to the range's first row (row 2), as the layout writes the formula.
      format.custom.rule.formula = `=${highlight.formula}`;
      format.custom.format.fill.color = `#${highlight.fill}`;
      format.priority = i;
    });
  }
  worksheet.freezePanes.freezeRows(1);
}
