// Parsing a ledger is the expensive part of DUBAN.SCORE: a summary sheet with 100 SCORE cells
// over one 10,000-row ledger must parse it once. Excel hands every call fresh arrays, so the cache
// is keyed by the tables' content, not by identity.
import type { Grid, Ledger, Period, PresetName, Problem, SheetInput, UnitScore, WorkbookInput } from '../engine/model';
import { rankMonth } from '../engine/rank';
import { readLedger } from '../engine/readLedger';

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
}

function workbookOf(tables: LedgerTables): WorkbookInput {
  const sheets: SheetInput[] = [];
  for (const kind of ['ledger', 'roster', 'adjustments', 'rules'] as const) {
    const values = tables[kind];
    if (values) sheets.push({ name: TABLE_NAMES[kind], values });
  }
  return { sheets };
}

function parse(tables: LedgerTables, reportYear: number): ParsedLedger {
  const { ledger, problems } = readLedger(workbookOf(tables), { reportYear, preset: tables.preset });
  const rankings = new Map<string, UnitScore[]>();
  return {
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
  };
}

/** A few ledgers at once (a workbook may score two offices' ledgers); the least recent goes first. */
const MAX_ENTRIES = 4;
const entries = new Map<string, ParsedLedger>();

/**
 * The key is the tables' full content: JSON is injective on what Excel passes (text, numbers,
 * booleans and blanks), so any changed cell changes it, with no hash collision to reason about.
 * Building it is linear in the cells, far cheaper than parsing and scoring them.
 */
function keyOf(tables: LedgerTables, reportYear: number): string {
  return JSON.stringify([reportYear, tables.preset ?? null, tables.ledger, tables.roster, tables.adjustments, tables.rules]);
}

export function parsedLedger(tables: LedgerTables, reportYear: number): ParsedLedger {
  const key = keyOf(tables, reportYear);
  const cached = entries.get(key);
  if (cached) {
    entries.delete(key);
    entries.set(key, cached);
    return cached;
  }
  const parsed = parse(tables, reportYear);
  entries.set(key, parsed);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return parsed;
}
