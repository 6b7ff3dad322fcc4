// 列名 rows of the 规则 sheet (SPEC §1.1 (3)): `列名:办理时限 | 完成时间` says that the 台账's column
// headed 完成时间 is DUBAN's 办理时限, whatever the aliases would say. The task pane's 列对应 step
// writes them; the reader reads them before the 台账.
import type { Grid, Problem } from '../model';
import { cellText, isBlank, normalizeText } from '../text';
import { headerKey, type ColumnMapping } from './headerRow';
import { MSG } from './messages';
import { LEDGER_COLUMNS, RULES_COLUMNS } from './schema';
import { readTable, RowReader, type Table } from './table';

type RulesKey = (typeof RULES_COLUMNS)[number]['key'];

const PREFIX = '列名:';

/** Whether a 规则 row's 参数 (in comparison form, where ： is :) is a 列名 row. */
export const isColumnMapName = (name: string): boolean => name.startsWith(PREFIX);

/** The 参数 and 值 cells of the 规则 row that maps DUBAN column `name` to `header`. */
export const columnMapRow = (name: string, header: string): [string, string] => [`${PREFIX}${name}`, header];

/** The 台账 column a name stands for: its DUBAN name or one of its aliases. */
function ledgerKey(name: string): string | null {
  const key = normalizeText(name);
  return LEDGER_COLUMNS.find((c) => normalizeText(c.header) === key || c.aliases.some((a) => normalizeText(a) === key))?.key ?? null;
}

export function readColumnMap(table: Table<RulesKey> | null, problems: Problem[]): ColumnMapping[] {
  const mapping: ColumnMapping[] = [];
  for (const row of table?.rows ?? []) {
    const r = new RowReader(table as Table<RulesKey>, row, problems);
    const name = normalizeText(cellText(r.value('name')));
    if (!isColumnMapName(name)) continue;
    const column = name.slice(PREFIX.length);
    const key = ledgerKey(column);
    const header = cellText(r.value('value'));
    if (!key) r.error('name', MSG.unknownMappedColumn(column, LEDGER_COLUMNS.map((c) => c.header)));
    else if (mapping.some((m) => m.key === key)) r.error('name', MSG.duplicateMapping(column));
    else if (!header) r.error('value', MSG.required('值'));
    else mapping.push({ key, header, sheet: table!.sheet, cell: r.address('value') });
  }
  return mapping;
}

/** The user's choice in the 列对应 step: DUBAN column `key` is the 台账 column headed `header`. */
export interface ColumnChoice {
  key: string;
  header: string;
}

/** One row to write on the 规则 sheet, 0-based, as 参数 | 值 in its first two columns. */
export interface RulesRowWrite {
  row: number;
  values: [string, string];
  /** An existing 列名 row whose 值 changes, rather than a new row. */
  replaces: string | null;
}

export interface ColumnMapPlan {
  /** The workbook has no 规则 sheet: make one, headed 参数 | 值 in its first row. */
  createSheet: boolean;
  writes: RulesRowWrite[];
}

/**
 * Where the 列对应 step writes its choices on the 规则 sheet (`rules`: its values, null when
 * there is none): a column that has a 列名 row already gets its 值 changed in place, every other
 * choice a new row below the last row that holds anything. No other cell is touched.
 */
export function planColumnMap(rules: Grid | null, choices: readonly ColumnChoice[]): ColumnMapPlan {
  const header = LEDGER_COLUMNS.map((c) => [c.key, c.header] as const);
  const nameOf = (key: string) => header.find(([k]) => k === key)?.[1] ?? key;
  const existing = new Map<string, { row: number; header: string }>();
  let next = 1;
  if (rules) {
    const table = readTable<RulesKey>({ name: '规则', values: rules }, RULES_COLUMNS, []);
    for (const row of table?.rows ?? []) {
      const name = normalizeText(cellText(row.cells[table!.columns.name ?? 0]));
      const key = isColumnMapName(name) ? ledgerKey(name.slice(PREFIX.length)) : null;
      if (key && !existing.has(key)) existing.set(key, { row: row.index, header: cellText(row.cells[table!.columns.value ?? 1]) });
    }
    next = rules.reduce((last, cells, r) => (cells.some((c) => !isBlank(c)) ? r + 1 : last), 0);
  }
  const writes: RulesRowWrite[] = [];
  for (const choice of choices) {
    const found = existing.get(choice.key);
    if (found && headerKey(found.header) === headerKey(choice.header)) continue;
    const values = columnMapRow(nameOf(choice.key), choice.header);
    if (found) writes.push({ row: found.row, values, replaces: found.header });
    else writes.push({ row: next++, values, replaces: null });
  }
  return { createSheet: rules === null, writes };
}

/** Cells to write for a plan, each a run of one row from a 0-based column. */
export interface CellsWrite {
  row: number;
  column: number;
  values: string[];
}

/**
 * The cells a plan writes: a new sheet's header row, each new row's 参数 and 值, and only the 值
 * of a row whose 值 changes, so no other cell of the 规则 sheet is touched.
 */
export function columnMapWrites(plan: ColumnMapPlan): CellsWrite[] {
  const header: CellsWrite[] = plan.createSheet ? [{ row: 0, column: 0, values: RULES_COLUMNS.map((c) => c.header) }] : [];
  return [...header, ...plan.writes.map((w): CellsWrite => (w.replaces === null ? { row: w.row, column: 0, values: [...w.values] } : { row: w.row, column: 1, values: [w.values[1]] }))];
}
