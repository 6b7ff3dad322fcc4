// Finding a sheet by name or alias, its header row, and its columns by header text or alias.
import { cellAddress } from './cellAddress';
import type { CellValue, Problem, SheetInput, WorkbookInput } from './model';
import { MSG } from './messages';
import { SHEET_NAMES, type ColumnSpec, type SheetKind } from './schema';
import { cellKey, isBlank, normalizeText } from './text';

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
  constructor(
    private readonly table: Table<K>,
    private readonly row: TableRow,
    private readonly problems: Problem[],
  ) {}

  has(key: K): boolean {
    return this.table.columns[key] !== undefined;
  }

  value(key: K): CellValue {
    const c = this.table.columns[key];
    return c === undefined ? null : (this.row.cells[c] ?? null);
  }

  /** 1-based row number, as the user sees it. */
  get rowNumber(): number {
    return this.row.index + 1;
  }

  address(key: K): string {
    return cellAddress(this.row.index, this.table.columns[key] ?? 0);
  }

  error(key: K, message: string): void {
    this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '错误', message });
  }

  warn(key: K, message: string): void {
    this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '警告', message });
  }
}
