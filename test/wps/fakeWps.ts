// An in-memory fake of the part of WPS 表格's object model DUBAN uses (src/wps/etModel.ts, whose
// members test/wps/etTypings.test.ts checks against Kingsoft's et-jsapi-declare). As the real et
// JSAPI: synchronous; collections 1-based and reached only through Item() (Item(0) and unknown
// names throw); Value2 reads a scalar for one cell and rows of cells for more (or, as some builds
// reportedly do, an object with Item(row, column)); dates are serials and error values CVErr
// numbers; MergeCells is true, false or null (mixed) for a block and MergeArea is asked of one cell
// only; a string written through Value2 is read as typed input unless the cell is Text; the used
// range reaches cells given a number format too; a new sheet becomes the active one; deleting a
// sheet asks the user unless DisplayAlerts is off; the window's RangeSelection is the active
// sheet's selection, area by area.
// Members DUBAN only writes throw when read, so no code can come to rely on a read the fake
// invents. Every assumption is listed in docs/wps.md. Browser-safe: the end-to-end test bundles it.
import type {
  WpsApplication,
  WpsAreas,
  WpsBorder,
  WpsBorders,
  WpsFont,
  WpsFormatCondition,
  WpsFormatConditions,
  WpsFunctionMetadata,
  WpsHPageBreaks,
  WpsInterior,
  WpsListObject,
  WpsListObjects,
  WpsPageSetup,
  WpsPluginStorage,
  WpsRange,
  WpsSheets,
  WpsTaskPane,
  WpsValidation,
  WpsWindow,
  WpsWorkbook,
  WpsWorksheet,
} from '../../src/wps/etModel';
import type { WorkbookData } from '../taskpane/fakeExcel';
import { BookModel, MAX_COLUMN, SheetModel, parseAddress, rectAddress, typedInput, type Rect, type Scalar, type TableModel } from '../taskpane/fakeModel';

export class FakeWpsError extends Error {
  constructor(message: string) {
    super(`fake WPS: ${message}`);
  }
}

const notModelled = (member: string): never => {
  throw new FakeWpsError(`reading ${member} is not modelled: DUBAN only writes it`);
};

/** Excel's error values as the et object model returns them (CVErr: 0x800A0000 + code). */
const CVERR: Readonly<Record<string, number>> = {
  '#NULL!': 2000,
  '#DIV/0!': 2007,
  '#VALUE!': 2015,
  '#REF!': 2023,
  '#NAME?': 2029,
  '#NUM!': 2036,
  '#N/A': 2042,
};
const cvErr = (code: number) => code - 2000 - 2146826288;

export interface FakeWpsOptions {
  /** How a multi-cell Value2 read comes back: rows of cells (default) or an object with Item(r, c). */
  valueShape?: 'rows' | 'item';
}

/** Defines write-only members that record `prefix + name` on the range's cells. */
function recorder<T extends object>(record: (path: string, value: unknown) => void, prefix: string, names: readonly string[]): T {
  const object = {};
  for (const name of names) {
    Object.defineProperty(object, name, {
      get: () => notModelled(`${prefix}${name}`),
      set: (value: unknown) => record(`${prefix}${name}`, value),
    });
  }
  return object as T;
}

class FakeRange implements WpsRange {
  declare ColumnWidth: number;
  declare RowHeight: number;
  declare HorizontalAlignment: number;
  declare VerticalAlignment: number;
  declare WrapText: boolean;
  declare ShrinkToFit: boolean;

