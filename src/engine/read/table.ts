// Finding a sheet by name or alias, its header row, its columns by header text, alias or 列名
// mapping, and the rows that are items (SPEC §1, §1.1).
import { cellAddress, type CellRange } from '../cellAddress';
import type { CellValue, Problem, SheetInput, WorkbookInput } from '../model';
import { isBlank, isExcelError, normalizeText } from '../text';
import { findHeader, headerKey, HEADER_SEARCH_ROWS, type ColumnMapping } from './headerRow';
import { spreadMerged } from './mergedCells';
import { MSG } from './messages';
import { classifyRow } from './rowKinds';
import { AMBIGUOUS_HEADERS, SHEET_NAMES, type ColumnSpec, type SheetKind } from './schema';
import { keepShape } from './keptShapes';
import type { SheetReading } from './sheetReading';

export interface TableRow {
  /** 0-based row index in the sheet. */
  index: number;
  cells: readonly CellValue[];
  /** 分类: the text of the section row above it, '' when none (the 台账 only). */
  section: string;
}

export interface Table<K extends string, R extends TableRow = TableRow> {
  sheet: string;
  /** 0-based index of the header row (the lower one of a grouped header). */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: Partial<Record<K, number>>;
  /** Data rows below the header that hold anything and are items, not sections or notes. */
  rows: readonly R[];
  reading: SheetReading;
}

/** Columns by key, as a table found them. */
export type ColumnIndexes = Readonly<Record<string, number | undefined>>;

export interface TableOptions<R extends TableRow = TableRow> {
  /** 列名 rows of the 规则 sheet for this sheet's columns. */
  mapping?: readonly ColumnMapping[];
  /** Section rows head groups of items (the 台账): kept as 分类 instead of read as rows. */
  sections?: boolean;
  /** Makes each data row; the 台账's rows double as their items' details (itemDetails.ts). */
  row?: (index: number, cells: readonly CellValue[], section: string, columns: ColumnIndexes) => R;
}

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

/** Headers of the sheet that could be the missing column if a 列名 row said so. */
function ambiguousHeaders(keys: readonly string[], texts: readonly string[]): string[] {
  return AMBIGUOUS_HEADERS.flatMap((h) => {
    const i = keys.indexOf(h);
    return i >= 0 ? [texts[i] || h] : [];
  });
}

/** For each row, whether a merged area in it spans at least half of the table's width. */
function wideMergedRows(ranges: readonly CellRange[], width: number): Set<number> {
  const rows = new Set<number>();
  for (const r of ranges) if (r.right - r.left + 1 >= Math.ceil(width / 2)) rows.add(r.top);
  return rows;
}

/**
 * Reads a sheet as a table of the given columns, with how it was read. A missing header row or
 * required column is an 错误, and the table is null then, since no row of such a sheet can be read
 * safely; the reading is given whenever a header row was found, so that a user can map columns.
 */
