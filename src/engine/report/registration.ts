// Rows appended to 加减分 on the user's confirmation: 登记催办, the rows that record the 催办单 just
// made (seed 002 第十六、十七条: a 催办单 deducts by its colour), and the suggested 加减分 for 应报未报
// (suggestedAdjustments.ts); and where they go on the sheet: below its last used row, never over a
// cell that holds anything, so no existing row changes.
import type { Day, SheetInput, WorkbookInput } from '../model';
import { ADJUSTMENT_COLUMNS, SHEET_NAMES } from '../read/schema';
import { findSheet, readTable } from '../read/table';
import type { ColumnFormat, LayoutCell } from './cellFormat';
import { REGISTRATION_TEXT, registrationNote } from './noticeText';
import type { UrgePlan } from './urgeNotices';

/** One 加减分 row as the sheet's columns hold it. */
export interface RegistrationRow {
  date: Day;
  unit: string;
  category: string;
  /** null for a 类别 without levels (sanmenxia-2019 逾期报送): the 级别 cell stays blank. */
  level: string | null;
  relatedItem: string;
  note: string;
}

type AdjustmentKey = (typeof ADJUSTMENT_COLUMNS)[number]['key'];

/** The rows to register, dated `date`; none under a preset whose 催办单 deduct nothing. */
export function registrationRows(category: string | null, plan: UrgePlan, date: Day): RegistrationRow[] {
  if (category === null) return [];
  return plan.notices.flatMap((n) =>
    n.level === null
      ? []
      : [{ date, unit: n.item.unit, category, level: n.level, relatedItem: n.item.id, note: registrationNote(n.document.number) }],
  );
}

export interface AppendPlan {
  sheet: string;
  /** The sheet does not exist yet: add it, with `values[0]` as its header row. */
  create: boolean;
  /** 0-based row of values[0]. */
  startRow: number;
  /** null leaves a cell as it is. */
  values: LayoutCell[][];
  formats: (ColumnFormat | null)[][];
}

/** The value each column of a registration row takes, with its format. */
const CELLS: readonly { key: AdjustmentKey; format: ColumnFormat; value: (r: RegistrationRow) => LayoutCell }[] = [
  { key: 'date', format: 'date', value: (r) => r.date },
  { key: 'unit', format: 'text', value: (r) => r.unit },
  { key: 'category', format: 'text', value: (r) => r.category },
  { key: 'level', format: 'text', value: (r) => r.level },
  { key: 'relatedItem', format: 'text', value: (r) => r.relatedItem },
  { key: 'note', format: 'text', value: (r) => r.note },
];

/**
 * Columns the rows cannot do without: the item is what a 催办 deduction and an 应报未报 suggestion
 * count by, and the level (when the rows have one) what a 催办 deducts by.
 */
const NEEDED: readonly AdjustmentKey[] = ['date', 'unit', 'category', 'level', 'relatedItem'];
function neededColumns(rows: readonly RegistrationRow[]): readonly AdjustmentKey[] {
  return rows.some((r) => r.level !== null) ? NEEDED : NEEDED.filter((key) => key !== 'level');
}

/** Each row's values under the columns the sheet has, `width` cells wide, null elsewhere. */
function laidOut(columns: Partial<Record<AdjustmentKey, number>>, width: number, rows: readonly RegistrationRow[]) {
  const present = CELLS.filter((c) => columns[c.key] !== undefined);
  const line = <T>(pick: (c: (typeof CELLS)[number]) => T): (T | null)[] => {
    const out = new Array<T | null>(width).fill(null);
    for (const c of present) out[columns[c.key] as number] = pick(c);
    return out;
  };
  return { values: rows.map((r) => line((c) => c.value(r))), formats: rows.map(() => line((c) => c.format)) };
}

/**
 * Where the rows go: below the last used row of the workbook's 加减分 sheet, each value under its
 * header, other cells left alone; a new 加减分 sheet when there is none. An error message when the
 * sheet cannot take them (no header row, or a needed column missing).
 */
export function appendPlan(book: WorkbookInput, rows: readonly RegistrationRow[]): AppendPlan | { error: string } {
  const sheet: SheetInput | null = findSheet(book, 'adjustments');
  if (!sheet) {
    const header = ADJUSTMENT_COLUMNS.map((c) => c.header);
    const columns = Object.fromEntries(ADJUSTMENT_COLUMNS.map((c, i) => [c.key, i]));
    const body = laidOut(columns, header.length, rows);
    return {
      sheet: SHEET_NAMES.adjustments[0],
      create: true,
      startRow: 0,
      values: [header, ...body.values],
      formats: [header.map((): ColumnFormat => 'text'), ...body.formats],
    };
  }
  const table = readTable<AdjustmentKey>(sheet, ADJUSTMENT_COLUMNS, []);
  if (!table) return { error: REGISTRATION_TEXT.noHeader(sheet.name) };
  const missing = neededColumns(rows).filter((key) => table.columns[key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((key) => ADJUSTMENT_COLUMNS.find((c) => c.key === key)?.header ?? key);
    return { error: REGISTRATION_TEXT.missingColumns(sheet.name, names) };
  }
  const width = Math.max(...Object.values(table.columns).map(Number)) + 1;
  return { sheet: sheet.name, create: false, startRow: rowsHoldingValues(sheet), ...laidOut(table.columns, width, rows) };
}

/**
 * The rows down to the last one holding a value. A used range may reach further, over cells only
 * formatted (a template's date column down to row 2000 is in WPS's UsedRange): the rows go right
 * below the last value, not below the formatting.
 */
function rowsHoldingValues(sheet: SheetInput): number {
  let end = sheet.values.length;
  while (end > 0 && sheet.values[end - 1].every((value) => value === null)) end -= 1;
  return end;
}
