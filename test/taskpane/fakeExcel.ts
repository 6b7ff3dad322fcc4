// An in-memory fake of the Excel JavaScript API subset the task pane's adapter uses
// (src/taskpane/excel/). Like Office.js it queues calls and applies them only at sync(), throws
// PropertyNotLoaded for a property read before it was loaded and synced, refuses a request or a
// response over Excel on the web's 5 MB payload limit (desktop Excel has none), answers
// requirement-set checks for the ExcelApi version it is told to be (ApiNotFound for a call above
// it), and counts sync() calls. Browser-safe: `installFakeOffice` puts `Excel` and `Office` on the global object for the
// end-to-end test.
import {
  BookModel,
  FakeOfficeError,
  type ChartModel,
  SheetModel,
  overlaps,
  parseAddress,
  rectAddress,
  typedInput,
  type Rect,
  type Scalar,
  type TableModel,
} from './fakeModel';

export { FakeOfficeError } from './fakeModel';

export interface SheetData {
  name: string;
  values: readonly (readonly (Scalar | null | undefined)[])[];
  /** Merged areas ('A3:A5'); as in Excel, only the top-left cell of each should hold a value. */
  merged?: readonly string[];
}

export interface WorkbookData {
  sheets: readonly SheetData[];
}

/** Office.PlatformType values the fake models: Excel on the web, and desktop Excel on Windows. */
export type FakePlatform = 'OfficeOnline' | 'PC';

export interface FakeOptions {
  /** Reported as Office.context.diagnostics.platform; default OfficeOnline. */
  platform?: FakePlatform;
  /** Bytes a request or a response may carry: 5 MB on the web, no limit on desktop, unless given. */
  payloadLimit?: number;
  /**
   * The highest ExcelApi requirement set this Excel has; default 1.14 (Excel 2021). Below 1.13,
   * getMergedAreasOrNullObject fails its sync with ApiNotFound, as Office.js does for a call the
   * host lacks.
   */
  excelApi?: string;
}

/** Requirement sets other than ExcelApi that the fake reports, at these versions. */
const OTHER_SETS: Readonly<Record<string, string>> = { SharedRuntime: '1.1' };

/** Whether version a (`1.13`) is at least b. */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  return true;
}

/**
 * Range.getMergedAreasOrNullObject "will fail to return the result" past 512 areas (its
 * reference); the reference names no error code, so the fake's is a guess.
 */
export const MERGED_AREAS_LIMIT = 512;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Calls queued in this batch. */
  calls: number;
  /** suspendScreenUpdatingUntilNextSync() was queued in this batch. */
  screenSuspended: boolean;
}

const CALL_BYTES = 30;

/** UTF-8 bytes of a value as JSON, as the request would carry it. */
function wireBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

interface Call {
  bytes: number;
  run: () => void;
}

interface Delivery {
  target: ClientObject;
  values: Record<string, unknown>;
  bytes: number;
}

/** What every proxy shares: loaded properties, readable only after the sync that loaded them. */
class ClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly ctx: FakeContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(property) as T;
  }

  /** The loaded properties, as Office.js objects serialise. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  deliver(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
}

const propertyList = (props: string | string[] | undefined): string[] =>
  (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);

/** Defines setters that queue a recorded format call, and getters that need a load first. */
function recordingObject(ctx: FakeContext, record: (path: string, value: unknown) => void, prefix: string, names: readonly string[]): object {
  const object = {};
  for (const name of names) {
    Object.defineProperty(object, name, {
      get() {
        throw new FakeOfficeError('PropertyNotLoaded', `The property '${prefix}${name}' is not available.`);
      },
      set(value: unknown) {
        ctx.queue(wireBytes(value), () => record(`${prefix}${name}`, value));
      },
    });
  }
  return object;
}

type RangeTarget = { sheet: SheetModel; rect: Rect } | null;

