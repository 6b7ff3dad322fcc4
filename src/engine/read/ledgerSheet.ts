// The 台账 sheet: one item per row and responsible unit, checked cell by cell (SPEC §1, §1.1).
// A row may name several units (SPEC §1.1 (6)); each is scored as if it had a row of its own.
import { addMonths, dayOf, formatChineseDay, formatDay } from '../calendar/dates';
import { cellAddress } from '../cellAddress';
import type { Day, Item, ItemDetails, Problem, RuleSet } from '../model';
import { cellText, isBlank, normalizeText, splitList } from '../text';
import { readDateField, readLooseDateField } from './dateField';
import type { PeriodSide } from './dateText';
import { RowReuse, type LedgerRowMemo, type RowContext, type RowRead } from './ledgerRowMemo';
import { MSG } from './messages';
import type { Roster } from './roster';
import { IMPORTANCE_ALIASES, LEDGER_COLUMNS, LEDGER_RECOMMENDED, STATUS_WORDS, type LedgerColumnKey } from './schema';
import { RowReader, type Table, type TableRow } from './table';
import { readUnitCell } from './unitCell';

export type LedgerKey = LedgerColumnKey;

const HEADER = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header])) as Record<LedgerKey, string>;

export interface LedgerRead {
  /** Rows without any 错误, one item per responsible unit, ready to score. */
  items: Item[];
  /** Every 编号 written in the ledger (normalised), also on rows with errors: 关联事项 may point at any. */
  ids: Pick<ReadonlySet<string>, 'has'>;
  /** For the next read of an edited copy (`previous`). */
  memo: LedgerRowMemo;
}

export interface LedgerContext {
  roster: Roster;
  rules: RuleSet;
  reportYear: number;
  /** The report date: a completion without a date counts on the earlier of D and this day. */
  asOf: Day;
}

/** What a row's reading had to assume, counted per sheet for one 警告 each. */
export const ASSUMED = {
  standing: 1,
  looseDeadline: 2,
  looseAssigned: 4,
  completedUndated: 8,
} as const;

