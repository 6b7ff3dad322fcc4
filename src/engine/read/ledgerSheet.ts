// The 台账 sheet: one item per row and responsible unit, checked cell by cell (SPEC §1, §1.1).
// A row may name several units (SPEC §1.1 (6)); each is scored as if it had a row of its own.
import { addMonths, formatChineseDay, formatDay } from '../calendar/dates';
import { cellAddress } from '../cellAddress';
import type { Calendar, CalendarOverride, Day, Item, Problem, RuleSet, SourceDeadline, Unit } from '../model';
import { cellText, isBlank, normalizeText, splitList } from '../text';
import { readDateField, readLooseDateField } from './dateField';
import type { LooseDate, PeriodSide } from './dateText';
import { reusableMemo, takeRow, type LedgerRowMemo, type RowContext } from './ledgerRowMemo';
import { MSG } from './messages';
import type { Roster } from './roster';
import { findSource, sourceDeadline, sourceExtensionLimit } from './sourceDeadlines';
import { EXTENSION_WORDS, IMPORTANCE_ALIASES, LEDGER_COLUMNS, LEDGER_RECOMMENDED, STATUS_WORDS, type LedgerColumnKey } from './schema';
import { RowReader, type Table } from './table';
import { readLeadAndUnitCells, readUnitCell, type MultiUnitPolicy, type UnitCellReading } from './unitCell';
import type { LedgerRow } from './itemDetails';

export type LedgerKey = LedgerColumnKey;
export type LedgerTable = Table<LedgerKey, LedgerRow>;

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
  /** Working days of a default deadline by 事项来源; `holidays` made it (the 节假日 rows). */
  calendar: Calendar;
  holidays: readonly CalendarOverride[];
  /** 1 January of the report year, as a 交办日期 read (SPEC §1.1 (9)): the shape a date cell reads as. */
  newYear: Extract<LooseDate, { kind: 'day' }>;
}