/** Range.getMergedAreasOrNullObject: the merged areas whose top-left cell lies in the range. */
class FakeRangeAreas extends ClientObject {
  private resolved: { sheet: SheetModel; areas: Rect[] } | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly target: () => { sheet: SheetModel; rect: Rect },
  ) {
    super(ctx);
    ctx.queue(CALL_BYTES, () => {
      if (!ctx.fake.supportsSet('ExcelApi', '1.13')) throw new FakeOfficeError('ApiNotFound', 'The requested API is not supported by this Excel.');
      this.deliver({ isNullObject: this.resolve() === null });
    });
  }

  private resolve(): { sheet: SheetModel; areas: Rect[] } | null {
    if (this.resolved === undefined) {
      const { sheet, rect } = this.target();
      const areas = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
      if (areas.length > MERGED_AREAS_LIMIT) throw new FakeOfficeError('GeneralException', `more than ${MERGED_AREAS_LIMIT} merged areas`);
      this.resolved = areas.length > 0 ? { sheet, areas } : null;
    }
    return this.resolved;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get areas(): { items: { address: string }[] } {
    return this.read('areas');
  }

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.queue(CALL_BYTES, () => {
      const found = this.resolve();
      if (!found) return this.ctx.respond(this, { isNullObject: true });
      const addresses = found.areas.map((area) => `'${found.sheet.name}'!${rectAddress(area)}`);
      const values: Record<string, unknown> = { isNullObject: false };
      for (const name of names) {
        if (name === 'address') values.address = addresses.join(',');
        else if (name === 'areas/items/address') values.areas = { items: addresses.map((address) => ({ address })) };
        else throw new FakeOfficeError('NotImplemented', `fake range areas cannot load ${name}`);
      }
      this.ctx.respond(this, values);
    });
    return this;
  }
}

class FakeRange extends ClientObject {
  readonly format: object;
  readonly dataValidation: object;
  readonly conditionalFormats: { add: (type: string) => object };
  private resolved: RangeTarget | undefined;

