// The fake Excel seen through the host-neutral BookView of actionContract.ts, and the Excel adapter
// as an ActionHost: the contract's tests run on Office.js's own terms (points, '#RRGGBB' fills,
// 'Landscape'), translated here.
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import type { ActionHost, BookView } from './actionContract';
import { installFakeOffice, type FakeExcel } from './fakeExcel';
import { parseAddress } from './fakeModel';

/** Office.js sets widths in points: w characters are 7w + 5 pixels, 0.75 pt a pixel. */
const characters = (points: number) => (points / 0.75 - 5) / 7;

export function excelBook(fake: FakeExcel): BookView {
  const at = (sheet: string, address: string, path: string) => fake.sheet(sheet).formatAt(address, path);
  return {
    sheetNames: () => fake.sheetNames(),
    values: (sheet) => fake.values(sheet),
    cell: (sheet, address) => fake.cell(sheet, address),
    merges: (sheet) => fake.merges(sheet),
    tables: () => fake.tables(),
    activeSheet: () => fake.activeSheet(),
    selection: (sheet) => fake.sheet(sheet).selection,
    frozenRows: (sheet) => fake.sheet(sheet).frozenRows,
    gridlines: (sheet) => fake.sheet(sheet).showGridlines,
    page: (sheet) => {
      const model = fake.sheet(sheet);
      const layout = model.pageLayout as { paperSize?: string; orientation?: string; zoom?: { horizontalFitToPages?: number; scale?: number } };
      return {
        paper: layout.paperSize === 'A4' ? 'A4' : null,
        orientation: layout.orientation === 'Landscape' ? 'landscape' : layout.orientation === 'Portrait' ? 'portrait' : null,
        onePageWide: layout.zoom?.horizontalFitToPages === 1,
        scale: layout.zoom?.scale ?? null,
        titleRows: model.printTitleRows,
      };
    },
    printArea: (sheet) => fake.sheet(sheet).printArea,
    columnWidth: (sheet, column) => {
      const points = at(sheet, `${column}1`, 'format.columnWidth') as number | undefined;
      return points === undefined ? undefined : characters(points);
    },
    rowHeight: (sheet, address) => at(sheet, address, 'format.rowHeight') as number | undefined,
    fontSize: (sheet, address) => at(sheet, address, 'format.font.size') as number | undefined,
    bold: (sheet, address) => at(sheet, address, 'format.font.bold') as boolean | undefined,
    fontColor: (sheet, address) => (at(sheet, address, 'format.font.color') as string | undefined)?.replace(/^#/, ''),
    fill: (sheet, address) => (at(sheet, address, 'format.fill.color') as string | undefined)?.replace(/^#/, ''),
    bordered: (sheet, address) => ['InsideHorizontal', 'InsideVertical'].every((edge) => at(sheet, address, `format.borders.${edge}.style`) === 'Continuous'),
    listRule: (sheet, address) => {
      const rule = at(sheet, address, 'dataValidation.rule') as { list?: { source: string } } | undefined;
      const alert = at(sheet, address, 'dataValidation.errorAlert') as { style?: string } | undefined;
      return rule?.list && { source: rule.list.source, strict: alert?.style === 'Stop' };
    },
    highlights: (sheet) =>
      fake
        .sheet(sheet)
        .formats.filter((f) => f.path === 'conditionalFormat')
        .map((f) => f.value as { priority: number; 'rule.formula': string; 'fill.color': string })
        .sort((a, b) => a.priority - b.priority)
        .map((rule) => ({ formula: rule['rule.formula'], fill: rule['fill.color'].replace(/^#/, '') })),
    pageBreaks: (sheet) => [...fake.sheet(sheet).pageBreaks],
    edit: (sheet, address, value) => {
      const { top, left } = parseAddress(address);
      fake.sheet(sheet).cellForWrite(top, left).value = value;
    },
    select: (sheet, address) => {
      fake.book.active = fake.sheet(sheet);
      fake.sheet(sheet).selection = address;
    },
    snapshot: () => ({ ...fake.snapshot(), syncCount: 0 }),
  };
}

export const excelHost: ActionHost = {
  name: 'Excel',
  drawsCharts: true,
  open: (data, options) => {
    const fake = installFakeOffice(data);
    return { actions: createExcelActions(options), book: excelBook(fake) };
  },
};