/** What a row's reading had to assume, counted per sheet for one 警告 each. */
export const ASSUMED = {
  standing: 1,
  looseDeadline: 2,
  looseAssigned: 4,
  completedUndated: 8,
  sourceDeadline: 16,
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

/** (编号, 责任单位) once: a second row of the pair is an 错误 at its 编号. */
function checkUnique(seen: UnitsOfId, item: Partial<Item>, id: string, row: LedgerRow, table: LedgerTable, problems: Problem[]): void {
  const first = item.unit ? rowOfUnit(seen, item.unit) : undefined;
  // A row with an error value in its 编号 cell has no 编号 here, so a new reader, which knows
  // of no such cell, reports exactly what the row's own reader would.
  if (first !== undefined) new RowReader(table, row, problems).error('id', MSG.duplicateItem(id, item.unit ?? '', first));
  else if (item.unit) addUnit(seen, item.unit, row.index + 1);
}

/** Sheet-level 警告: once, at the header row's first cell, and listed as an assumption. */
function assume(table: LedgerTable, problems: Problem[], message: string, cell = cellAddress(table.headerRow, 0)): void {
  problems.push({ sheet: table.sheet, cell, severity: '警告', message });
  table.reading.assumptions.push(message);
}

/**
 * Reads every row; with `previous`, the memo of a read of an earlier copy of this workbook, a row
 * whose cells and context are unchanged is taken over from it instead of read again.
 */
export function readLedgerSheet(table: LedgerTable, ctx: LedgerContext, problems: Problem[], previous?: LedgerRowMemo): LedgerRead {
  for (const key of LEDGER_RECOMMENDED) {
    if (table.columns[key] === undefined) {
      problems.push({ sheet: table.sheet, cell: cellAddress(table.headerRow, 0), severity: '警告', message: MSG.missingRecommendedColumn(HEADER[key]) });
    }
  }
  // Sections, notes and blanks only: nothing to score, which a person would notice at a glance.
  if (table.rows.length === 0) problems.push({ sheet: table.sheet, cell: cellAddress(table.headerRow, 0), severity: '警告', message: MSG.noItems(table.sheet) });
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
    sources: ctx.rules.sourceDeadlines,
    holidays: ctx.holidays,
  };
  const reusable = reusableMemo(previous, context);
  const columns = sheetColumns(table);
  const count = table.rows.length;
  const firstOfRow = new Array<Partial<Item>>(count);
  const moreOfRow = new Map<number, readonly Partial<Item>[]>();
  const flagsOfRow = new Uint8Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const items: Item[] = [];
  let standing = 0;
  let undated = 0;
  const filled: number[] = [];
  const loose: LooseCount[] = [
    { count: 0, key: 'deadline', side: 'end', example: '', day: 0, cell: '' },
    { count: 0, key: 'assigned', side: 'start', example: '', day: 0, cell: '' },
  ];
  const countLoose = (l: LooseCount, row: LedgerRow, day: Day | null | undefined) => {
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
    const taken = reusable && takeRow(reusable, i, row, problems);
    let first: Partial<Item>;
    if (taken) {
      first = taken;
      flagsOfRow[i] = reusable.flags[i];
      const more = reusable.more.get(i);
      if (more) moreOfRow.set(i, more);
    } else first = readRow(new RowReader(table, row, problems), row, ctx, columns, i, flagsOfRow, moreOfRow);
    firstOfRow[i] = first;
    starts[i] = errorsBefore;
    ends[i] = problems.length;
    const flags = flagsOfRow[i];
    if (flags !== 0) {
      if (flags & ASSUMED.standing) standing++;
      if (flags & ASSUMED.completedUndated) undated++;
      if (flags & ASSUMED.sourceDeadline) filled.push(i);
      if (flags & ASSUMED.looseDeadline) countLoose(loose[0], row, first.deadline);
      if (flags & ASSUMED.looseAssigned) countLoose(loose[1], row, first.assigned);
    }
    const more = moreOfRow.size > 0 ? moreOfRow.get(i) : undefined;
    if (first.id) {
      const key = normalizeText(first.id);
      let seen = rowsById.get(key);
      if (!seen) rowsById.set(key, (seen = { first: null, firstRow: 0, others: null }));
      checkUnique(seen, first, first.id, row, table, problems);
      if (more) for (const item of more) checkUnique(seen, item, first.id, row, table, problems);
    }
    if (!hasErrorSince(problems, errorsBefore)) {
      items.push(first as Item);
      if (more) for (const item of more) items.push(item as Item);
    }
  }
  if (standing > 0) assume(table, problems, MSG.standingItems(table.sheet, standing));
  for (const l of loose) {
    if (l.count > 0) assume(table, problems, MSG.loosePeriods(HEADER[l.key], l.count, l.example, formatDay(l.day), l.side), l.cell);
  }
  if (filled.length > 0) warnFilled(table, filled, firstOfRow, ctx.rules.sourceDeadlines, problems);
  if (undated > 0 && table.columns.completed === undefined) {
    assume(table, problems, MSG.completedColumnMissing(undated, formatChineseDay(ctx.asOf)));
  }
  // A copy: the caller may go on to sort or filter the list it was given.
  const memo: LedgerRowMemo = { context, rows: table.rows, items: firstOfRow, more: moreOfRow, flags: flagsOfRow, starts, ends, problems: problems.slice() };
  return { items, ids: rowsById, memo };
}

/** The rows listed by name in the one 警告 about deadlines filled in from 事项来源. */
const FILLED_LISTED = 10;

/**
 * One 警告 at the first filled-in 办理时限, listing the first rows (indexes into the table) with
 * their source, rule and day.
 */
function warnFilled(
  table: LedgerTable,
  filled: readonly number[],
  firstOfRow: readonly Partial<Item>[],
  sources: readonly SourceDeadline[],
  problems: Problem[],
): void {
  const listed = filled.slice(0, FILLED_LISTED).map((i) => {
    const item = firstOfRow[i];
    const source = findSource(sources, table.rows[i].source);
    const rule = source ? MSG.sourceRuleText(source.amount, source.unit) : '';
    return MSG.sourceDeadlineFilled(item.row ?? 0, source?.name ?? '', rule, formatDay(item.deadline ?? 0));
  });
  const first = table.rows[filled[0]].index;
  assume(table, problems, MSG.sourceDeadlinesFilled(table.sheet, filled.length, listed), cellAddress(first, table.columns.deadline ?? 0));
}