  constructor(
    ctx: FakeContext,
    private readonly target: () => RangeTarget,
    nullable: boolean,
  ) {
    super(ctx);
    if (nullable) ctx.queue(CALL_BYTES, () => this.deliver({ isNullObject: this.resolve() === null }));
    const record = (path: string, value: unknown) => {
      const { sheet, rect } = this.existing();
      sheet.formats.push({ rect, path, value });
    };
    const font = recordingObject(ctx, record, 'format.font.', ['name', 'size', 'bold', 'color']);
    const fill = recordingObject(ctx, record, 'format.fill.', ['color']);
    const borders = {
      getItem: (edge: string) => recordingObject(ctx, record, `format.borders.${edge}.`, ['style', 'color', 'weight']),
    };
    this.format = Object.assign(
      recordingObject(ctx, record, 'format.', ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'shrinkToFit', 'columnWidth', 'rowHeight']),
      { font, fill, borders },
    );
    this.dataValidation = recordingObject(ctx, record, 'dataValidation.', ['rule', 'errorAlert', 'ignoreBlanks']);
    this.conditionalFormats = {
      add: (type: string) => {
        const rule: Record<string, unknown> = { type };
        ctx.queue(CALL_BYTES, () => record('conditionalFormat', rule));
        const set = (path: string, value: unknown) => {
          rule[path] = value;
        };
        return Object.assign(recordingObject(ctx, set, '', ['priority']), {
          custom: {
            rule: recordingObject(ctx, set, 'rule.', ['formula']),
            format: { fill: recordingObject(ctx, set, 'fill.', ['color']) },
          },
        });
      },
    };
  }

  private resolve(): RangeTarget {
    this.resolved ??= this.target();
    return this.resolved;
  }

  /** The sheet and cells this range stands for, once the calls before it have run. */
  existing(): { sheet: SheetModel; rect: Rect } {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError('ItemNotFound', 'null object');
    if (t.sheet.deleted) throw new FakeOfficeError('ItemNotFound', `sheet ${t.sheet.name} was deleted`);
    return t;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get values(): Scalar[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.ctx.queue(wireBytes(values), () => this.writeCells(values, (cell, v) => {
      if (v === '') Object.assign(cell, { value: null, formula: null });
      else if (typeof v === 'string' && cell.numberFormat !== '@') Object.assign(cell, typedInput(v));
      else Object.assign(cell, { value: v, formula: null });
    }));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.queue(wireBytes(formats), () => this.writeCells(formats, (cell, v) => {
      cell.numberFormat = v === '' ? 'General' : String(v);
    }));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  /** Office.js skips null entries; the array must have the range's shape. */
  private writeCells(grid: unknown[][], apply: (cell: ReturnType<SheetModel['cellForWrite']>, value: unknown) => void): void {
    const { sheet, rect } = this.existing();
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== columns)) {
      throw new FakeOfficeError('InvalidArgument', `the array does not match the size of ${rectAddress(rect)}`);
    }
    grid.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null && value !== undefined) apply(sheet.cellForWrite(rect.top + r, rect.left + c), value);
      }),
    );
  }

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.queue(CALL_BYTES, () => {
      const t = this.resolve();
      if (!t) return this.ctx.respond(this, { isNullObject: true });
      const { sheet, rect } = this.existing();
      const cells = () =>
        Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
          Array.from({ length: rect.right - rect.left + 1 }, (_, c) => sheet.cell(rect.top + r, rect.left + c)),
        );
      const all: Record<string, () => unknown> = {
        values: () => cells().map((line) => line.map((cell) => cell?.value ?? '')),
        numberFormat: () => cells().map((line) => line.map((cell) => cell?.numberFormat ?? 'General')),
        formulas: () => cells().map((line) => line.map((cell) => cell?.formula ?? cell?.value ?? '')),
        address: () => `'${sheet.name}'!${rectAddress(rect)}`,
        rowIndex: () => rect.top,
        columnIndex: () => rect.left,
        rowCount: () => rect.bottom - rect.top + 1,
        columnCount: () => rect.right - rect.left + 1,
      };
      const values: Record<string, unknown> = { isNullObject: false };
      for (const name of names) {
        if (!all[name]) throw new FakeOfficeError('NotImplemented', `fake range cannot load ${name}`);
        values[name] = all[name]();
      }
      this.ctx.respond(this, values);
    });
    return this;
  }

  merge(across = false): void {
    this.ctx.queue(CALL_BYTES, () => {
      const { sheet, rect } = this.existing();
      const areas = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => ({ ...rect, top: rect.top + r, bottom: rect.top + r }))
        : [rect];
      for (const area of areas) {
        if (sheet.merges.some((m) => overlaps(m, area))) throw new FakeOfficeError('InvalidOperation', `merge overlaps at ${rectAddress(area)}`);
        if (area.left !== area.right || area.top !== area.bottom) sheet.merges.push(area);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.existing());
  }

  select(): void {
    this.ctx.queue(CALL_BYTES, () => {
      const { sheet, rect } = this.existing();
      if (this.ctx.book.active !== sheet) throw new FakeOfficeError('InvalidOperation', 'select needs the active sheet');
      sheet.selection = rectAddress(rect);
    });
  }

  /**
   * The sheet's used range cut to this range, or a null object. (The reference does not say
   * whether Excel also shrinks it to the used cells inside; the adapter is right either way.)
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new FakeOfficeError('NotImplemented', 'the fake knows the used range of values only');
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.existing();
      const used = sheet.usedRect();
      const cut = used && { top: Math.max(used.top, rect.top), left: Math.max(used.left, rect.left), bottom: Math.min(used.bottom, rect.bottom), right: Math.min(used.right, rect.right) };
      return cut && cut.top <= cut.bottom && cut.left <= cut.right ? { sheet, rect: cut } : null;
    }, true);
  }
}

class FakeTable extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly model: () => TableModel,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.ctx.queue(wireBytes(name), () => {
      const table = this.model();
      if (this.ctx.book.tables.some((t) => t !== table && t.name.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError('InvalidArgument', `table name ${name} is taken`);
      }
      table.name = name;
    });
  }
  set style(style: string) {
    this.ctx.queue(wireBytes(style), () => {
      this.model().style = style;
    });
  }
  set showBandedRows(on: boolean) {
    this.ctx.queue(CALL_BYTES, () => {
      this.model().showBandedRows = on;
    });
  }
}

/**
 * A chart added in a batch: its first series must be one column of numbers (or blanks) on the
 * chart's own sheet, its labels as many rows on that sheet, so a chart over the wrong cells fails.
 */
class FakeChart {
  readonly title: object;
  readonly axes: { categoryAxis: object; valueAxis: object };
  readonly legend: object;
  readonly dataLabels: object;
  readonly series: { getItemAt: (index: number) => object };

  constructor(
    private readonly ctx: FakeContext,
    private readonly model: () => ChartModel,
    private readonly sheet: () => SheetModel,
  ) {
    const record = (path: string, value: unknown) => {
      this.model().props[path] = value;
    };
    const axis = (name: string) =>
      Object.assign(recordingObject(ctx, record, `axes.${name}.`, ['minimum', 'maximum', 'reversePlotOrder']), {
        title: recordingObject(ctx, record, `axes.${name}.title.`, ['text']),
      });
    this.title = recordingObject(ctx, record, 'title.', ['text']);
    this.axes = { categoryAxis: axis('categoryAxis'), valueAxis: axis('valueAxis') };
    this.legend = recordingObject(ctx, record, 'legend.', ['visible']);
    this.dataLabels = recordingObject(ctx, record, 'dataLabels.', ['showValue']);
    // Accessors, which Object.assign would not copy.
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(recordingObject(ctx, record, '', ['left', 'top', 'width', 'height'])));
    this.series = {
      getItemAt: (index: number) => {
        if (index !== 0) throw new FakeOfficeError('NotImplemented', 'the fake charts one series');
        return Object.assign(recordingObject(ctx, record, 'series.', ['name']), {
          setXAxisValues: (range: FakeRange) =>
            ctx.queue(CALL_BYTES, () => {
              const chart = this.model();
              const labels = this.cellsOnSheet(range);
              if (labels.bottom - labels.top !== chart.values.bottom - chart.values.top) {
                throw new FakeOfficeError('InvalidArgument', `labels ${rectAddress(labels)} and values ${rectAddress(chart.values)} differ in length`);
              }
              chart.labels = labels;
            }),
        });
      },
    };
  }

  /** A range of the chart's own sheet. */
  cellsOnSheet(range: FakeRange): Rect {
    const { sheet, rect } = range.existing();
    if (sheet !== this.sheet()) throw new FakeOfficeError('InvalidArgument', `a chart on ${this.sheet().name} refers to ${sheet.name}`);
    return rect;
  }

  setPosition(startCell: string, endCell: string): void {
    this.ctx.queue(CALL_BYTES, () => {
      this.model().position = { from: parseAddress(startCell), to: parseAddress(endCell) };
    });
  }
}

