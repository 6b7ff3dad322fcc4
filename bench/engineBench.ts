// The in-process measurements: the engine from 2D arrays, the custom-function path, and the
// single-pass floor. Each checks its own answer, so a fast wrong result never passes.
import type { Ledger, Period, UnitScore, WorkbookInput } from '../src/engine/model';
import { periodOf } from '../src/engine/calendar/period';
import { rankMonth } from '../src/engine/score/rank';
import { readLedger } from '../src/engine/read/readLedger';
import { RANKING, SCORE } from '../src/functions/functions';
import { fieldSheets } from './fieldLayout';
import { REPORT_MONTH, REPORT_YEAR, sheetsOf, type Row, type SyntheticLedger } from './generate';
import { time, timeTogether, type Timing } from './measure';

export interface EngineResults {
  validate: Timing;
  /** The same ledger laid out as a field ledger (fieldLayout.ts), read by turns with `validate`. */
  fieldValidate: Timing;
  scoreRank: Timing;
  floor: Timing;
  ranking: Timing;
  score100: Timing;
  /** 99 cell-by-cell comparisons of a call's tables: the floor of the 99 cache hits in `score100`. */
  contentCheck: Timing;
  warnings: number;
}

export const DECEMBER: Period = periodOf(REPORT_MONTH) as Period;

export function bookOf(data: SyntheticLedger): WorkbookInput {
  return { sheets: sheetsOf(data) };
}

/** Validates and fails loudly on any 错误: the generator must produce a ledger that scores. */
export function readValid(data: SyntheticLedger, book: WorkbookInput = bookOf(data)): { ledger: Ledger; warnings: number } {
  const { ledger, problems } = readLedger(book, { reportYear: REPORT_YEAR });
  const errors = problems.filter((p) => p.severity === '错误');
  if (!ledger || errors.length > 0) {
    throw new Error(`synthetic ${data.spec.name} ledger does not validate: ${errors.slice(0, 3).map((p) => `${p.sheet}!${p.cell} ${p.message}`).join('; ')}`);
  }
  return { ledger, warnings: problems.length };
}

/** The field layout must read as the same ledger: the same December ranking, unit by unit. */
function checkFieldReading(data: SyntheticLedger, field: WorkbookInput, expected: readonly UnitScore[]): void {
  const ranking = rankMonth(readValid(data, field).ledger, DECEMBER);
  const byUnit = new Map(ranking.map((s) => [s.unit, s]));
  const same = (e: UnitScore, f: UnitScore | undefined) =>
    f !== undefined && (['score', 'items', 'completed', 'onTime', 'overdue', 'open'] as const).every((k) => f[k] === e[k]);
  const wrong = expected.filter((e) => !same(e, byUnit.get(e.unit)));
  if (ranking.length !== expected.length || wrong.length > 0) {
    throw new Error(`the field layout of the ${data.spec.name} ledger ranks otherwise (${wrong.length} units, e.g. ${wrong[0]?.unit})`);
  }
}

/**
 * The floor of any scoring: one pass over the ledger array that only counts rows per 责任单位.
 * Whatever the engine does beyond this (dates, status, 12 months, adjustments) is its overhead.
 */
function countPerUnit(rows: readonly Row[], unitColumn: number): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (let r = 1; r < rows.length; r++) {
    const unit = rows[r][unitColumn];
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}

/** A table as Excel passes it to a call: new arrays all through, the cell values the same. */
const fresh = (table: readonly Row[]): Row[] => table.map((row) => row.slice());

/**
 * The tables as Excel passes them to a recalculating cell: fresh arrays whose content differs from
 * the previous recalculation (one 事项内容 edited), so the parse cache misses on the first call, as
 * it does after any edit. Every row is a new array, as from Excel, so neither the cache nor the
 * engine's row memo can tell an unchanged row by its identity; they compare its cells.
 */
function editedTables(data: SyntheticLedger, run: number): [Row[], Row[], Row[], Row[]] {
  const ledger = fresh(data.ledger);
  const last = ledger[ledger.length - 1];
  last[data.col.content] = `${String(last[data.col.content])}（第${run + 1}次修改）`;
  return [ledger, fresh(data.roster), fresh(data.adjustments), fresh(data.rules)];
}

/** Another set of arrays with the same content: what Excel hands the next cell's call. */
const freshCopy = (tables: Row[][]): [Row[], Row[], Row[], Row[]] => tables.map(fresh) as [Row[], Row[], Row[], Row[]];

function sameContent(a: readonly Row[][], b: readonly Row[][]): boolean {
  for (let t = 0; t < a.length; t++) {
    if (a[t].length !== b[t].length) return false;
    for (let r = 0; r < a[t].length; r++) {
      const x = a[t][r];
      const y = b[t][r];
      if (x.length !== y.length) return false;
      for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
    }
  }
  return true;
}

