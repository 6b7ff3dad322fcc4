// The ranking sheet `YYYY年M月排名` in WPS: the engine's rankingTable as a table (ListObject) with
// number formats, column widths, a frozen header and A4 landscape printing. The sheet is active.
import { columnLetters } from '../engine/cellAddress';
import type { RuleSet, UnitScore } from '../engine/model';
import { tableCells } from '../engine/report/hostCells';
import { rankingTable } from '../engine/report/sheetLayout';
import { RANKING_PAGE, RANKING_TABLE_STYLE } from '../engine/report/sheetStyle';
import { XL } from './etConstants';
import type { WpsApplication, WpsWorksheet } from './etModel';
import { freezeHeaderRow, setUpPage } from './pageSetup';
import { rangeAt, writeBlock } from './sheetCells';

export function writeRankingSheet(app: WpsApplication, sheet: WpsWorksheet, scores: readonly UnitScore[], method: RuleSet['method'], tableName: string): void {
  const layout = rankingTable(scores, method);
  const { columns } = layout;
  const cells = tableCells(layout);
  writeBlock(sheet, 0, 0, cells);

  const table = sheet.ListObjects.Add(XL.sourceRange, rangeAt(sheet, 0, 0, cells.values.length, columns.length), undefined, XL.yes);
  table.Name = tableName;
  table.TableStyle = RANKING_TABLE_STYLE;
  const header = rangeAt(sheet, 0, 0, 1, columns.length);
  header.Font.Bold = true;
  header.HorizontalAlignment = XL.center;
  header.VerticalAlignment = XL.center;
  header.WrapText = true;
  columns.forEach((column, c) => {
    const letter = columnLetters(c);
    // Characters of the default font, the layout's own unit.
    sheet.Range(`${letter}:${letter}`).ColumnWidth = column.width;
  });
  freezeHeaderRow(app.ActiveWindow);
  setUpPage(sheet.PageSetup, RANKING_PAGE);
}