class FakeWorksheet extends ClientObject {
  private resolved: SheetModel | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly target: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.queue(CALL_BYTES, () => this.deliver({ isNullObject: this.resolve() === null }));
  }

  private resolve(): SheetModel | null {
    this.resolved ??= this.target();
    return this.resolved;
  }

  model(): SheetModel {
    const sheet = this.resolve();
    if (!sheet || sheet.deleted) throw new FakeOfficeError('ItemNotFound', 'the worksheet does not exist');
    return sheet;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  set showGridlines(on: boolean) {
    this.ctx.queue(CALL_BYTES, () => {
      this.model().showGridlines = on;
    });
  }

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.queue(CALL_BYTES, () => {
      const values: Record<string, unknown> = {};
      for (const name of names) {
        if (name !== 'name') throw new FakeOfficeError('NotImplemented', `fake worksheet cannot load ${name}`);
        values.name = this.model().name;
      }
      this.ctx.respond(this, values);
    });
    return this;
  }

  /** Without an address, the whole sheet, as Office.js gives it. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.model(), rect: parseAddress(address ?? '1:1048576') }), false);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    const rect = { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
    return new FakeRange(this.ctx, () => ({ sheet: this.model(), rect }), false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new FakeOfficeError('NotImplemented', 'the fake knows the used range of values only');
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    }, true);
  }

  activate(): void {
    this.ctx.queue(CALL_BYTES, () => {
      this.ctx.book.active = this.model();
    });
  }

  delete(): void {
    this.ctx.queue(CALL_BYTES, () => this.ctx.book.deleteSheet(this.model()));
  }

  get tables() {
    return {
      add: (address: string, hasHeaders: boolean) => {
        const added: { table: TableModel | null } = { table: null };
        this.ctx.queue(wireBytes(address), () => {
          const sheet = this.model();
          const rect = parseAddress(address);
          if (this.ctx.book.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
            throw new FakeOfficeError('InvalidOperation', 'tables overlap');
          }
          const headers = Array.from({ length: rect.right - rect.left + 1 }, (_, c) => sheet.cell(rect.top, rect.left + c)?.value);
          if (!hasHeaders || headers.some((h) => typeof h !== 'string' || h === '')) {
            throw new FakeOfficeError('InvalidArgument', 'the fake adds tables over a written header row only');
          }
          this.ctx.book.tableCounter += 1;
          const table = { name: `Table${this.ctx.book.tableCounter}`, sheet, rect, style: 'TableStyleMedium2', showBandedRows: true, headers: headers as string[] };
          this.ctx.book.tables.push(table);
          added.table = table;
        });
        return new FakeTable(this.ctx, () => {
          if (!added.table) throw new FakeOfficeError('ItemNotFound', 'the table was not added');
          return added.table;
        });
      },
    };
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const added: { chart: ChartModel | null } = { chart: null };
        const chart = new FakeChart(
          this.ctx,
          () => {
            if (!added.chart) throw new FakeOfficeError('ItemNotFound', 'the chart was not added');
            return added.chart;
          },
          () => this.model(),
        );
        this.ctx.queue(CALL_BYTES, () => {
          const sheet = this.model();
          const values = chart.cellsOnSheet(source);
          if (seriesBy !== 'Columns' || values.left !== values.right) {
            throw new FakeOfficeError('NotImplemented', `the fake charts one column of values, not ${rectAddress(values)} by ${seriesBy}`);
          }
          for (let r = values.top; r <= values.bottom; r += 1) {
            const value = sheet.cell(r, values.left)?.value ?? null;
            if (value !== null && typeof value !== 'number') {
              throw new FakeOfficeError('InvalidArgument', `chart values ${rectAddress(values)} hold ${JSON.stringify(value)}`);
            }
          }
          added.chart = { type, seriesBy, values, labels: null, props: {}, position: null };
          sheet.charts.push(added.chart);
        });
        return chart;
      },
    };
  }

  get freezePanes() {
    return {
      freezeRows: (count = 1) =>
        this.ctx.queue(CALL_BYTES, () => {
          this.model().frozenRows = count;
        }),
    };
  }

  get horizontalPageBreaks() {
    return {
      add: (address: string) =>
        this.ctx.queue(wireBytes(address), () => {
          this.model().pageBreaks.push(parseAddress(address).top);
        }),
    };
  }

  get pageLayout(): object {
    const set = (path: string, value: unknown) => {
      this.model().pageLayout[path] = value;
    };
    const props = ['paperSize', 'orientation', 'zoom', 'centerHorizontally', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'];
    return Object.assign(recordingObject(this.ctx, set, '', props), {
      headersFooters: { defaultForAllPages: recordingObject(this.ctx, set, 'footer.', ['centerFooter']) },
      setPrintTitleRows: (rows: string) =>
        this.ctx.queue(wireBytes(rows), () => {
          this.model().printTitleRows = rows;
        }),
      setPrintArea: (area: string) =>
        this.ctx.queue(wireBytes(area), () => {
          parseAddress(area);
          this.model().printArea = area;
        }),
    });
  }
}

/** getSelectedRanges: the active sheet's selection, each area qualified by its sheet as Office.js gives it. */
class FakeSelectedRanges extends ClientObject {
  get address(): string {
    return this.read('address');
  }