/** Rows that wrote a date as a month or a period, and the first of them, for the sheet's 警告. */
interface LooseCount {
  count: number;
  key: 'deadline' | 'assigned';
  side: PeriodSide;
  example: string;
  day: Day;
  cell: string;
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

/** Sheet-level 警告: once, at the header row's first cell, and listed as an assumption. */
function assume(table: Table<LedgerKey>, problems: Problem[], message: string, cell = cellAddress(table.headerRow, 0)): void {
  problems.push({ sheet: table.sheet, cell, severity: '警告', message });
  table.reading.assumptions.push(message);
}

/**
 * Reads every row; with `previous`, the memo of a read of an earlier copy of this workbook, a row
 * whose cells and context are unchanged is taken over from it instead of read again.
 */
export function readLedgerSheet(table: Table<LedgerKey>, ctx: LedgerContext, problems: Problem[], previous?: LedgerRowMemo): LedgerRead {
  for (const key of LEDGER_RECOMMENDED) {
    if (table.columns[key] === undefined) {
      problems.push({ sheet: table.sheet, cell: cellAddress(table.headerRow, 0), severity: '警告', message: MSG.missingRecommendedColumn(HEADER[key]) });
    }
  }
  if (table.columns.id === undefined) assume(table, problems, MSG.idFromRowNumber());
  if (table.columns.assigned === undefined) assume(table, problems, MSG.assignedColumnMissing(ctx.reportYear));
  const context: RowContext = {
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    reportYear: ctx.reportYear,
    asOf: ctx.asOf,
    extensionMonths: ctx.rules.params.extensionMonths,
    multiUnit: ctx.rules.params.multiUnit,
    units: ctx.roster.units,
  };
  const reuse = RowReuse.of(previous, context);
  const count = table.rows.length;
  const reads = new Array<RowRead>(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const items: Item[] = [];
  let standing = 0;
  let undated = 0;
  const loose: LooseCount[] = [
    { count: 0, key: 'deadline', side: 'end', example: '', day: 0, cell: '' },
    { count: 0, key: 'assigned', side: 'start', example: '', day: 0, cell: '' },
  ];
  const countLoose = (l: LooseCount, row: TableRow, day: Day | null | undefined) => {
    if (l.count++ > 0) return;
    const column = table.columns[l.key] ?? 0;
    l.example = cellText(row.cells[column] ?? null);
    l.day = day ?? 0;
    l.cell = cellAddress(row.index, column);
  };
  // 编号 → 责任单位 → first row. Nested rather than one map of joined keys: hashing 100,000
  // freshly concatenated strings costs more than the lookups. The outer map doubles as the set
  // of 编号 (`ids`), which copying into a Set took as long again.
  const rowsById = new Map<string, UnitsOfId>();
  for (let i = 0; i < count; i++) {
    const row = table.rows[i];
    const errorsBefore = problems.length;
    const read = reuse?.take(i, row, problems) ?? readRow(new RowReader(table, row, problems), row, ctx);
    reads[i] = read;
    starts[i] = errorsBefore;
    ends[i] = problems.length;
    if (read.flags & ASSUMED.standing) standing++;
    if (read.flags & ASSUMED.completedUndated) undated++;
    if (read.flags & ASSUMED.looseDeadline) countLoose(loose[0], row, read.items[0]?.deadline);
    if (read.flags & ASSUMED.looseAssigned) countLoose(loose[1], row, read.items[0]?.assigned);
    const id = read.items[0]?.id;
    if (id) {
      const key = normalizeText(id);
      let seen = rowsById.get(key);
      if (!seen) rowsById.set(key, (seen = { first: null, firstRow: 0, others: null }));
      for (const item of read.items) {
        const first = item.unit ? rowOfUnit(seen, item.unit) : undefined;
        // A row with an error value in its 编号 cell has no 编号 here, so a new reader, which knows
        // of no such cell, reports exactly what the row's own reader would.
        if (first !== undefined) new RowReader(table, row, problems).error('id', MSG.duplicateItem(id, item.unit ?? '', first));
        else if (item.unit) addUnit(seen, item.unit, row.index + 1);
      }
    }
    if (!hasErrorSince(problems, errorsBefore)) for (const item of read.items) items.push(item as Item);
  }
  if (standing > 0) assume(table, problems, MSG.standingItems(table.sheet, standing));
  for (const l of loose) {
    if (l.count > 0) assume(table, problems, MSG.loosePeriods(HEADER[l.key], l.count, l.example, formatDay(l.day), l.side), l.cell);
  }
  if (undated > 0 && table.columns.completed === undefined) {
    assume(table, problems, MSG.completedColumnMissing(undated, formatChineseDay(ctx.asOf)));
  }
  // A copy: the caller may go on to sort or filter the list it was given.
  const memo: LedgerRowMemo = { context, rows: table.rows, reads, starts, ends, problems: problems.slice() };
  return { items, ids: rowsById, memo };
}

/** Whether an 错误 was added from `start` on; a loop, since slicing allocated per row. */
function hasErrorSince(problems: readonly Problem[], start: number): boolean {
  for (let i = start; i < problems.length; i++) if (problems[i].severity === '错误') return true;
  return false;
}

const NO_UNITS: readonly string[] = [];

function readText(r: RowReader<LedgerKey>, key: LedgerKey, required: boolean): string {
  const text = cellText(r.value(key));
  if (!text && required) r.error(key, MSG.required(HEADER[key]));
  return text;
}

/** The details of an item made other than from a sheet (tests, benchmarks): nothing written. */
export const NO_DETAILS: ItemDetails = {
  section: '',
  deadlineText: '',
  requirement: '',
  standard: '',
  effect: '',
  owner: '',
  supervisor: '',
  leader: '',
  progress: '',
  note: '',
};

function readDetails(r: RowReader<LedgerKey>, row: TableRow): ItemDetails {
  const text = (key: LedgerKey) => (r.has(key) ? cellText(r.value(key)) : '');
  return {
    section: row.section,
    deadlineText: text('deadline'),
    requirement: text('requirement'),
    standard: text('standard'),
    effect: text('effect'),
    owner: text('owner'),
    supervisor: text('supervisor'),
    leader: text('leader'),
    progress: text('progress'),
    note: text('note'),
  };
}

/** Reads what it can of a row; the caller keeps its items only when no 错误 was reported. */
function readRow(r: RowReader<LedgerKey>, row: TableRow, ctx: LedgerContext): RowRead {
  const { roster, rules, reportYear } = ctx;
  let flags = 0;
  // SPEC §1.1 (10): without an 编号 column (nor 序号, its alias) the row number stands in.
  const id = r.has('id') ? readText(r, 'id', true) : MSG.rowAsId(r.rowNumber);
  const content = readText(r, 'content', true);
  // isBlank is cellText(…) === '' without building the trimmed text: five cells of every row.
  for (const key of LEDGER_RECOMMENDED) {
    if (r.has(key) && isBlank(r.value(key))) r.warn(key, MSG.recommended(HEADER[key]));
  }

  const unitText = readText(r, 'unit', true);
  const units = unitText ? readUnitCell(unitText, roster, rules.params.multiUnit) : null;
  for (const p of units?.problems ?? []) {
    if (p.severity === '错误') r.error('unit', p.message);
    else r.warn('unit', p.message);
  }

  // Most rows have no 配合单位: they share one empty list instead of each allocating their own.
  let cooperators: string[] | null = units && units.cooperating.length > 0 ? units.cooperating.map((u) => u.name) : null;
  for (const name of splitList(cellText(r.value('cooperators')))) {
    const found = roster.resolve(name);
    if (!found) r.warn('cooperators', MSG.unknownCooperator(name, roster.suggest(name)));
    else if (!cooperators?.includes(found.name)) (cooperators ??= []).push(found.name);
  }

  const importanceText = cellText(r.value('importance'));
  const importance = importanceText ? IMPORTANCE_ALIASES[normalizeText(importanceText)] : '一般重要';
  if (!importance) r.error('importance', MSG.unknownImportance(importanceText));

  const assigned = readAssigned(r, reportYear);
  if (assigned && assigned.loose) flags |= ASSUMED.looseAssigned;
  const deadline = readLooseDateField(r, 'deadline', HEADER.deadline, reportYear, 'end', true);
  if (deadline === null) r.error('deadline', MSG.required(HEADER.deadline));
  else if (deadline && deadline.day === null) flags |= ASSUMED.standing;
  else if (deadline && deadline.writing !== 'day') flags |= ASSUMED.looseDeadline;
  const deadlineDay = deadline ? deadline.day : null;
  const extendedTo = readExtension(r, deadline ? deadline.day : false, rules, reportYear);
  const written = readDateField(r, 'completed', HEADER.completed, reportYear, false);
  if (assigned && deadlineDay !== null && deadlineDay < assigned.day) r.error('deadline', MSG.deadlineBeforeAssigned());
  if (assigned && written && written < assigned.day) r.error('completed', MSG.completedBeforeAssigned());

  const status = readStatus(r, written, (extendedTo || null) ?? deadlineDay, ctx.asOf);
  if (status.undated) flags |= ASSUMED.completedUndated;
  const details = readDetails(r, row);
  // One literal with every field, not `{ ...base, unit }`: each spread copy got a hidden class of
  // its own, and every later pass over 100,000 items paid for it (rankMonth took 2.5 times as long).
  const itemFor = (unit: string): Partial<Item> => ({
    row: r.rowNumber,
    id,
    content,
    importance,
    assigned: assigned ? assigned.day : 0,
    deadline: deadlineDay,
    extendedTo: extendedTo || null,
    completed: status.completed,
    cancelled: status.cancelled,
    details,
    unit,
    cooperators: cooperators ?? NO_UNITS,
  });
  const unitsRead = units?.responsible ?? [];
  const items = unitsRead.length === 0 ? [itemFor('')] : unitsRead.map((unit) => itemFor(unit.name));
  return { items, flags };
}

/** 交办日期: a month or a period stands for its first day; blank is 1 January, with a 警告. */
function readAssigned(r: RowReader<LedgerKey>, reportYear: number): { day: Day; loose: boolean } | false {
  const newYear = { day: dayOf(reportYear, 1, 1), loose: false };
  if (!r.has('assigned')) return newYear;
  const read = readLooseDateField(r, 'assigned', HEADER.assigned, reportYear, 'start', false);
  if (read === false) return false;
  if (read === null) {
    r.warn('assigned', MSG.assignedAssumed(reportYear));
    return newYear;
  }
  // Standing is refused for 交办日期, so a day is always there.
  return { day: read.day ?? newYear.day, loose: read.writing !== 'day' };
}

/** 延期至: one extension only, after 办理时限 and within 延期上限月数 of it. */
function readExtension(r: RowReader<LedgerKey>, deadline: Day | null | false, rules: RuleSet, reportYear: number): Day | null | false {
  const raw = r.value('extendedTo');
  if (typeof raw === 'string' && splitList(raw).length > 1) {
    r.error('extendedTo', MSG.secondExtension());
    return false;
  }
  const read = readLooseDateField(r, 'extendedTo', HEADER.extendedTo, reportYear, 'end', false);
  if (!read) return read;
  const extendedTo = read.day as Day;
  if (deadline === false) return extendedTo;
  if (deadline === null) {
    r.error('extendedTo', MSG.standingExtension());
    return false;
  }
  const months = rules.params.extensionMonths;
  const limit = addMonths(deadline, months);
  if (extendedTo <= deadline) r.error('extendedTo', MSG.extensionNotAfterDeadline());
  else if (extendedTo > limit) r.error('extendedTo', MSG.extensionTooLong(months, formatDay(limit)));
  return extendedTo;
}

interface StatusRead {
  cancelled: boolean;
  completed: Day | null;
  /** Completed by its status, without a 办结日期: counted on the earlier of D and asOf. */
  undated: boolean;
}

const OPEN: StatusRead = { cancelled: false, completed: null, undated: false };

/**
 * 办理状态 (or 是否办结) against 办结日期 (`written`: false when that cell was unreadable), SPEC
 * §1.1 (7). A completion without a date counts on the earlier of D (`deadline`, null for a
 * standing item) and asOf: 按期, as the staff member who ticked 已办结 on time would expect.
 */
function readStatus(r: RowReader<LedgerKey>, written: Day | null | false, deadline: Day | null, asOf: Day): StatusRead {
  const dated = (day: Day | null): StatusRead => ({ cancelled: false, completed: day, undated: false });
  const text = cellText(r.value('status'));
  if (!text) return written ? dated(written) : OPEN;
  const word = STATUS_WORDS[normalizeText(text)];
  if (!word) {
    r.error('status', MSG.unknownStatus(text));
    return OPEN;
  }
  if (word === 'open') {
    if (written) r.error('status', MSG.openWithDate());
    return OPEN;
  }
  if (written === false) return word === 'cancelled' ? { ...OPEN, cancelled: true } : OPEN;
  if (written !== null) return dated(written);
  if (word === 'cancelled') return { ...OPEN, cancelled: true };
  const day = deadline === null ? asOf : Math.min(deadline, asOf);
  if (r.has('completed')) r.warn('status', MSG.completedAssumed(formatChineseDay(day)));
  return { cancelled: false, completed: day, undated: true };
}

