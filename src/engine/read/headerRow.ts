// Finding a sheet's header row and its columns as staff lay them out (SPEC §1.1 (1)–(3)): a title
// and an information block above it, line breaks inside headers, a grouped two-row header, and
// 列名 rows of the 规则 sheet that say which header is which DUBAN column.
import type { CellRange } from '../cellAddress';
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
  /** Group cells of a two-row header (时间节点 over 启动时间 | 完成时间): not a column's name. */
  groups: HeaderGroup[];
}

export interface HeaderGroup {
  /** The group cell's key and text as written. */
  key: string;
  text: string;
  /** The texts of the columns below it. */
  columns: string[];
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
    // 牵头单位 without a 责任单位 beside it is the 责任单位 column, as its alias.
    for (const spec of this.specs) {
      const found = spec.besideOf === undefined ? undefined : columns.get(spec.key);
      if (!found || columns.has(spec.besideOf!)) continue;
      columns.delete(spec.key);
      columns.set(spec.besideOf!, { index: found.index, via: found.via === 'name' ? 'alias' : found.via });
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
 * Columns under a group cell of header row `row` (a merged area across columns with a value in
 * it), each with the group cell's column.
 */
function groupColumns(values: Grid, row: number, merged: readonly CellRange[]): Map<number, number> {
  const columns = new Map<number, number>();
  for (const range of merged) {
    if (range.top !== row || range.right === range.left || isBlank(values[row][range.left])) continue;
    for (let c = range.left; c <= range.right; c++) columns.set(c, range.left);
  }
  return columns;
}

/**
 * The row below the header is its lower half when each of its cells is a known header, stands
 * under a cell of the upper row that is not one (a group such as 时间节点, or blank), or repeats
 * it (a header merged down over both rows); and it brings at least one column the upper row lacks,
 * or names two columns under a merged group cell (启动时间 | 完成时间 under 时间节点, which no alias
 * knows). A data row never passes: its values stand under known headers and are not headers themselves.
 */
function isLowerHeader(upper: readonly string[], lower: readonly string[], names: HeaderNames, grouped: ReadonlyMap<number, number>): boolean {
  let adds = false;
  let underGroups = 0;
  for (let c = 0; c < lower.length; c++) {
    const key = lower[c];
    if (key === '' || key === upper[c]) continue;
    if (grouped.has(c)) underGroups++;
    else if (names.isKnown(key)) adds ||= !names.isKnown(upper[c] ?? '');
    else if (names.isKnown(upper[c] ?? '')) return false;
  }
  return adds || underGroups >= 2;
}

/**
 * The header row in the first rows of `values`; `merged`: the sheet's merged areas within one row,
 * which show a two-row header's group cells.
 */
export function findHeader(values: Grid, specs: readonly ColumnSpec[], mapping: readonly ColumnMapping[], merged: readonly CellRange[] = []): HeaderFound | null {
  const names = new HeaderNames(specs, mapping);
  const rows = Math.min(HEADER_SEARCH_ROWS, values.length);
  // SPEC §1.1 (1): three known headers, two on a sheet of at most three columns.
  const threshold = Math.min(specs.length, usedWidth(values, rows) <= 3 ? 2 : 3);
  for (let r = 0; r < rows; r++) {
    const keys = values[r].map(headerKey);
    const columns = names.match(keys);
    if (columns.size < threshold) continue;
    const below = values[r + 1]?.map(headerKey);
    const grouped = groupColumns(values, r, merged);
    if (below && isLowerHeader(keys, below, names, grouped)) return twoRowHeader(values, r, keys, below, names, grouped);
    return { rows: [r], keys, texts: values[r].map(headerText), columns, groups: [] };
  }
  return null;
}

/** Each column named by the lower row where that names it: a known header, or any text under a group. */
function twoRowHeader(values: Grid, r: number, upper: readonly string[], lower: readonly string[], names: HeaderNames, grouped: ReadonlyMap<number, number>): HeaderFound {
  const width = Math.max(upper.length, lower.length);
  const keys: string[] = [];
  const texts: string[] = [];
  const groups = new Map<number, HeaderGroup>();
  for (let c = 0; c < width; c++) {
    const below = lower[c] ?? '';
    const left = grouped.get(c);
    const fromLower = below !== '' && (names.isKnown(below) || left !== undefined);
    keys.push(fromLower ? below : (upper[c] ?? ''));
    texts.push(headerText(values[fromLower ? r + 1 : r][c]));
    if (!fromLower || left === undefined) continue;
    let group = groups.get(left);
    if (!group) groups.set(left, (group = { key: upper[left], text: headerText(values[r][left]), columns: [] }));
    group.columns.push(texts[c]);
  }
  return { rows: [r, r + 1], keys, texts, columns: names.match(keys), groups: [...groups.values()] };
}

/** A header as the user wrote it, on one line. */
function headerText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}