  load(props?: string): this {
    if (props !== 'address') throw new FakeOfficeError('NotImplemented', `fake range areas load address only, not ${props}`);
    this.ctx.queue(CALL_BYTES, () => {
      const sheet = this.ctx.book.active;
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'no active sheet');
      const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
      this.ctx.respond(this, { address: (sheet.selection ?? 'A1').split(',').map((area) => `${quoted}!${area}`).join(',') });
    });
    return this;
  }
}

/** A collection loaded with `items/name`. */
class FakeCollection<T> extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly list: () => T[],
  ) {
    super(ctx);
  }
  get items(): T[] {
    return this.read('items');
  }
  load(props?: string): this {
    if (props !== 'items/name') throw new FakeOfficeError('NotImplemented', `fake collections load items/name only, not ${props}`);
    this.ctx.queue(CALL_BYTES, () => this.ctx.respond(this, { items: this.list() }));
    return this;
  }
}

class FakeContext {
  private calls: Call[] = [];
  private deliveries: Delivery[] = [];
  private suspended = false;
  readonly workbook;
  readonly application;

  constructor(readonly fake: FakeExcel) {
    const book = fake.book;
    const sheetProxy = (sheet: SheetModel) => {
      const proxy = new FakeWorksheet(this, () => sheet);
      proxy.deliver({ name: sheet.name });
      return proxy;
    };
    const worksheets = Object.assign(new FakeCollection(this, () => book.sheets.map(sheetProxy)), {
      getItem: (name: string) => new FakeWorksheet(this, () => book.find(name)),
      getItemOrNullObject: (name: string) => new FakeWorksheet(this, () => book.find(name), true),
      getActiveWorksheet: () => new FakeWorksheet(this, () => book.active),
      add: (name: string) => {
        const added: { sheet: SheetModel | null } = { sheet: null };
        this.queue(wireBytes(name), () => {
          added.sheet = book.addSheet(name);
        });
        return new FakeWorksheet(this, () => added.sheet);
      },
    });
    const tables = new FakeCollection(this, () =>
      book.tables.map((table) => {
        const proxy = new FakeTable(this, () => table);
        proxy.deliver({ name: table.name });
        return proxy;
      }),
    );
    const getSelectedRanges = () => new FakeSelectedRanges(this);
    this.workbook = { worksheets, tables, getSelectedRanges };
    this.application = {
      suspendScreenUpdatingUntilNextSync: () =>
        this.queue(CALL_BYTES, () => {
          this.suspended = true;
        }),
    };
  }

