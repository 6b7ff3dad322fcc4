// The 台账 sheet: one item per row and responsible unit, checked cell by cell (SPEC §1).
import { readDateField } from './dateField';
import { addMonths, formatDay } from '../calendar/dates';
import type { Day, Item, Problem, RuleSet } from '../model';
import { MSG } from './messages';
import type { Roster } from './roster';
import { IMPORTANCE_ALIASES, LEDGER_COLUMNS, LEDGER_RECOMMENDED, STATUS_ALIASES } from './schema';
import { cellAddress } from '../cellAddress';
import { RowReuse, type LedgerRowMemo, type RowContext } from './ledgerRowMemo';
import { RowReader, type Table } from './table';
import { cellText, isBlank, normalizeText, splitList } from '../text';

export type LedgerKey = (typeof LEDGER_COLUMNS)[number]['key'];

const HEADER = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header])) as Record<LedgerKey, string>;

export interface LedgerRead {
  /** Rows without any 错误, ready to score. */
  items: Item[];
  /** Every 编号 written in the ledger (normalised), also on rows with errors: 关联事项 may point at any. */
  ids: Pick<ReadonlySet<string>, 'has'>;
  /** For the next read of an edited copy (`previous`). */
  memo: LedgerRowMemo;
}

/** The 责任单位 seen so far with one 编号, each with its first row. */
interface UnitsOfId {
  first: string | null;
  firstRow: number;
  /** Made only when a second unit comes: most 编号 have one. */
  others: Map<string, number> | null;
}

function rowOfUnit(seen: UnitsOfId, unit: string): number | undefined {
  return seen.first === unit ? seen.firstRow : seen.others?.get(unit);
}

function addUnit(seen: UnitsOfId, unit: string, row: number): void {
  if (seen.first === null) {
    seen.first = unit;
    seen.firstRow = row;
  } else (seen.others ??= new Map()).set(unit, row);
}

/**
 * Reads every row; with `previous`, the memo of a read of an earlier copy of this workbook, a row
 * whose cells and context are unchanged is taken over from it instead of read again.
 */
export function readLedgerSheet(
  table: Table<LedgerKey>,
  roster: Roster,
  rules: RuleSet,
  reportYear: number,
  problems: Problem[],
  previous?: LedgerRowMemo,
): LedgerRead {
  for (const key of LEDGER_RECOMMENDED) {
    if (table.columns[key] === undefined) {
      problems.push({ sheet: table.sheet, cell: cellAddress(table.headerRow, 0), severity: '警告', message: MSG.missingRecommendedColumn(HEADER[key]) });
    }
  }
  const context: RowContext = {
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    reportYear,
    extensionMonths: rules.params.extensionMonths,
    units: roster.units,
  };
  const reuse = RowReuse.of(previous, context);
  const count = table.rows.length;
  const read: Partial<Item>[] = new Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const items: Item[] = [];
  // 编号 → 责任单位 → first row. Nested rather than one map of joined keys: hashing 100,000
  // freshly concatenated strings costs more than the lookups. The inner level is a record, not a
  // Map per 编号: 100,000 Maps were a tenth of the reading time. The outer map doubles as the set
  // of 编号 (`ids`), which copying into a Set took as long again.
  const rowsById = new Map<string, UnitsOfId>();
  for (let i = 0; i < count; i++) {
    const row = table.rows[i];
    const errorsBefore = problems.length;
    const item = reuse?.take(i, row, problems) ?? readItem(new RowReader(table, row, problems), roster, rules, reportYear);
    read[i] = item;
    starts[i] = errorsBefore;
    ends[i] = problems.length;
    if (item.id) {
      const id = normalizeText(item.id);
      let seen = rowsById.get(id);
      if (!seen) rowsById.set(id, (seen = { first: null, firstRow: 0, others: null }));
      const first = item.unit ? rowOfUnit(seen, item.unit) : undefined;
      // A row with an error value in its 编号 cell has no 编号 here, so a new reader, which knows
      // of no such cell, reports exactly what the row's own reader would.
      if (first !== undefined) new RowReader(table, row, problems).error('id', MSG.duplicateItem(item.id, item.unit ?? '', first));
      else if (item.unit) addUnit(seen, item.unit, row.index + 1);
    }
    if (!hasErrorSince(problems, errorsBefore)) items.push(item as Item);
  }
  // A copy: the caller may go on to sort or filter the list it was given.
  const memo: LedgerRowMemo = { context, rows: table.rows, items: read, starts, ends, problems: problems.slice() };
  return { items, ids: rowsById, memo };
}

