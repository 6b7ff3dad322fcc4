// DUBAN.SCORE and DUBAN.RANKING on plain data: ledger tables and a period in, a number or a
// table out.
import { MSG } from '../read/messages';
import type { Period, Problem } from '../model';
import { rankingTable } from '../report/sheetLayout';
import { InputError } from './inputError';
import { parsedLedger, type LedgerTables, type ParsedLedger } from './ledgerCache';
import { FN_MSG } from './messages';
import { describeProblem, firstError } from './problems';

export type SpillCell = string | number;

function readable(parsed: ParsedLedger): NonNullable<ParsedLedger['ledger']> {
  const error = firstError(parsed.problems);
  if (error) throw new InputError(error);
  // readLedger gives no ledger only together with an 错误.
  if (!parsed.ledger) throw new Error('ledger missing without an error');
  return parsed.ledger;
}

/** The unit's 总分 for the period: the same number as its row of the month's ranking. */
export function unitScore(unitName: string, tables: LedgerTables, period: Period): number {
  const parsed = parsedLedger(tables, period);
  readable(parsed);
  const roster = parsed.roster();
  const unit = roster.resolve(unitName);
  if (!unit) throw new InputError(MSG.unknownUnit(unitName, roster.suggest(unitName)));
  const row = parsed.ranking(period).find((r) => r.unit === unit.name);
  if (!row) throw new Error(`roster unit ${unit.name} missing from the ranking`);
  return row.score;
}

const errorsFirst = (a: Problem, b: Problem) => (a.severity === b.severity ? 0 : a.severity === '错误' ? -1 : 1);

/**
 * The ranking sheet's table plus a 问题 column, as one spill. Problems go in that text column,
 * never as error values: one error inside a spilled array turns the whole spill into #VALUE! in
 * some Excel builds. With an 错误 no unit row is shown, since its numbers could be wrong.
 */
export function rankingSpill(tables: LedgerTables, period: Period): SpillCell[][] {
  const parsed = parsedLedger(tables, period);
  const usable = parsed.ledger !== null && firstError(parsed.problems) === null;
  const method = parsed.ledger?.rules.method ?? 'coefficient';
  const table = rankingTable(usable ? parsed.ranking(period) : [], method);
  const blanks = table.columns.map(() => '');
  return [
    [...table.columns.map((c) => c.header), FN_MSG.problemsColumn],
    ...table.rows.map((row) => [...row.map((cell) => cell ?? ''), '']),
    ...[...parsed.problems].sort(errorsFirst).map((p) => [...blanks, FN_MSG.problemRow(p.severity, describeProblem(p))]),
  ];
}
