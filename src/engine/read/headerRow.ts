// Finding a sheet's header row and its columns as staff lay them out (SPEC §1.1 (1)–(3)): a title
// and an information block above it, line breaks inside headers, a grouped two-row header, and
// 列名 rows of the 规则 sheet that say which header is which DUBAN column.
import type { CellValue, Grid } from '../model';
import { cellKey, isBlank, normalizeText } from '../text';
import type { ColumnSpec } from './schema';
import type { ColumnVia } from './sheetReading';

/** SPEC §1.1 (1): the header row is one of the first 15 rows. */
export const HEADER_SEARCH_ROWS = 15;

/** A 列名 row of the 规则 sheet: DUBAN column `key` is the column headed `header`. */
export interface ColumnMapping {
  key: string;
  header: string;
  /** Where the 规则 sheet says so, for the 错误 when the header is not there. */
  sheet: string;
  cell: string;
}

export interface FoundColumn {
  index: number;
  via: ColumnVia;
}

export interface HeaderFound {
  /** 0-based header rows: one, or two for a grouped header. */
  rows: number[];
  /** Header keys by column, the lower row's where a grouped header has one. */
  keys: string[];
  /** Header texts as written, by column. */
  texts: string[];
  columns: Map<string, FoundColumn>;
}

// A star or ※ marks a required column in many hand-made templates (编号*).
const MARKS = /^[*※]+|[*※]+$/g;

/** A header cell in comparison form: normalised, line breaks and spaces gone, marks dropped. */
export function headerKey(value: CellValue): string {
  const key = cellKey(value);
  return key.includes('*') || key.includes('※') ? key.replace(MARKS, '') : key;
}

class HeaderNames {
  private readonly known = new Set<string>();

  constructor(
    private readonly specs: readonly ColumnSpec[],
    private readonly mapping: readonly ColumnMapping[],
  ) {
    for (const spec of specs) for (const name of [spec.header, ...spec.aliases]) this.known.add(normalizeText(name));
    for (const m of mapping) this.known.add(headerKey(m.header));
  }

  isKnown(key: string): boolean {
    return key !== '' && this.known.has(key);
  }

  /**
   * Columns by key: 列名 mappings first (they win over every alias), then exact DUBAN names (a
   * ledger with both 编号 and 序号 means 编号, though 序号 is its alias), then aliases.
   */
  match(keys: readonly string[]): Map<string, FoundColumn> {
    const columns = new Map<string, FoundColumn>();
    const taken = new Set<number>();
    const take = (key: string, index: number, via: ColumnVia) => {
      if (index < 0 || taken.has(index) || columns.has(key)) return;
      columns.set(key, { index, via });
      taken.add(index);
    };
    for (const m of this.mapping) take(m.key, keys.indexOf(headerKey(m.header)), 'mapping');
    for (const spec of this.specs) take(spec.key, keys.indexOf(normalizeText(spec.header)), 'name');
    for (const spec of this.specs) {
      if (columns.has(spec.key)) continue;
      const aliases = spec.aliases.map(normalizeText);
      take(spec.key, keys.findIndex((k, i) => !taken.has(i) && aliases.includes(k)), 'alias');
    }
    return columns;
  }
}

/** Columns holding anything in the first rows: a two-column 单位 sheet is narrow, a 台账 is not. */
function usedWidth(values: Grid, rows: number): number {
  let width = 0;
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * The row below the header is its lower half when each of its cells is a known header or stands
 * under a cell of the upper row that is not one (a group such as 时间节点, or blank), and it
 * brings at least one column the upper row lacks. A data row never passes: its values stand under
 * known headers and are not headers themselves.
 */
function isLowerHeader(upper: readonly string[], lower: readonly string[], names: HeaderNames): boolean {
  let adds = false;
  for (let c = 0; c < lower.length; c++) {
    const key = lower[c];
    if (key === '') continue;
    const upperKnown = names.isKnown(upper[c] ?? '');
    if (names.isKnown(key)) adds ||= !upperKnown;
    else if (upperKnown) return false;
  }
  return adds;
}

export function findHeader(values: Grid, specs: readonly ColumnSpec[], mapping: readonly ColumnMapping[]): HeaderFound | null {
  const names = new HeaderNames(specs, mapping);
  const rows = Math.min(HEADER_SEARCH_ROWS, values.length);
  // SPEC §1.1 (1): three known headers, two on a sheet of at most three columns.
  const threshold = Math.min(specs.length, usedWidth(values, rows) <= 3 ? 2 : 3);
  for (let r = 0; r < rows; r++) {
    const keys = values[r].map(headerKey);
    const columns = names.match(keys);
    if (columns.size < threshold) continue;
    const below = values[r + 1]?.map(headerKey);
    if (below && isLowerHeader(keys, below, names)) {
      const merged = keys.map((key, c) => (names.isKnown(below[c] ?? '') ? below[c] : key));
      for (let c = keys.length; c < below.length; c++) merged.push(below[c]);
      const texts = merged.map((_, c) => headerText(names.isKnown(below[c] ?? '') ? values[r + 1][c] : values[r][c]));
      return { rows: [r, r + 1], keys: merged, texts, columns: names.match(merged) };
    }
    return { rows: [r], keys, texts: values[r].map(headerText), columns };
  }
  return null;
}

/** A header as the user wrote it, on one line. */
function headerText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}
