// The fake WPS seen through the host-neutral BookView of test/taskpane/actionContract.ts, and the
// WPS adapter as an ActionHost: the et object model's own terms (BGR colours, XlPageOrientation
// numbers, widths in characters) translated here.
import { createWpsActions } from '../../src/wps/wpsActions';
import type { ActionHost, BookView } from '../taskpane/actionContract';
import { parseAddress } from '../taskpane/fakeModel';
import { FakeWps, type FakeWpsOptions } from './fakeWps';

/** BGR (red + green × 256 + blue × 65536) as RGB hex. */
const rgbOf = (bgr: number): string => [bgr & 0xff, (bgr >> 8) & 0xff, (bgr >> 16) & 0xff].map((n) => n.toString(16).padStart(2, '0').toUpperCase()).join('');

export function wpsBook(fake: FakeWps): BookView {
  const { book } = fake;
  const at = (sheet: string, address: string, path: string) => book.sheet(sheet).formatAt(address, path);
  const rgbAt = (sheet: string, address: string, path: string) => {
    const color = at(sheet, address, path) as number | undefined;
    return color === undefined ? undefined : rgbOf(color);
  };
  return {
    sheetNames: () => book.sheets.map((s) => s.name),
    values: (sheet) => book.values(sheet),
    cell: (sheet, address) => book.cellAt(sheet, address),
    merges: (sheet) => book.merges(sheet),
    tables: () => book.tableList(),
    activeSheet: () => book.active?.name ?? null,
    selection: (sheet) => book.sheet(sheet).selection,
    frozenRows: (sheet) => book.sheet(sheet).frozenRows,
    gridlines: (sheet) => book.sheet(sheet).showGridlines,
    page: (sheet) => {
      const page = book.sheet(sheet).pageLayout;
      return {
        paper: page.PaperSize === 9 ? 'A4' : null,
        orientation: page.Orientation === 2 ? 'landscape' : page.Orientation === 1 ? 'portrait' : null,
        // Zoom false hands the scale to FitToPagesWide / FitToPagesTall.
        onePageWide: page.Zoom === false && page.FitToPagesWide === 1 && page.FitToPagesTall === false,
        scale: typeof page.Zoom === 'number' ? page.Zoom : null,
        titleRows: (page.PrintTitleRows as string | undefined) ?? null,
      };
    },
    printArea: (sheet) => (book.sheet(sheet).pageLayout.PrintArea as string | undefined) ?? null,
    columnWidth: (sheet, column) => at(sheet, `${column}1`, 'ColumnWidth') as number | undefined,
    rowHeight: (sheet, address) => at(sheet, address, 'RowHeight') as number | undefined,
    fontSize: (sheet, address) => at(sheet, address, 'Font.Size') as number | undefined,
    bold: (sheet, address) => at(sheet, address, 'Font.Bold') as boolean | undefined,
    fontColor: (sheet, address) => rgbAt(sheet, address, 'Font.Color'),
    fill: (sheet, address) => rgbAt(sheet, address, 'Interior.Color'),
    // Borders.LineStyle on a whole range draws every edge and every inside line.
    bordered: (sheet, address) => at(sheet, address, 'Borders.LineStyle') === 1,
    listRule: (sheet, address) => {
      const rule = at(sheet, address, 'Validation') as { type: number; alertStyle: number; formula1: string } | undefined;
      return rule && rule.type === 3 ? { source: rule.formula1, strict: rule.alertStyle === 1 } : undefined;
    },
    highlights: (sheet) =>
      book
        .sheet(sheet)
        .formats.filter((f) => f.path === 'FormatCondition')
        .map((f) => f.value as { Priority: number; formula1: string; 'Interior.Color': number })
        .sort((a, b) => a.Priority - b.Priority)
        .map((rule) => ({ formula: rule.formula1, fill: rgbOf(rule['Interior.Color']) })),
    pageBreaks: (sheet) => [...book.sheet(sheet).pageBreaks],
    edit: (sheet, address, value) => {
      const { top, left } = parseAddress(address);
      book.sheet(sheet).cellForWrite(top, left).value = value;
    },
    select: (sheet, address) => {
      book.active = book.sheet(sheet);
      book.sheet(sheet).selection = address;
    },
    snapshot: () => book.snapshot(),
  };
}

export function wpsHost(options: FakeWpsOptions = {}): ActionHost {
  return {
    name: options.valueShape === 'item' ? 'WPS (Value2 read as Item(r, c))' : 'WPS',
    drawsCharts: false,
    open: (data, actionOptions) => {
      const fake = new FakeWps(data, options);
      return { actions: createWpsActions(fake, actionOptions), book: wpsBook(fake) };
    },
  };
}
