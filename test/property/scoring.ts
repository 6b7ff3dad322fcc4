// Reading a generated workbook and ranking its report month, for the property tests.
import type { Problem, UnitScore, WorkbookInput } from '../../src/engine/model';
import { periodOf } from '../../src/engine/calendar/period';
import { rankMonth } from '../../src/engine/score/rank';
import { readLedger } from '../../src/engine/read/readLedger';
import { REPORT_YEAR } from './arbitraries';

/** Runs per property: modest for every test run; PROPERTY_RUNS=5000 for a deeper search. */
export const runs = (normal: number) => ({ numRuns: Number(process.env.PROPERTY_RUNS ?? normal) });

export const periodFor = (month: number) => {
  const period = periodOf(`${REPORT_YEAR}-${String(month).padStart(2, '0')}`);
  if (!period) throw new Error(`bad month ${month}`);
  return period;
};

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === '错误');

/** The month's ranking of a workbook that must validate without an 错误. */
export function rankBook(book: WorkbookInput, month: number): UnitScore[] {
  const { ledger, problems } = readLedger(book, { reportYear: REPORT_YEAR });
  const errors = errorsOf(problems);
  if (!ledger || errors.length > 0) throw new Error(`unexpected 错误: ${JSON.stringify(errors.slice(0, 3))}`);
  return rankMonth(ledger, periodFor(month));
}

/** Rows keyed by unit, so rankings compare whatever order their rows come in. */
export const byUnit = (rows: readonly UnitScore[]): Record<string, UnitScore> => Object.fromEntries(rows.map((r) => [r.unit, r]));