/** Whether an 错误 was added from `start` on; a loop, since slicing allocated per row. */
function hasErrorSince(problems: readonly Problem[], start: number): boolean {
  for (let i = start; i < problems.length; i++) if (problems[i].severity === '错误') return true;
  return false;
}

const NO_UNITS: readonly string[] = [];
const NO_RESPONSIBLE: readonly Unit[] = [];

function readText(r: RowReader<LedgerKey>, key: LedgerKey, required: boolean): string {
  const text = cellText(r.value(key));
  if (!text && required) r.error(key, MSG.required(HEADER[key]));
  return text;
}

/**
 * Which optional columns the sheet has, asked once per sheet rather than of every row: looking a
 * column up by its key is a dictionary lookup, and a row asked about a dozen of them.
 */
interface SheetColumns {
  id: boolean;
  lead: boolean;
  assigned: boolean;
  source: boolean;
  /** The columns of LEDGER_RECOMMENDED the sheet has. */
  recommended: readonly LedgerKey[];
}

function sheetColumns(table: LedgerTable): SheetColumns {
  const has = (key: LedgerKey) => table.columns[key] !== undefined;
  return {
    id: has('id'),
    lead: has('lead'),
    assigned: has('assigned'),
    source: has('source'),
    recommended: LEDGER_RECOMMENDED.filter(has),
  };
}

/** Reads what it can of a row; the caller keeps its items only when no 错误 was reported. */
function readRow(
  r: RowReader<LedgerKey>,
  row: LedgerRow,
  ctx: LedgerContext,
  columns: SheetColumns,
  index: number,
  flagsOfRow: Uint8Array,
  moreOfRow: Map<number, readonly Partial<Item>[]>,
): Partial<Item> {
  const { roster, rules, reportYear } = ctx;
  let flags = 0;
  // SPEC §1.1 (10): without an 编号 column (nor 序号, its alias) the row number stands in.
  const id = columns.id ? readText(r, 'id', true) : MSG.rowAsId(r.rowNumber);
  const content = readText(r, 'content', true);
  // isBlank is cellText(…) === '' without building the trimmed text: five cells of every row.
  const recommended = columns.recommended;
  for (let k = 0; k < recommended.length; k++) {
    if (isBlank(r.value(recommended[k]))) r.warn(recommended[k], MSG.recommended(HEADER[recommended[k]]));
  }

  const units = readUnits(r, roster, rules.params.multiUnit, columns.lead);

  // Most rows have no 配合单位: they share one empty list instead of each allocating their own.
  let cooperators: string[] | null = units && units.cooperating.length > 0 ? units.cooperating.map((u) => u.name) : null;
  const cooperatorText = cellText(r.value('cooperators'));
  if (cooperatorText) {
    const named = readUnitCell(cooperatorText, roster, rules.params.multiUnit, 'cooperating');
    for (const p of named.problems) r.warn('cooperators', p.message);
    for (const unit of named.cooperating) if (!cooperators?.includes(unit.name)) (cooperators ??= []).push(unit.name);
  }

  const importanceText = cellText(r.value('importance'));
  const importance = importanceText ? IMPORTANCE_ALIASES[normalizeText(importanceText)] : '一般重要';
  if (!importance) r.error('importance', MSG.unknownImportance(importanceText));

  const assigned = readAssigned(r, ctx, columns.assigned);
  if (assigned && assigned.writing !== 'day') flags |= ASSUMED.looseAssigned;
  const sourceText = columns.source ? cellText(r.value('source')) : '';
  const source = sourceText ? findSource(rules.sourceDeadlines, sourceText) : null;
  let deadline = readLooseDateField(r, 'deadline', HEADER.deadline, reportYear, 'end', true);
  if (deadline === null && source && assigned) {
    deadline = { kind: 'day', day: sourceDeadline(source, assigned.day, ctx.calendar), yearAssumed: false, writing: 'day' };
    flags |= ASSUMED.sourceDeadline;
  } else if (deadline === null && sourceText && !source) {
    r.error('deadline', MSG.deadlineNoSourceDefault(sourceText, rules.sourceDeadlines.map((s) => s.name)));
  } else if (deadline === null && !source) r.error('deadline', MSG.required(HEADER.deadline));
  else if (deadline && deadline.kind === 'standing') flags |= ASSUMED.standing;
  else if (deadline && deadline.writing !== 'day') flags |= ASSUMED.looseDeadline;
  const deadlineDay = deadline && deadline.kind === 'day' ? deadline.day : null;
  const extendedTo = readExtension(r, deadline ? deadlineDay : false, rules, reportYear, sourceLimitOf(source, assigned));
  const written = readDateField(r, 'completed', HEADER.completed, reportYear, false);
  if (assigned && deadlineDay !== null && deadlineDay < assigned.day) r.error('deadline', MSG.deadlineBeforeAssigned());
  if (assigned && written && written < assigned.day) r.error('completed', MSG.completedBeforeAssigned());

  const effective = (extendedTo || null) ?? deadlineDay;
  const status = readStatus(r, written, effective, ctx.asOf, extendedTo !== null);
  if (status === 'undated') flags |= ASSUMED.completedUndated;
  // One literal with every field, in Item's order: a spread per row cost more than the row's
  // reading (docs/performance.md), so only the rare further units of a row copy the first.
  const responsible = units?.responsible ?? NO_RESPONSIBLE;
  const first: Partial<Item> = {
    row: r.rowNumber,
    id,
    content,
    unit: responsible.length > 0 ? responsible[0].name : '',
    cooperators: cooperators ?? NO_UNITS,
    importance,
    assigned: assigned ? assigned.day : 0,
    deadline: deadlineDay,
    extendedTo: extendedTo || null,
    completed: status === 'dated' ? (written as Day) : status === 'undated' ? undatedCompletion(effective, ctx.asOf) : null,
    cancelled: status === 'cancelled',
    details: row,
  };
  if (responsible.length > 1) moreOfRow.set(index, responsible.slice(1).map((unit) => ({ ...first, unit: unit.name })));
  flagsOfRow[index] = flags;
  return first;
}