/** Whether an 错误 was added from `start` on; a loop, since slicing allocated per row. */
function hasErrorSince(problems: readonly Problem[], start: number): boolean {
  for (let i = start; i < problems.length; i++) if (problems[i].severity === '错误') return true;
  return false;
}

const NO_COOPERATORS: readonly string[] = [];

function readText(r: RowReader<LedgerKey>, key: LedgerKey, required: boolean): string {
  const text = cellText(r.value(key));
  if (!text && required) r.error(key, MSG.required(HEADER[key]));
  return text;
}

/** Reads what it can of a row; the caller keeps the item only when no 错误 was reported. */
function readItem(r: RowReader<LedgerKey>, roster: Roster, rules: RuleSet, reportYear: number): Partial<Item> {
  const id = readText(r, 'id', true);
  const content = readText(r, 'content', true);
  // isBlank is cellText(…) === '' without building the trimmed text: five cells of every row.
  for (const key of LEDGER_RECOMMENDED) {
    if (r.has(key) && isBlank(r.value(key))) r.warn(key, MSG.recommended(HEADER[key]));
  }

  const unitText = readText(r, 'unit', true);
  const unit = unitText ? roster.resolve(unitText) : null;
  if (unitText && !unit) r.error('unit', MSG.unknownUnit(unitText, roster.suggest(unitText)));

  // Most rows have no 配合单位: they share one empty list instead of each allocating its own.
  let cooperators: string[] | null = null;
  for (const name of splitList(cellText(r.value('cooperators')))) {
    const found = roster.resolve(name);
    if (found) (cooperators ??= []).push(found.name);
    else r.warn('cooperators', MSG.unknownCooperator(name, roster.suggest(name)));
  }

  const importanceText = cellText(r.value('importance'));
  const importance = importanceText ? IMPORTANCE_ALIASES[normalizeText(importanceText)] : '一般重要';
  if (!importance) r.error('importance', MSG.unknownImportance(importanceText));

  const assigned = readDateField(r, 'assigned', HEADER.assigned, reportYear, true);
  const deadline = readDateField(r, 'deadline', HEADER.deadline, reportYear, true);
  const extendedTo = readExtension(r, deadline, rules, reportYear);
  const completed = readDateField(r, 'completed', HEADER.completed, reportYear, false);
  if (assigned && deadline && deadline < assigned) r.error('deadline', MSG.deadlineBeforeAssigned());
  if (assigned && completed && completed < assigned) r.error('completed', MSG.completedBeforeAssigned());

  const cancelled = readStatus(r, completed);
  return {
    row: r.rowNumber,
    id,
    content,
    unit: unit?.name ?? '',
    cooperators: cooperators ?? NO_COOPERATORS,
    importance,
    assigned: assigned || 0,
    deadline: deadline || 0,
    extendedTo: extendedTo || null,
    completed: completed || null,
    cancelled,
  };
}

/** 延期至: one extension only, after 办理时限 and within 延期上限月数 of it. */
function readExtension(r: RowReader<LedgerKey>, deadline: Day | null | false, rules: RuleSet, reportYear: number): Day | null | false {
  const raw = r.value('extendedTo');
  if (typeof raw === 'string' && splitList(raw).length > 1) {
    r.error('extendedTo', MSG.secondExtension());
    return false;
  }
  const extendedTo = readDateField(r, 'extendedTo', HEADER.extendedTo, reportYear, false);
  if (!extendedTo || !deadline) return extendedTo;
  const months = rules.params.extensionMonths;
  const limit = addMonths(deadline, months);
  if (extendedTo <= deadline) r.error('extendedTo', MSG.extensionNotAfterDeadline());
  else if (extendedTo > limit) r.error('extendedTo', MSG.extensionTooLong(months, formatDay(limit)));
  return extendedTo;
}

/** Checks 办理状态 against 办结日期 (unless that date was unreadable) and tells whether the row is 销号. */
function readStatus(r: RowReader<LedgerKey>, completed: Day | null | false): boolean {
  const text = cellText(r.value('status'));
  if (!text) return false;
  const status = STATUS_ALIASES[normalizeText(text)];
  if (!status) {
    r.error('status', MSG.unknownStatus(text));
    return false;
  }
  if (completed === false) return status === '已销号';
  if (status === '已办结' && completed === null) r.error('status', MSG.completedWithoutDate());
  if (status === '办理中' && completed !== null) r.error('status', MSG.openWithDate());
  if (status === '已销号' && completed !== null) r.warn('status', MSG.cancelledWithDate());
  return status === '已销号';
}
