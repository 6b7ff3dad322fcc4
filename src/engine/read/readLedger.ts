// From a workbook's sheets to a validated Ledger and the list of problems (SPEC §1, §1.1).
import { WorkCalendar } from '../calendar/calendar';
import { dayOf, ymdOf } from '../calendar/dates';
import type { Day, Item, Ledger, PresetName, Problem, WorkbookInput } from '../model';
import { cellText, isExcelError } from '../text';
import { readAdjustmentSheet } from './adjustmentSheet';
import { readColumnMap } from './columnMap';
import { readHolidays } from './holidaySheet';
import { LedgerRow } from './itemDetails';
import { ledgerByHeader } from './ledgerSheetChoice';
import type { LedgerRowMemo } from './ledgerRowMemo';
import { readLedgerSheet, type LedgerKey, type LedgerTable } from './ledgerSheet';
import { MSG } from './messages';
import { readRoster, rosterFromNames, type Roster } from './roster';
import { readReportSheet, type ReportKey } from './reportSheet';
import { readRules } from './ruleSheet';
import { ADJUSTMENT_COLUMNS, HOLIDAY_COLUMNS, LEDGER_COLUMNS, REPORT_COLUMNS, ROSTER_COLUMNS, RULES_COLUMNS, SHEET_NAMES, type ColumnSpec, type SheetKind } from './schema';
import type { SheetReading } from './sheetReading';
import { findSheet, readSheetTable, sheetsNamedLike } from './table';
import { splitUnitCell } from './unitCell';

export interface ReadOptions {
  /** The report year: dates written without a year take it. */
  reportYear: number;
  /**
   * The report date: a row marked 已办结 without a 办结日期 counts as completed on the earlier of its
   * deadline and this day (SPEC §1.1 (7)). Defaults to the report year's last day.
   */
  asOf?: Day;
  /** Wins over the 规则 sheet's 规则集 (the CLI's --preset). */
  preset?: PresetName;
  /**
   * The memo of a read of an earlier copy of this workbook: the 台账 rows it read under the same
   * roster and rules, and that are unchanged, are taken over instead of read again.
   */
  previous?: LedgerRowMemo;
}

export interface ReadResult {
  /** null when the workbook cannot be scored at all (no 台账 sheet, or a required column missing). */
  ledger: Ledger | null;
  problems: Problem[];
  /** The one-line reason when the workbook is not a ledger at all (no 台账 sheet, none or several by header). */
  fatal: string | null;
  /** The sheet read as the 台账, named so or found by its header (ledgerSheetChoice.ts); null when none was. */
  ledgerSheet: string | null;
  /** What a later read of an edited copy can take over (`ReadOptions.previous`); null with no ledger. */
  memo: LedgerRowMemo | null;
  /** How each sheet was read (`duban validate --explain`, the task pane's 列对应 step), 台账 first. */
  readings: SheetReading[];
}

