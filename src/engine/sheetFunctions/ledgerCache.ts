// Parsing a ledger is the expensive part of DUBAN.SCORE: a summary sheet with 100 SCORE cells
// over one 10,000-row ledger must parse it once. Excel hands every call fresh arrays, so the cache
// matches on the tables' content, not on identity. It holds the arrays Excel passed; nothing here
// or in the engine writes to them.
import type { Grid, Ledger, Period, PresetName, Problem, SheetInput, UnitScore, WorkbookInput } from '../model';
import { rankMonth } from '../score/rank';
import { Roster } from '../read/roster';
import { sameCells, type LedgerRowMemo } from '../read/ledgerRowMemo';
import { readLedger } from '../read/readLedger';

/** The ledger arguments; each table with its header row, as on the sheets of SPEC §1. */
export interface LedgerTables {
  ledger: Grid;
  roster: Grid | null;
  adjustments: Grid | null;
  rules: Grid | null;
  preset?: PresetName;
}

/** Named after the parameters, and each name is one the engine finds the sheet by. */
export const TABLE_NAMES = { ledger: '台账', roster: '单位表', adjustments: '加减分', rules: '规则' } as const;

export interface ParsedLedger {
  ledger: Ledger | null;
  problems: readonly Problem[];
  /** The month's ranking, computed once per period. */
  ranking(period: Period): UnitScore[];
  /** The units by name and alias, built once. */
  roster(): Roster;
}

function workbookOf(tables: LedgerTables): WorkbookInput {
  const sheets: SheetInput[] = [];
  for (const kind of ['ledger', 'roster', 'adjustments', 'rules'] as const) {
    const values = tables[kind];
    if (values) sheets.push({ name: TABLE_NAMES[kind], values });
  }
  return { sheets };
}

interface Entry {
  tables: LedgerTables;
  reportYear: number;
  /** A row marked 已办结 without a date reads as completed on the earlier of D and this day. */
  asOf: number;
  parsed: ParsedLedger;
  memo: LedgerRowMemo | null;
}

function parse(tables: LedgerTables, { year: reportYear, asOf }: Period, previous: LedgerRowMemo | undefined): Entry {
  const { ledger, problems, memo } = readLedger(workbookOf(tables), { reportYear, asOf, preset: tables.preset, previous });
  const rankings = new Map<string, UnitScore[]>();
  let roster: Roster | null = null;
  const parsed: ParsedLedger = {
    ledger,
    problems,
    ranking(period) {
      if (!ledger) throw new Error('ranking of a ledger that could not be read');
      const key = `${period.year}-${period.month}-${period.asOf}`;
      let rows = rankings.get(key);
      if (!rows) {
        rows = rankMonth(ledger, period);
        rankings.set(key, rows);
      }
      return rows;
    },
    roster() {
      if (!ledger) throw new Error('roster of a ledger that could not be read');
      return (roster ??= new Roster(ledger.units));
    },
  };
  return { tables, reportYear, asOf, parsed, memo };
}

/** A few ledgers at once (a workbook may score two offices' ledgers); the most recent first. */
const MAX_ENTRIES = 4;
const entries: Entry[] = [];

function sameGrid(a: Grid | null, b: Grid | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (!sameCells(a[r], b[r])) return false;
  return true;
}

/**
 * Cell-by-cell comparison with the tables a cached entry was parsed from: exact (123 is not '123',
 * so a retyped cell is never served stale), with no hash to collide, and cheaper than building a
 * hash key, since a changed table usually differs early and an unchanged one is a plain scan.
 */
function sameTables(a: LedgerTables, b: LedgerTables): boolean {
  return (
    a.preset === b.preset &&
    sameGrid(a.ledger, b.ledger) &&
    sameGrid(a.roster, b.roster) &&
    sameGrid(a.adjustments, b.adjustments) &&
    sameGrid(a.rules, b.rules)
  );
}

/**
 * The tables' parse for a report date (it decides when an undated completion counted, SPEC
 * §1.1 (7)), from the cache when an earlier call passed the same content. Otherwise the
 * ledger was most likely just edited: the newest parse of the same year lends the rows that did
 * not change (the engine checks that they did not, and that nothing they depend on did).
 */
export function parsedLedger(tables: LedgerTables, period: Period): ParsedLedger {
  const index = entries.findIndex((e) => e.reportYear === period.year && e.asOf === period.asOf && sameTables(e.tables, tables));
  const previous = entries.find((e) => e.reportYear === period.year && e.memo)?.memo ?? undefined;
  const entry = index >= 0 ? entries.splice(index, 1)[0] : parse(tables, period, previous);
  entries.unshift(entry);
  entries.length = Math.min(entries.length, MAX_ENTRIES);
  return entry.parsed;
}