  constructor(
    private readonly wps: FakeWps,
    readonly sheet: SheetModel,
    readonly rect: Rect,
    /** A selection's blocks (`rect` is the first); a range got by address is one block. */
    private readonly areas: readonly Rect[] = [rect],
  ) {
    // Formatting DUBAN only writes: each write is recorded on the range's cells.
    const formatting = recorder(this.record, '', ['ColumnWidth', 'RowHeight', 'HorizontalAlignment', 'VerticalAlignment', 'WrapText', 'ShrinkToFit']);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(formatting));
  }

  private record = (path: string, value: unknown): void => {
    this.wps.noteWrite();
    this.sheet.formats.push({ rect: this.rect, path, value });
  };

  private get height(): number {
    return this.rect.bottom - this.rect.top + 1;
  }

  private get width(): number {
    return this.rect.right - this.rect.left + 1;
  }

  private read(r: number, c: number): Scalar | number | null {
    const value = this.sheet.cell(this.rect.top + r, this.rect.left + c)?.value ?? null;
    return typeof value === 'string' && value in CVERR ? cvErr(CVERR[value]) : value;
  }

  get Value2(): unknown {
    this.wps.calls += 1;
    if (this.height === 1 && this.width === 1) return this.read(0, 0);
    if (this.wps.options.valueShape === 'item') return { Item: (r: number, c: number) => this.read(r - 1, c - 1) };
    return Array.from({ length: this.height }, (_, r) => Array.from({ length: this.width }, (_, c) => this.read(r, c)));
  }

  set Value2(rows: unknown) {
    this.wps.noteWrite();
    if (!Array.isArray(rows) || rows.length !== this.height || rows.some((row) => !Array.isArray(row) || row.length !== this.width)) {
      throw new FakeWpsError(`Value2 of ${rectAddress(this.rect)} takes ${this.height} rows of ${this.width} cells`);
    }
    (rows as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.sheet.cellForWrite(this.rect.top + r, this.rect.left + c);
        if (value === null || value === undefined || value === '') Object.assign(cell, { value: null, formula: null });
        else if (typeof value === 'string' && cell.numberFormat !== '@') Object.assign(cell, typedInput(value));
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') Object.assign(cell, { value, formula: null });
        else throw new FakeWpsError(`a cell cannot hold ${JSON.stringify(value)}`);
      }),
    );
  }

  get NumberFormat(): string {
    return notModelled('Range.NumberFormat');
  }

  set NumberFormat(format: string) {
    this.wps.noteWrite();
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) {
      for (let c = this.rect.left; c <= this.rect.right; c += 1) this.sheet.cellForWrite(r, c).numberFormat = format;
    }
  }

  get Row(): number {
    return this.rect.top + 1;
  }

  get Column(): number {
    return this.rect.left + 1;
  }

  get Rows(): { Count: number } {
    return { Count: this.height };
  }

  get Columns(): { Count: number } {
    return { Count: this.width };
  }

  Merge(across = false): void {
    this.wps.noteWrite();
    const rows = across ? Array.from({ length: this.height }, (_, r) => this.rect.top + r) : [null];
    for (const row of rows) {
      const rect = row === null ? this.rect : { ...this.rect, top: row, bottom: row };
      if (rect.top !== rect.bottom || rect.left !== rect.right) this.sheet.merges.push(rect);
    }
  }

  /** Excel's answer: true when every cell is in a merged area (one or several), false when none is, null when some are. */
  get MergeCells(): boolean | null {
    this.wps.calls += 1;
    const { top, left, bottom, right } = this.rect;
    let covered = 0;
    for (const m of this.sheet.merges) {
      const rows = Math.min(bottom, m.bottom) - Math.max(top, m.top) + 1;
      const columns = Math.min(right, m.right) - Math.max(left, m.left) + 1;
      if (rows > 0 && columns > 0) covered += rows * columns;
    }
    return covered === 0 ? false : covered === this.height * this.width ? true : null;
  }

  /** Documented for one cell only ("只应用于单个单元格区域"): the area holding it, or the cell itself. */
  get MergeArea(): WpsRange {
    this.wps.calls += 1;
    if (this.height !== 1 || this.width !== 1) return notModelled(`MergeArea of ${rectAddress(this.rect)}, more than one cell`);
    const { top, left } = this.rect;
    const area = this.sheet.merges.find((m) => top >= m.top && top <= m.bottom && left >= m.left && left <= m.right);
    return new FakeRange(this.wps, this.sheet, area ?? this.rect);
  }

  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string {
    this.wps.calls += 1;
    if (rowAbsolute !== false || columnAbsolute !== false) return notModelled('Address with $ (DUBAN asks Address(false, false))');
    if (this.areas.length > 1) return notModelled('Address of several areas (DUBAN asks each of Areas)');
    const { top, bottom, left, right } = this.rect;
    // Whole rows as Excel writes them: 2:3, not A2:XFD3.
    if (left === 0 && right === MAX_COLUMN) return `${top + 1}:${bottom + 1}`;
    return rectAddress(this.rect);
  }

  get Areas(): WpsAreas {
    return {
      Count: this.areas.length,
      Item: (index: number) => {
        const rect = this.areas[index - 1];
        if (!rect || index < 1) throw new FakeWpsError(`no area ${index} (下标越界)`);
        return new FakeRange(this.wps, this.sheet, rect);
      },
    };
  }

  get Worksheet(): FakeWorksheet {
    return this.wps.worksheet(this.sheet);
  }

  get Font(): WpsFont {
    return recorder(this.record, 'Font.', ['Name', 'Size', 'Bold', 'Color']);
  }

  get Interior(): WpsInterior {
    return recorder(this.record, 'Interior.', ['Color']);
  }

  get Borders(): WpsBorders {
    const record = this.record;
    return Object.assign(recorder<WpsBorders>(record, 'Borders.', ['LineStyle']), {
      Item: (edge: number) => recorder<WpsBorder>(record, `Borders.${edge}.`, ['LineStyle', 'Weight', 'Color']),
    });
  }

  get Validation(): WpsValidation {
    const record = this.record;
    return Object.assign(recorder<WpsValidation>(record, 'Validation.', ['IgnoreBlank', 'InCellDropdown', 'ErrorTitle', 'ErrorMessage', 'ShowError']), {
      Add(type: number, alertStyle?: number, operator?: number, formula1?: string) {
        record('Validation', { type, alertStyle, operator, formula1 });
      },
    });
  }

  get FormatConditions(): WpsFormatConditions {
    const record = this.record;
    return {
      Add(type: number, operator?: unknown, formula1?: string): WpsFormatCondition {
        const rule: Record<string, unknown> = { type, operator, formula1 };
        record('FormatCondition', rule);
        const set = (path: string, value: unknown) => {
          rule[path] = value;
        };
        return Object.assign(recorder<{ Priority: number }>(set, '', ['Priority']), { Interior: recorder<WpsInterior>(set, 'Interior.', ['Color']) });
      },
    };
  }

  Select(): boolean {
    if (this.wps.book.active !== this.sheet) throw new FakeWpsError(`cannot select on ${this.sheet.name}: the sheet is not active`);
    this.sheet.selection = rectAddress(this.rect);
    return true;
  }
}

