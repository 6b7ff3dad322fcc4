// The in-memory workbook behind fakeExcel.ts: sheets of cells with number formats, merges,
// tables and the formatting calls recorded per range. Plain TypeScript, no Node APIs, so the
// browser end-to-end test can bundle it too.

export type Scalar = string | number | boolean;

export interface Rect {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Cell {
  value: Scalar | null;
  /** Set when a string reached a cell as Excel reads typed input: `=…` and the like. */
  formula: string | null;
  numberFormat: string;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style: string;
  showBandedRows: boolean;
  headers: string[];
}

export interface RecordedFormat {
  rect: Rect;
  /** `format.font.bold`, `dataValidation.rule`, `conditionalFormat` … */
  path: string;
  value: unknown;
}

/** A chart as Office.js built it: its first series' cells, and what was set on it. */
export interface ChartModel {
  type: string;
  seriesBy: string;
  /** The first series' values, one column. */
  values: Rect;
  /** Its category labels (setXAxisValues), as many rows as the values; null until set. */
  labels: Rect | null;
  /** `title.text`, `axes.valueAxis.maximum`, `series.name`, `left` … as last set. */
  props: Record<string, unknown>;
  /** setPosition's cells, or null for a chart placed by left/top/width/height. */
  position: { from: Rect; to: Rect } | null;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

const MAX_ROW = 1_048_575;
export const MAX_COLUMN = 16_383;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A1`, `A1:P31`, `$A$2:$A$2000`, whole columns `A:AJ` and whole rows `5:7`. */
export function parseAddress(address: string): Rect {
  const parts = address.replace(/\$/g, '').split(':');
  const point = (text: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return { column: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = point(parts[0]);
  const b = point(parts[1] ?? parts[0]);
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROW,
    right: b.column ?? MAX_COLUMN,
  };
}

export const rectAddress = (r: Rect): string =>
  `${columnName(r.left)}${r.top + 1}${r.top === r.bottom && r.left === r.right ? '' : `:${columnName(r.right)}${r.bottom + 1}`}`;

export const overlaps = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const covers = (a: Rect, row: number, column: number): boolean => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What Excel stores for a string arriving through Range.values in a cell that is not Text
 * formatted: as if typed, `=`, `+`, `-`, `@` start a formula, numbers and ISO dates are converted.
 */
export function typedInput(text: string): Pick<Cell, 'value' | 'formula'> {
  if (/^[=+\-@]/.test(text) && !NUMBER.test(text)) return { value: null, formula: text };
  if (NUMBER.test(text.trim())) return { value: Number(text), formula: null };
  const day = ISO_DAY.exec(text);
  if (day) return { value: Date.UTC(+day[1], +day[2] - 1, +day[3]) / 86_400_000 + 25_569, formula: null };
  return { value: text, formula: null };
}

export class SheetModel {
  readonly rows: (Cell | undefined)[][] = [];
  readonly merges: Rect[] = [];
  readonly formats: RecordedFormat[] = [];
  frozenRows = 0;
  showGridlines = true;
  printTitleRows: string | null = null;
  printArea: string | null = null;
  readonly charts: ChartModel[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  /** The selected areas, A1 ranges split by commas ('A5:O7,A9:O9'), as getSelectedRanges gives them. */
  selection: string | null = null;
  /** 0-based rows that begin a new printed page (horizontalPageBreaks.add). */
  readonly pageBreaks: number[] = [];
  deleted = false;

  constructor(public name: string) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  cellForWrite(row: number, column: number): Cell {
    const line = (this.rows[row] ??= []);
    return (line[column] ??= { value: null, formula: null, numberFormat: 'General' });
  }

  /**
   * The bounding box of cells holding a value or a formula (getUsedRange(true)), or null; with
   * `formatted`, of cells given a number format too, as the VBA model's UsedRange reaches them.
   */
  usedRect(formatted = false): Rect | null {
    let rect: Rect | null = null;
    this.rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell || (cell.value === null && cell.formula === null && !(formatted && cell.numberFormat !== 'General'))) return;
        rect = rect
          ? { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
    return rect;
  }

  /** The last value recorded for `path` on a range covering the cell, as Excel would show it. */
  formatAt(address: string, path: string): unknown {
    const { top, left } = parseAddress(address);
    let found: unknown;
    for (const f of this.formats) if (f.path === path && covers(f.rect, top, left)) found = f.value;
    return found;
  }
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  active: SheetModel | null = null;
  tableCounter = 0;

  find(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase()) ?? null;
  }

  addSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
    if (this.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** The sheet by name, for read-back; a missing sheet is a bug in the test. */
  sheet(name: string): SheetModel {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`fake workbook: no sheet ${name}`);
    return sheet;
  }

  /** Values from A1 to the last used cell, null for blanks: the shape readWorkbookFile gives. */
  values(name: string): (Scalar | null)[][] {
    const sheet = this.sheet(name);
    const used = sheet.usedRect();
    if (!used) return [];
    return Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: used.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? null));
  }

  cellAt(name: string, address: string): { value: Scalar | null; formula: string | null; numberFormat: string } {
    const { top, left } = parseAddress(address);
    const cell = this.sheet(name).cell(top, left);
    return { value: cell?.value ?? null, formula: cell?.formula ?? null, numberFormat: cell?.numberFormat ?? 'General' };
  }

  merges(name: string): string[] {
    return this.sheet(name).merges.map(rectAddress);
  }

  tableList(): { name: string; sheet: string; address: string; style: string; headers: string[] }[] {
    return this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: rectAddress(t.rect), style: t.style, headers: t.headers }));
  }

  /** The sheet's charts with their cells as addresses. */
  chartList(name: string) {
    return this.sheet(name).charts.map((c) => ({
      type: c.type,
      values: rectAddress(c.values),
      labels: c.labels && rectAddress(c.labels),
      position: c.position && { from: rectAddress(c.position.from), to: rectAddress(c.position.to) },
      props: { ...c.props },
    }));
  }

  /** Everything as plain data, for a browser test to read through page.evaluate. */
  snapshot() {
    return {
      activeSheet: this.active?.name ?? null,
      tables: this.tableList(),
      sheets: this.sheets.map((s) => ({
        name: s.name,
        values: this.values(s.name),
        merges: this.merges(s.name),
        frozenRows: s.frozenRows,
        showGridlines: s.showGridlines,
        printTitleRows: s.printTitleRows,
        pageBreaks: [...s.pageBreaks],
        printArea: s.printArea,
        charts: this.chartList(s.name),
        pageLayout: { ...s.pageLayout },
        selection: s.selection,
      })),
    };
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'a workbook keeps one sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i -= 1) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0];
  }
}