export function readSheetTable<K extends string, R extends TableRow = TableRow>(
  sheet: SheetInput,
  specs: readonly ColumnSpec[],
  problems: Problem[],
  options: TableOptions<R> = {},
): { table: Table<K, R> | null; reading: SheetReading | null } {
  const mapping = options.mapping ?? [];
  const merged = spreadMerged(sheet.values, sheet.merged);
  const values = merged.values;
  const header = findHeader(values, specs, mapping, merged.horizontal);
  if (!header) {
    const expected = specs.filter((s) => s.required).map((s) => s.header);
    problems.push({ sheet: sheet.name, cell: 'A1', severity: '错误', message: MSG.noHeaderRow(sheet.name, expected, HEADER_SEARCH_ROWS) });
    return { table: null, reading: null };
  }
  const headerRow = header.rows[header.rows.length - 1];
  const columns: Partial<Record<K, number>> = {};
  for (const [key, found] of header.columns) columns[key as K] = found.index;
  const reading: SheetReading = {
    sheet: sheet.name,
    headerRows: header.rows.map((r) => r + 1),
    headers: header.texts.flatMap((text, column) => (text ? [{ column, text }] : [])),
    columns: specs.map((spec) => {
      const found = header.columns.get(spec.key);
      return {
        key: spec.key,
        name: spec.header,
        required: spec.required && !spec.mayBeAbsent,
        column: found?.index ?? null,
        header: found ? header.texts[found.index] : null,
        via: found?.via ?? null,
      };
    }),
    sections: [],
    skipped: [],
    mergedAreas: merged.vertical.length,
    assumptions: [],
  };
  let complete = true;
  for (const m of mapping) {
    if (header.keys.includes(headerKey(m.header))) continue;
    complete = false;
    const name = specs.find((s) => s.key === m.key)?.header ?? m.key;
    const group = header.groups.find((g) => g.key === headerKey(m.header));
    const message = group ? MSG.mappedHeaderIsGroup(name, group.text, group.columns) : MSG.mappedHeaderMissing(name, m.header, sheet.name);
    problems.push({ sheet: m.sheet, cell: m.cell, severity: '错误', message });
  }
  for (const spec of specs) {
    if (!spec.required || spec.mayBeAbsent || header.columns.has(spec.key)) continue;
    complete = false;
    problems.push({
      sheet: sheet.name,
      cell: cellAddress(headerRow, 0),
      severity: '错误',
      message: MSG.missingColumn(spec.header, spec.aliases, ambiguousHeaders(header.keys, header.texts)),
    });
  }
  if (!complete) return { table: null, reading };
  const width = header.texts.filter(Boolean).length;
  const wide = wideMergedRows(merged.horizontal, width);
  const rows: R[] = [];
  const makeRow = options.row ?? ((index: number, cells: readonly CellValue[], section: string) => ({ index, cells, section }) as R);
  let section = '';
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r];
    const kind = classifyRow(cells, options.sections === true, wide.has(r));
    if (kind.kind === 'item') rows.push(makeRow(r, cells, section, columns));
    else if (kind.kind === 'section' && kind.heading) {
      section = kind.text;
      reading.sections.push({ row: r + 1, text: kind.text });
      reading.skipped.push({ row: r + 1, reason: 'section', text: kind.text });
    } else if (kind.kind === 'section') {
      reading.skipped.push({ row: r + 1, reason: 'stray', text: kind.text });
      problems.push({ sheet: sheet.name, cell: cellAddress(r, firstFilled(cells)), severity: '警告', message: MSG.strayRow(kind.text) });
    } else if (kind.kind !== 'blank') reading.skipped.push({ row: r + 1, reason: kind.kind, text: kind.text });
  }
  return { table: { sheet: sheet.name, headerRow, columns, rows, reading }, reading };
}

function firstFilled(cells: readonly CellValue[]): number {
  const i = cells.findIndex((c) => !isBlank(c));
  return i < 0 ? 0 : i;
}

/** readSheetTable without the reading: for the sheets whose layout nobody asks about. */
export function readTable<K extends string>(
  sheet: SheetInput,
  specs: readonly ColumnSpec[],
  problems: Problem[],
  options: TableOptions = {},
): Table<K> | null {
  return readSheetTable<K>(sheet, specs, problems, options).table;
}

/** Reads cells of a table row by column key, and builds problems that point at them. */
export class RowReader<K extends string> {
  /**
   * Cells that hold an Excel error value: reported once, and no other problem is added there.
   * Made on the first such cell: one reader is built per row, and a Set per row of a clean
   * 100,000-row ledger was garbage for nothing.
   */
  private errorCells: Set<K> | null = null;
  // The row's cells and the sheet's columns, held here rather than reached through the table and
  // the row for each of the dozen cells a row is asked for.
  private readonly columns: Partial<Record<K, number>>;
  private readonly cells: readonly CellValue[];

  constructor(
    private readonly table: Table<K>,
    private readonly row: TableRow,
    private readonly problems: Problem[],
  ) {
    this.columns = table.columns;
    this.cells = row.cells;
  }

  has(key: K): boolean {
    return this.columns[key] !== undefined;
  }

  /** The cell's value; an Excel error value (#N/A …) is an 错误 there and reads as blank. */
  value(key: K): CellValue {
    const c = this.columns[key];
    const value = c === undefined ? null : (this.cells[c] ?? null);
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
    return cellAddress(this.row.index, this.columns[key] ?? 0);
  }

  error(key: K, message: string): void {
    if (!this.errorCells?.has(key)) this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '错误', message });
  }

  warn(key: K, message: string): void {
    if (!this.errorCells?.has(key)) this.problems.push({ sheet: this.table.sheet, cell: this.address(key), severity: '警告', message });
  }
}

const NO_READING: SheetReading = { sheet: '', headerRows: [], headers: [], columns: [], sections: [], skipped: [], mergedAreas: 0, assumptions: [] };
keepShape(new RowReader<string>({ sheet: '', headerRow: 0, columns: {}, rows: [], reading: NO_READING }, { index: 0, cells: [], section: '' }, []));