class FakeListObject implements WpsListObject {
  constructor(
    private readonly wps: FakeWps,
    readonly table: TableModel,
  ) {}

  get Name(): string {
    return this.table.name;
  }

  set Name(name: string) {
    if (this.wps.book.tables.some((t) => t !== this.table && t.name.toUpperCase() === name.toUpperCase())) {
      throw new FakeWpsError(`a table named ${name} exists`);
    }
    this.table.name = name;
  }

  get TableStyle(): string {
    return this.table.style;
  }

  set TableStyle(style: string) {
    this.table.style = style;
  }
}

class FakeWorksheet implements WpsWorksheet {
  constructor(
    private readonly wps: FakeWps,
    readonly model: SheetModel,
  ) {}

  private live(): SheetModel {
    if (this.model.deleted) throw new FakeWpsError(`sheet ${this.model.name} was deleted`);
    return this.model;
  }

  get Name(): string {
    return this.live().name;
  }

  set Name(name: string) {
    const sheet = this.live();
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeWpsError(`bad sheet name ${name}`);
    const other = this.wps.book.find(name);
    if (other && other !== sheet) throw new FakeWpsError(`sheet ${name} exists`);
    sheet.name = name;
  }

  Activate(): void {
    this.wps.book.active = this.live();
  }

  Delete(): void {
    const sheet = this.live();
    if (this.wps.DisplayAlerts) throw new FakeWpsError(`deleting ${sheet.name} would ask the user to confirm (DisplayAlerts is on)`);
    this.wps.noteWrite();
    this.wps.book.deleteSheet(sheet);
  }