  get book(): BookModel {
    return this.fake.book;
  }

  queue(bytes: number, run: () => void): void {
    this.calls.push({ bytes: bytes + CALL_BYTES, run });
  }

  respond(target: ClientObject, values: Record<string, unknown>): void {
    this.deliveries.push({ target, values, bytes: wireBytes(values) });
  }

  get pending(): number {
    return this.calls.length;
  }

  async sync(): Promise<void> {
    const calls = this.calls;
    this.calls = [];
    this.deliveries = [];
    this.suspended = false;
    const requestBytes = calls.reduce((n, c) => n + c.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, calls: calls.length, screenSuspended: false };
    this.fake.syncs.push(record);
    // A real sync is a round trip: callers must not rely on it finishing synchronously.
    await Promise.resolve();
    if (requestBytes > this.fake.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    // As Office.js: calls before a failing one stay applied.
    for (const call of calls) call.run();
    record.screenSuspended = this.suspended;
    record.responseBytes = this.deliveries.reduce((n, d) => n + d.bytes, 0);
    if (record.responseBytes > this.fake.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const d of this.deliveries) d.target.deliver(d.values);
  }
}

/** The fake Excel: the workbook, Excel.run, and read-back for tests. */
export class FakeExcel {
  readonly book = new BookModel();
  readonly syncs: SyncRecord[] = [];
  readonly platform: FakePlatform;
  readonly payloadLimit: number;
  readonly excelApi: string;

  constructor(data: WorkbookData, options: FakeOptions = {}) {
    this.platform = options.platform ?? 'OfficeOnline';
    this.payloadLimit = options.payloadLimit ?? (this.platform === 'OfficeOnline' ? 5 * 1024 * 1024 : Infinity);
    this.excelApi = options.excelApi ?? '1.14';
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

  /** Office.context.requirements.isSetSupported. */
  supportsSet(name: string, version: string): boolean {
    const has = name === 'ExcelApi' ? this.excelApi : OTHER_SETS[name];
    return has !== undefined && atLeast(has, version);
  }

  /** Excel.run: a fresh context; calls still queued at the end are a bug in the caller. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending > 0) throw new Error(`fake Excel: ${context.pending} queued calls were never synced`);
    return result;
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    return this.book.sheet(name);
  }

  /** Values from A1 to the last used cell, null for blanks: the shape readWorkbookFile gives. */
  values(name: string): (Scalar | null)[][] {
    return this.book.values(name);
  }

  cell(name: string, address: string): { value: Scalar | null; formula: string | null; numberFormat: string } {
    return this.book.cellAt(name, address);
  }

  merges(name: string): string[] {
    return this.book.merges(name);
  }

  tables(): { name: string; sheet: string; address: string; style: string; headers: string[] }[] {
    return this.book.tableList();
  }

  /** The sheet's charts with their cells as addresses. */
  charts(name: string) {
    return this.book.chartList(name);
  }

  activeSheet(): string | null {
    return this.book.active?.name ?? null;
  }

  /** Everything as plain data, for a browser test to read through page.evaluate. */
  snapshot() {
    return { syncCount: this.syncCount, ...this.book.snapshot() };
  }
}

export function loadWorkbook(data: WorkbookData, options?: FakeOptions): FakeExcel {
  return new FakeExcel(data, options);
}

/**
 * Puts the fake on the global object as Office.js would: `Excel.run`, `Office.onReady` resolving
 * with host Excel and the platform, which `Office.context.diagnostics` reports too. The fake
 * itself is on `globalThis.__fakeExcel` for read-back.
 */
export function installFakeOffice(data: WorkbookData, options?: FakeOptions): FakeExcel {
  const fake = new FakeExcel(data, options);
  const info = { host: 'Excel', platform: fake.platform };
  Object.assign(globalThis, {
    Excel: { run: fake.run },
    Office: {
      HostType: { Excel: 'Excel' },
      // Office.js's enums are strings at run time.
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
      context: { diagnostics: info, requirements: { isSetSupported: (name: string, version?: string) => fake.supportsSet(name, version ?? '1.1') } },
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
    },
    __fakeExcel: fake,
  });
  return fake;
}