export function readLedger(book: WorkbookInput, options: ReadOptions): ReadResult {
  const problems: Problem[] = [];
  const readings: SheetReading[] = [];
  const find = (kind: SheetKind) => {
    const sheet = findSheet(book, kind);
    const alike = sheet ? sheetsNamedLike(book, sheet) : [];
    if (sheet && alike.length > 1) {
      problems.push({ sheet: sheet.name, cell: '', severity: '错误', message: MSG.ambiguousSheet(alike.map((s) => s.name)) });
    }
    return sheet;
  };
  const named = find('ledger');
  const optional = <K extends string>(kind: Exclude<SheetKind, 'ledger'>, specs: readonly ColumnSpec[]) => {
    const sheet = find(kind);
    if (!sheet) return null;
    const { table, reading } = readSheetTable<K>(sheet, specs, problems);
    if (reading) readings.push(reading);
    return table;
  };

  const rulesTable = optional<'name' | 'value'>('rules', RULES_COLUMNS);
  const rules = readRules(rulesTable, options.preset, problems);
  const mapping = readColumnMap(rulesTable, problems);
  // The 列名 rows come first: they may be what makes a sheet's header a 台账's.
  const chosen = named ? null : ledgerByHeader(book, mapping);
  if (chosen) problems.push(chosen.problem);
  const ledgerSheet = named ?? chosen?.sheet;
  if (!ledgerSheet) return { ledger: null, problems, fatal: chosen?.problem.message ?? null, ledgerSheet: null, memo: null, readings };
  const holidayTable = optional<'date' | 'type'>('holidays', HOLIDAY_COLUMNS);
  const holidays = holidayTable ? readHolidays(holidayTable, options.reportYear, problems) : [];
  const calendar = new WorkCalendar(holidays);
  const ledgerRead = readSheetTable<LedgerKey, LedgerRow>(ledgerSheet, LEDGER_COLUMNS, problems, {
    mapping,
    sections: true,
    row: (index, cells, section, columns) => new LedgerRow(index, cells, section, columns),
  });
  if (ledgerRead.reading) readings.unshift(ledgerRead.reading);
  if (chosen) ledgerRead.reading?.assumptions.push(chosen.problem.message);
  const ledgerTable = ledgerRead.table;
  const rosterTable = optional<'name' | 'category' | 'aliases'>('roster', ROSTER_COLUMNS);
  const roster = rosterTable ? readRoster(rosterTable, rules, problems) : rosterWithoutSheet(ledgerTable, problems);
  if (!ledgerTable) return { ledger: null, problems, fatal: null, ledgerSheet: ledgerSheet.name, memo: null, readings };

  const asOf = options.asOf ?? dayOf(options.reportYear, 12, 31);
  const newYear = { kind: 'day', day: dayOf(options.reportYear, 1, 1), yearAssumed: false, writing: 'day' } as const;
  const { items, ids, memo } = readLedgerSheet(
    ledgerTable,
    { roster, rules, reportYear: options.reportYear, asOf, calendar, holidays, newYear },
    problems,
    options.previous,
  );
  const adjustmentTable = optional<(typeof ADJUSTMENT_COLUMNS)[number]['key']>('adjustments', ADJUSTMENT_COLUMNS);
  const adjustments = adjustmentTable
    ? readAdjustmentSheet(adjustmentTable, { roster, rules, ids, items, reportYear: options.reportYear }, problems)
    : [];
  // Optional: without a 报送 sheet the ledger says nothing about reports, and is scored as before.
  const reportTable = optional<ReportKey>('reports', REPORT_COLUMNS);
  const reports = reportTable ? readReportSheet(reportTable, { roster, ids, items, reportYear: options.reportYear }, problems) : null;
  warnUncoveredYears(calendar, items, options.reportYear, findSheet(book, 'holidays')?.name ?? ledgerSheet.name, problems);
  const ledger: Ledger = { units: roster.units, items, adjustments, rules, calendar };
  if (reports) ledger.reports = reports;
  return { ledger, problems, fatal: null, ledgerSheet: ledgerSheet.name, memo, readings };
}

/** No 单位 sheet: the ledger's 责任单位 names stand in, all 未分类, and a 警告 says so. */
function rosterWithoutSheet(ledgerTable: LedgerTable | null, problems: Problem[]): Roster {
  problems.push({ sheet: SHEET_NAMES.roster[0], cell: '', severity: '警告', message: MSG.missingRoster() });
  const column = ledgerTable?.columns.unit;
  // An error value is no unit's name; its row gets an 错误 of its own. A cell naming several units
  // gives each (SPEC §1.1 (6)).
  const cells = column === undefined || !ledgerTable ? [] : ledgerTable.rows.map((row) => row.cells[column] ?? null);
  const names = cells.filter((cell) => !isExcelError(cell)).flatMap((cell) => splitUnitCell(cellText(cell)).map((part) => part.text));
  return rosterFromNames(names);
}

/**
 * The calendar package silently treats a year it has no data for as plain Monday–Friday; working
 * days in such a year would be wrong on holidays, so say so for every year the report touches.
 */
function warnUncoveredYears(calendar: WorkCalendar, items: readonly Item[], reportYear: number, sheet: string, problems: Problem[]): void {
  const years = new Set<number>([reportYear]);
  for (const item of items) {
    if (item.cancelled || item.completed !== null) continue;
    const deadline = item.extendedTo ?? item.deadline;
    if (deadline === null) continue;
    const year = ymdOf(deadline).year;
    if (year <= reportYear) years.add(year);
  }
  for (const year of [...years].sort()) {
    if (!calendar.covers(year)) problems.push({ sheet, cell: '', severity: '警告', message: MSG.calendarYearMissing(year) });
  }
}