/** A cell's problems from reading its units, at that cell. */
function reportUnitProblems(r: RowReader<LedgerKey>, key: 'unit' | 'lead', problems: UnitCellReading['problems']): void {
  // An index loop: nearly every cell has none, and an iterator per row was garbage.
  for (let i = 0; i < problems.length; i++) {
    if (problems[i].severity === '错误') r.error(key, problems[i].message);
    else r.warn(key, problems[i].message);
  }
}

/**
 * The units of a row: its 责任单位 cell, led by the 牵头单位 cell beside it where the sheet has both
 * columns. Required is the 责任单位 cell, or the 牵头单位 cell when that one is blank.
 */
function readUnits(r: RowReader<LedgerKey>, roster: Roster, policy: MultiUnitPolicy, hasLead: boolean): Pick<UnitCellReading, 'responsible' | 'cooperating'> | null {
  const leadText = hasLead ? cellText(r.value('lead')) : '';
  const unitText = readText(r, 'unit', leadText === '');
  if (leadText === '') {
    const units = unitText ? readUnitCell(unitText, roster, policy) : null;
    if (units) reportUnitProblems(r, 'unit', units.problems);
    return units;
  }
  const units = readLeadAndUnitCells(leadText, unitText, roster, policy);
  reportUnitProblems(r, 'lead', units.leadProblems);
  reportUnitProblems(r, 'unit', units.unitProblems);
  return units;
}

