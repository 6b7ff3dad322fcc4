// What reading the 台账's rows gave, kept so that the next read of an edited copy re-reads only the
// rows that changed. A live DUBAN.RANKING cell gets the whole 100,000-row ledger again after every
// edit of one cell; reading each row again was four fifths of its time (docs/performance.md).
//
// A row's reading (its item and its own problems) depends on its cells and on nothing else but
// what `RowContext` lists; the checks across rows (a repeated 编号 with one 责任单位) are always
// made again, so they need not be remembered.
import type { CalendarOverride, CellValue, Day, Item, Problem, RuleParams, SourceDeadline, Unit } from '../model';
import { sameSources } from './sourceDeadlines';
import type { TableRow } from './table';


/** Everything besides its cells that a row's reading depends on. */
export interface RowContext {
  sheet: string;
  headerRow: number;
  columns: Readonly<Record<string, number | undefined>>;
  reportYear: number;
  /** A completion without a date counts on the earlier of D and this day. */
  asOf: Day;
  extensionMonths: number;
  multiUnit: RuleParams['multiUnit'];
  /** The roster a 责任单位 or 配合单位 is resolved and suggested against. */
  units: readonly Unit[];
  /** Default deadlines by 事项来源, counted in working days of the calendar these 节假日 rows make. */
  sources: readonly SourceDeadline[];
  holidays: readonly CalendarOverride[];
}

export interface LedgerRowMemo {
  context: RowContext;
  rows: readonly TableRow[];
  /** Per row, in `rows` order: its item for its first responsible unit, kept or not. */
  items: readonly Partial<Item>[];
  /** The items of a row's further responsible units, by row position (most rows have none). */
  more: ReadonlyMap<number, readonly Partial<Item>[]>;
  /** Per row: what its reading assumed (ASSUMED flags of ledgerSheet.ts). */
  flags: Uint8Array;
  /** Per row: the row's own problems are `problems[starts[i]] … problems[ends[i] - 1]`. */
  starts: Int32Array;
  ends: Int32Array;
  problems: readonly Problem[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameUnits(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((u, i) => u.name === b[i].name && u.category === b[i].category && sameList(u.aliases, b[i].aliases));
}

function sameHolidays(a: readonly CalendarOverride[], b: readonly CalendarOverride[]): boolean {
  return a === b || (a.length === b.length && a.every((o, i) => o.day === b[i].day && o.work === b[i].work));
}

function sameContext(a: RowContext, b: RowContext): boolean {
  const keys = new Set([...Object.keys(a.columns), ...Object.keys(b.columns)]);
  return (
    a.sheet === b.sheet &&
    a.headerRow === b.headerRow &&
    a.reportYear === b.reportYear &&
    a.asOf === b.asOf &&
    a.extensionMonths === b.extensionMonths &&
    a.multiUnit === b.multiUnit &&
    [...keys].every((k) => a.columns[k] === b.columns[k]) &&
    sameUnits(a.units, b.units) &&
    sameSources(a.sources, b.sources) &&
    sameHolidays(a.holidays, b.holidays)
  );
}

/** Strict equality, cell by cell: 123 is not '123', and a Date cell is never taken as unchanged. */
export function sameCells(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The memo when it was read under this context, where its rows can be taken over; null otherwise.
 * Functions over the memo rather than an object around it: an object that lives only during a read
 * loses its hidden class at the next full garbage collection, and V8 then drops the optimised code
 * built on it (keptShapes.ts).
 */
export function reusableMemo(memo: LedgerRowMemo | undefined, context: RowContext): LedgerRowMemo | null {
  return memo && sameContext(memo.context, context) ? memo : null;
}

/**
 * The earlier item of row `i` when its cells are unchanged, its problems appended to `problems`;
 * found by position: an edited cell costs a re-read of its row, and an inserted row shifts the rows
 * below it, which are then read again as well. Its flags and further items are `memo.flags[i]` and
 * `memo.more.get(i)`.
 */
export function takeRow(memo: LedgerRowMemo, i: number, row: TableRow, problems: Problem[]): Partial<Item> | null {
  const before = memo.rows[i];
  // The section row above it is part of a row's reading (its 分类).
  if (!before || before.index !== row.index || before.section !== row.section || !sameCells(before.cells, row.cells)) return null;
  for (let p = memo.starts[i]; p < memo.ends[i]; p++) problems.push(memo.problems[p]);
  return memo.items[i];
}
