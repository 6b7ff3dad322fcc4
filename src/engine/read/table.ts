// Finding a sheet by name or alias, its header row, and its columns by header text or alias.
import { cellAddress } from '../cellAddress';
import type { CellValue, Problem, SheetInput, WorkbookInput } from '../model';
import { MSG } from './messages';
import { SHEET_NAMES, type ColumnSpec, type SheetKind } from './schema';
import { cellKey, isBlank, isExcelError, normalizeText } from '../text';

export interface TableRow {
  /** 0-based row index in the sheet. */
  index: number;
  cells: readonly CellValue[];
}

export interface Table<K extends string> {
  sheet: string;
  /** 0-based index of the header row. */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: Partial<Record<K, number>>;
  /** Data rows below the header that hold anything at all. */
  rows: readonly TableRow[];
}

/** How many known headers make a row the header row (SPEC §1: three; two-column sheets: two). */
const HEADER_THRESHOLD = 3;

export function findSheet(book: WorkbookInput, kind: SheetKind): SheetInput | null {
  const wanted = SHEET_NAMES[kind].map(normalizeText);
  for (const name of wanted) {
    const sheet = book.sheets.find((s) => normalizeText(s.name) === name);
    if (sheet) return sheet;
  }
  return null;
}

/**
 * The sheets that answer to the same name as `sheet`: Excel allows 台账 beside ' 台账', and DUBAN
 * must not silently read one of them.
 */
export function sheetsNamedLike(book: WorkbookInput, sheet: SheetInput): SheetInput[] {
  const key = normalizeText(sheet.name);
  return book.sheets.filter((s) => normalizeText(s.name) === key);
}

function columnIndexes<K extends string>(header: readonly CellValue[], specs: readonly ColumnSpec[]): Partial<Record<K, number>> {
  const keys = header.map(cellKey);
  const columns: Partial<Record<K, number>> = {};
  // Exact headers first: a ledger with both 编号 and 序号 means 编号, though 序号 is its alias.
  for (const spec of specs) {
    const i = keys.indexOf(normalizeText(spec.header));
    if (i >= 0) columns[spec.key as K] = i;
  }
  const taken = new Set(Object.values(columns));
  for (const spec of specs) {
    if (columns[spec.key as K] !== undefined) continue;
    const i = keys.findIndex((k, idx) => !taken.has(idx) && spec.aliases.some((a) => normalizeText(a) === k));
    if (i >= 0) {
      columns[spec.key as K] = i;
      taken.add(i);
    }
  }
  return columns;
}

/**
 * A grouped header, common in hand-kept ledgers: 编号, 事项内容 … merged down over two rows, and
 * 交办日期, 办理时限 … in the row below a merged 时间节点. Looked for only when the header row
 * lacks a required column, so a ledger that reads without it reads the same.
 */
function withSubHeader<K extends string>(
  sheet: SheetInput,
  headerRow: number,
  columns: Partial<Record<K, number>>,
  specs: readonly ColumnSpec[],
): { headerRow: number; columns: Partial<Record<K, number>> } {
  const unfound = specs.filter((s) => columns[s.key as K] === undefined);
  const below = sheet.values[headerRow + 1];
  if (!below || !unfound.some((s) => s.required)) return { headerRow, columns };
  const taken = new Set(Object.values(columns));
  const added = Object.entries(columnIndexes<K>(below, unfound)).filter(([, i]) => !taken.has(i as number));
  return added.length === 0 ? { headerRow, columns } : { headerRow: headerRow + 1, columns: { ...columns, ...Object.fromEntries(added) } };
}

/**
 * Reads a sheet as a table of the given columns. Reports a missing header row or required column
 * as an 错误 and gives null then, since no row of such a sheet can be read safely.
 */
export function readTable<K extends string>(
  sheet: SheetInput,
  specs: readonly ColumnSpec[],
  problems: Problem[],
): Table<K> | null {
  const threshold = Math.min(HEADER_THRESHOLD, specs.length);
  let headerRow = -1;
  let columns: Partial<Record<K, number>> = {};
  for (let r = 0; r < sheet.values.length; r++) {
    const found = columnIndexes<K>(sheet.values[r], specs);
    if (Object.keys(found).length >= threshold) {
      headerRow = r;
      columns = found;
      break;
    }
  }
  if (headerRow >= 0) ({ headerRow, columns } = withSubHeader(sheet, headerRow, columns, specs));
  if (headerRow < 0) {
    problems.push({
      sheet: sheet.name,
      cell: 'A1',
      severity: '错误',
      message: MSG.noHeaderRow(sheet.name, specs.filter((s) => s.required).map((s) => s.header)),
    });
    return null;
  }
  let complete = true;
  for (const spec of specs) {
    if (spec.required && columns[spec.key as K] === undefined) {
      complete = false;
      problems.push({
        sheet: sheet.name,
        cell: cellAddress(headerRow, 0),
        severity: '错误',
        message: MSG.missingColumn(spec.header, spec.aliases),
      });
    }
  }
  if (!complete) return null;
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (cells.some((c) => !isBlank(c))) rows.push({ index: r, cells });
  }
  return { sheet: sheet.name, headerRow, columns, rows };
}

/** Reads cells of a table row by column key, and builds problems that point at them. */
export class RowReader<K extends string> {
  /**
   * Cells that hold an Excel error value: reported once, and no other problem is added there.
   * Made on the first such cell: one reader is built per row, and a Set per row of a clean
   * 100,000-row ledger was garbage for nothing.
   */
  private errorCells: Set<K> | null = null;

  constructor(
    private readonly table: Table<K>,
    private readonly row: TableRow,
    private readonly problems: Problem[],
  ) {}

  has(key: K): boolean {
    return this.table.columns[key] !== undefined;
  }

  /** The cell's value; an Excel error value (#N/A …) is an 错误 there and reads as blank. */
  value(key: K): CellValue {
    const c = this.table.columns[key];
    const value = c === undefined ? null : (this.row.cells[c] ?? null);
    if (!isExcelError(value)) return value;
    if (!this.errorCells?.has(key)) {
      this.error(key, MSG.excelError(value.trim()));
      (this.errorCells ??= new Set()).add(key);
    }
    return null;
  }

  /** 1-based row number, as the user sees it. */
  get rowNumber(): number {
    return this.row.index + 1;
  }

  address(key: K): string {
    return cellAddress(this.row.index, this.table.columns[key] ?? 0);
  }

  error(key: K, message: string): void {
    if (!this.errorCells?.has(key)) this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '错误', message });
  }

  warn(key: K, message: string): void {
    if (!this.errorCells?.has(key)) this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '警告', message });
  }
}