function checkSpill(spill: (string | number)[][], expected: readonly UnitScore[]): void {
  const header = spill[0];
  const unitCol = header.indexOf('单位');
  const scoreCol = header.indexOf('总分');
  const rows = spill.slice(1).filter((row) => row[unitCol] !== '');
  const byUnit = new Map(expected.map((s) => [s.unit, s.score]));
  const problems = spill.slice(1).filter((row) => row[row.length - 1] !== '' && String(row[row.length - 1]).startsWith('错误'));
  if (rows.length !== expected.length || problems.length > 0 || rows.some((row) => byUnit.get(String(row[unitCol])) !== row[scoreCol])) {
    throw new Error(`DUBAN.RANKING disagrees with the engine (${rows.length} rows for ${expected.length} units, ${problems.length} 错误)`);
  }
}

const timing = ({ median, runs }: Timing): Timing => ({ median, runs });

/** The timings, and the December ranking the other measurements are checked against. */
export function benchEngine(data: SyntheticLedger, runs: number, warmup: number): { results: EngineResults; ranking: UnitScore[] } {
  const book = bookOf(data);
  const field: WorkbookInput = { sheets: fieldSheets(data) };
  const { ledger, warnings } = readValid(data);
  // By turns, since the issue's target is their ratio.
  const [validate, fieldValidate] = timeTogether(
    runs,
    warmup,
    () => () => readLedger(book, { reportYear: REPORT_YEAR }),
    () => () => readLedger(field, { reportYear: REPORT_YEAR }),
  );
  if (validate.last.problems.some((p) => p.severity === '错误')) throw new Error('validation found an 错误 on a later run');

  // A new Ledger object each run: the per-ledger caches (ledgerIndex.ts, itemCounts.ts) are then
  // rebuilt, as they are for every fresh read. The floor runs by turns with it, since the issue's
  // target is their ratio.
  const [scoreRank, floor] = timeTogether(
    runs,
    warmup,
    () => {
      const fresh: Ledger = { ...ledger };
      return () => rankMonth(fresh, DECEMBER);
    },
    () => () => countPerUnit(data.ledger, data.col.unit),
  );
  const expected = scoreRank.last;
  if (expected.length !== data.spec.units) throw new Error(`ranking has ${expected.length} rows for ${data.spec.units} units`);
  checkFieldReading(data, field, expected);
  const floorTotal = [...floor.last.values()].reduce((a, b) => a + b, 0);
  if (floorTotal !== data.spec.rows) throw new Error('single pass miscounted');

  let run = 0;
  const ranking = time(runs, warmup, () => {
    const [l, r, a, rules] = editedTables(data, run++);
    return () => RANKING(l, r, a, REPORT_MONTH, rules);
  });
  checkSpill(ranking.last, expected);

  // 100 cells, each with its own unit (cycling when the roster is smaller) and its own arrays, as
  // Excel passes them: the first call of a recalculation parses, the other 99 find the parse by content.
  const names = expected.map((s) => s.unit);
  const score100 = time(runs, warmup, () => {
    const first = editedTables(data, run++);
    const others = Array.from({ length: 99 }, () => freshCopy(first));
    return () => {
      const scores: number[] = [SCORE(names[0], first[0], first[1], first[2], REPORT_MONTH, first[3])];
      others.forEach(([l, r, a, rules], i) => scores.push(SCORE(names[(i + 1) % names.length], l, r, a, REPORT_MONTH, rules)));
      return scores;
    };
  });
  // The least those 99 hits can cost with a cache that matches by content: each call's cells read
  // once, in a plain loop, against the first call's. No sound cache can beat it, whatever it does.
  const contentCheck = time(runs, warmup, () => {
    const first = editedTables(data, run++);
    const others = Array.from({ length: 99 }, () => freshCopy(first));
    return () => others.filter((tables) => sameContent(first, tables)).length;
  });
  if (contentCheck.last !== 99) throw new Error('copies of the tables compared unequal');
  const byUnit = new Map(expected.map((s) => [s.unit, s.score]));
  score100.last.forEach((score, i) => {
    if (byUnit.get(names[i % names.length]) !== score) throw new Error(`DUBAN.SCORE of ${names[i % names.length]} is ${score}, the engine says ${byUnit.get(names[i % names.length])}`);
  });
  return {
    results: { validate: timing(validate), fieldValidate: timing(fieldValidate), scoreRank: timing(scoreRank), floor: timing(floor), ranking: timing(ranking), score100: timing(score100), contentCheck: timing(contentCheck), warnings },
    ranking: expected,
  };
}