  get UsedRange(): WpsRange {
    this.wps.calls += 1;
    const sheet = this.live();
    return new FakeRange(this.wps, sheet, sheet.usedRect(true) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  Range(address: string): WpsRange {
    this.wps.calls += 1;
    return new FakeRange(this.wps, this.live(), parseAddress(address));
  }

  get PageSetup(): WpsPageSetup {
    const sheet = this.live();
    const names = ['PaperSize', 'Orientation', 'Zoom', 'FitToPagesWide', 'FitToPagesTall', 'CenterHorizontally', 'LeftMargin', 'RightMargin', 'TopMargin', 'BottomMargin', 'HeaderMargin', 'FooterMargin', 'CenterFooter', 'PrintTitleRows', 'PrintArea'];
    return recorder<WpsPageSetup>((path, value) => {
      this.wps.noteWrite();
      sheet.pageLayout[path] = value;
    }, '', names);
  }

  get HPageBreaks(): WpsHPageBreaks {
    const sheet = this.live();
    return {
      Add: (before: WpsRange) => {
        if (!(before instanceof FakeRange) || before.sheet !== sheet) throw new FakeWpsError('HPageBreaks.Add is modelled for a range of this sheet only');
        this.wps.noteWrite();
        sheet.pageBreaks.push(before.rect.top);
        return {};
      },
    };
  }

  get ListObjects(): WpsListObjects {
    const sheet = this.live();
    const wps = this.wps;
    const own = () => wps.book.tables.filter((t) => t.sheet === sheet);
    return {
      get Count() {
        return own().length;
      },
      Item: (index: number | string) => {
        const table = typeof index === 'number' ? own()[index - 1] : own().find((t) => t.name.toUpperCase() === index.toUpperCase());
        if (!table) throw new FakeWpsError(`no table ${index} on ${sheet.name}`);
        return new FakeListObject(wps, table);
      },
      Add: (sourceType: number, source: WpsRange, _link?: unknown, hasHeaders?: number) => {
        if (sourceType !== 1 || hasHeaders !== 1 || !(source instanceof FakeRange) || source.sheet !== sheet) {
          throw new FakeWpsError('ListObjects.Add is modelled for a range of this sheet with a header row only');
        }
        wps.noteWrite();
        wps.book.tableCounter += 1;
        const rect = source.rect;
        const headers = Array.from({ length: rect.right - rect.left + 1 }, (_, c) => String(sheet.cell(rect.top, rect.left + c)?.value ?? ''));
        const table: TableModel = { name: `表${wps.book.tableCounter}`, sheet, rect, style: 'TableStyleMedium2', showBandedRows: true, headers };
        wps.book.tables.push(table);
        return new FakeListObject(wps, table);
      },
    };
  }
}

class FakeSheets implements WpsSheets {
  constructor(private readonly wps: FakeWps) {}

  get Count(): number {
    return this.wps.book.sheets.length;
  }

  Item(index: number | string): WpsWorksheet {
    const sheet = typeof index === 'number' ? this.wps.book.sheets[index - 1] : this.wps.book.find(index);
    if (!sheet || (typeof index === 'number' && index < 1)) throw new FakeWpsError(`no sheet ${index} (下标越界)`);
    return this.wps.worksheet(sheet);
  }

  Add(before?: WpsWorksheet | null, after?: WpsWorksheet): WpsWorksheet {
    this.wps.noteWrite();
    const { book } = this.wps;
    let n = book.sheets.length + 1;
    while (book.find(`Sheet${n}`)) n += 1;
    const sheet = new SheetModel(`Sheet${n}`);
    const anchor = (after ?? before) as FakeWorksheet | null | undefined;
    const at = anchor ? book.sheets.indexOf(anchor.model) + (after ? 1 : 0) : book.active ? book.sheets.indexOf(book.active) : 0;
    book.sheets.splice(at, 0, sheet);
    book.active = sheet;
    return this.wps.worksheet(sheet);
  }
}

class FakeWindow implements WpsWindow {
  private split = { row: 0, column: 0 };

  constructor(private readonly wps: FakeWps) {}

  private get sheet(): SheetModel {
    const sheet = this.wps.book.active;
    if (!sheet) throw new FakeWpsError('no active sheet');
    return sheet;
  }

  get FreezePanes(): boolean {
    return this.sheet.frozenRows > 0;
  }

  set FreezePanes(on: boolean) {
    this.wps.noteWrite();
    this.sheet.frozenRows = on && this.split.column === 0 ? this.split.row : 0;
  }

  get SplitRow(): number {
    return this.split.row;
  }

  set SplitRow(row: number) {
    this.split.row = row;
  }

  get SplitColumn(): number {
    return this.split.column;
  }

  set SplitColumn(column: number) {
    this.split.column = column;
  }

  get DisplayGridlines(): boolean {
    return this.sheet.showGridlines;
  }

  /** The active sheet's selection ('A5:O7,A9:O9' as the shared model keeps it; A1 when none was made). */
  get RangeSelection(): WpsRange {
    this.wps.calls += 1;
    const sheet = this.sheet;
    const areas = (sheet.selection ?? 'A1').split(',').map(parseAddress);
    return new FakeRange(this.wps, sheet, areas[0], areas);
  }

  set DisplayGridlines(on: boolean) {
    this.wps.noteWrite();
    this.sheet.showGridlines = on;
  }
}

export interface FakeTaskPane extends WpsTaskPane {
  url: string;
}

/** The fake: `window.wps` and `window.Application` in the e2e page, the app the adapter gets in Node. */
export class FakeWps implements WpsApplication {
  readonly book = new BookModel();
  readonly Workbooks = { Count: 1 };
  readonly ActiveWorkbook: WpsWorkbook = { Worksheets: new FakeSheets(this) };
  readonly ActiveWindow: WpsWindow = new FakeWindow(this);
  ScreenUpdating = true;
  DisplayAlerts = true;
  /** Writes made while the screen was updating: each a redraw the user would sit through. */
  writesWhileUpdating = 0;
  /** Calls that read a range (Range, UsedRange, Value2, MergeCells, MergeArea, Address), each ~0.2 ms across processes in WPS. */
  calls = 0;
  readonly panes: FakeTaskPane[] = [];
  readonly functions = new Map<string, { callback: (...args: unknown[]) => unknown; metadata?: WpsFunctionMetadata }>();
  private readonly storage = new Map<string, string>();
  private readonly sheetObjects = new Map<SheetModel, FakeWorksheet>();

  readonly PluginStorage: WpsPluginStorage = {
    getItem: (key) => this.storage.get(key) ?? null,
    setItem: (key, value) => {
      this.storage.set(key, String(value));
    },
  };

  constructor(
    data: WorkbookData,
    readonly options: FakeWpsOptions = {},
  ) {
    for (const sheet of data.sheets) {
      const model = this.book.addSheet(sheet.name);
      sheet.values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value !== null && value !== undefined && value !== '') model.cellForWrite(r, c).value = value;
        }),
      );
      for (const area of sheet.merged ?? []) model.merges.push(parseAddress(area));
    }
  }

  noteWrite(): void {
    if (this.ScreenUpdating) this.writesWhileUpdating += 1;
  }

  worksheet(model: SheetModel): FakeWorksheet {
    let sheet = this.sheetObjects.get(model);
    if (!sheet) this.sheetObjects.set(model, (sheet = new FakeWorksheet(this, model)));
    return sheet;
  }

  CreateTaskPane(url: string): WpsTaskPane {
    const pane: FakeTaskPane = { ID: this.panes.length + 1, Visible: false, DockPosition: 0, Width: 0, url };
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): WpsTaskPane {
    const pane = this.panes.find((p) => p.ID === id);
    if (!pane) throw new FakeWpsError(`no task pane ${id}`);
    return pane;
  }

  AddCustomFunction = (namespace: string, name: string, callback: (...args: unknown[]) => unknown, metadata?: WpsFunctionMetadata): void => {
    this.functions.set(`${namespace}.${name}`, { callback, metadata });
  };

  /** A formula's call, `=DUBAN.SCORE(…)`, with the arguments as WPS passes them. */
  call(qualifiedName: string, ...args: unknown[]): unknown {
    const registered = this.functions.get(qualifiedName);
    if (!registered) throw new FakeWpsError(`#NAME? ${qualifiedName} is not registered`);
    return registered.callback(...args);
  }
}