/** 交办日期: a month or a period stands for its first day; blank is 1 January, with a 警告. */
function readAssigned(r: RowReader<LedgerKey>, ctx: LedgerContext, hasColumn: boolean): Extract<LooseDate, { kind: 'day' }> | false {
  if (!hasColumn) return ctx.newYear;
  const read = readLooseDateField(r, 'assigned', HEADER.assigned, ctx.reportYear, 'start', false);
  if (read === null) {
    r.warn('assigned', MSG.assignedAssumed(ctx.reportYear));
    return ctx.newYear;
  }
  // Standing is refused for 交办日期: a read is a day or an 错误.
  return read && read.kind === 'day' ? read : false;
}

/** A source's cap on 延期至 (建议提案: 6 months after 交办日期), which replaces 延期上限月数. */
interface SourceLimit {
  source: string;
  months: number;
  limit: Day;
}

function sourceLimitOf(source: SourceDeadline | null, assigned: { day: Day } | false): SourceLimit | null {
  const limit = source && assigned ? sourceExtensionLimit(source, assigned.day) : null;
  return source && limit !== null ? { source: source.name, months: source.maxMonths ?? 0, limit } : null;
}

/** 延期至: one extension only, after 办理时限 and within 延期上限月数 of it, or within its source's cap. */
function readExtension(
  r: RowReader<LedgerKey>,
  deadline: Day | null | false,
  rules: RuleSet,
  reportYear: number,
  sourceLimit: SourceLimit | null,
): Day | null | false {
  const raw = r.value('extendedTo');
  if (typeof raw === 'string' && splitList(raw).length > 1) {
    r.error('extendedTo', MSG.secondExtension());
    return false;
  }
  const read = readLooseDateField(r, 'extendedTo', HEADER.extendedTo, reportYear, 'end', false);
  if (read === null || read === false) return read;
  // Standing is refused for 延期至: a read is a day.
  if (read.kind !== 'day') return false;
  const extendedTo = read.day;
  if (deadline === false) return extendedTo;
  if (deadline === null) {
    r.error('extendedTo', MSG.standingExtension());
    return false;
  }
  const months = rules.params.extensionMonths;
  const limit = addMonths(deadline, months);
  if (extendedTo <= deadline) r.error('extendedTo', MSG.extensionNotAfterDeadline());
  else if (sourceLimit) {
    if (extendedTo > sourceLimit.limit) r.error('extendedTo', MSG.extensionBeyondSource(sourceLimit.source, sourceLimit.months, formatDay(sourceLimit.limit)));
  } else if (extendedTo > limit) r.error('extendedTo', MSG.extensionTooLong(months, formatDay(limit)));
  return extendedTo;
}

/** What 办理状态 and 办结日期 say together: no object per row, the caller turns it into fields. */
type Resolution = 'open' | 'dated' | 'undated' | 'cancelled';

/** SPEC §1.1 (7): a completion without a date counts on the earlier of D (null: standing) and asOf. */
const undatedCompletion = (deadline: Day | null, asOf: Day): Day => (deadline === null ? asOf : Math.min(deadline, asOf));

/**
 * 办理状态 (or 是否办结) against 办结日期 (`written`: false when that cell was unreadable); `extended`:
 * a 延期至 was written, readable or not. A row
 * completed by its status without a date is 'undated': 按期, as the staff member who ticked 已办结
 * on time would expect, with a 警告 asking for the date.
 */
function readStatus(r: RowReader<LedgerKey>, written: Day | null | false, deadline: Day | null, asOf: Day, extended: boolean): Resolution {
  const text = cellText(r.value('status'));
  if (!text) return written ? 'dated' : 'open';
  const normal = normalizeText(text);
  const word = STATUS_WORDS[normal];
  if (!word) {
    r.error('status', MSG.unknownStatus(text));
    return 'open';
  }
  if (word === 'open') {
    if (written) r.error('status', MSG.openWithDate());
    else if (!extended && EXTENSION_WORDS.has(normal)) r.warn('status', MSG.extensionWordWithoutDate(text));
    return 'open';
  }
  if (written === false) return word === 'cancelled' ? 'cancelled' : 'open';
  if (written !== null) return 'dated';
  if (word === 'cancelled') return 'cancelled';
  if (r.has('completed')) r.warn('status', MSG.completedAssumed(formatChineseDay(undatedCompletion(deadline, asOf))));
  return 'undated';
}
