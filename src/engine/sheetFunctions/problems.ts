// Engine problems as the functions show them. The tables arrive as ranges, not sheets, so a cell
// address is the position inside the range: F12 is the real cell only when the range starts at A1.
import type { Problem } from '../model';
import { isError } from '../report/problemCount';
import { FN_MSG } from './messages';

export function describeProblem(problem: Problem): string {
  return FN_MSG.ledgerProblem(problem.sheet, problem.cell, problem.message);
}

/** The first 错误 and how many more there are, or null when there is none. */
export function firstError(problems: readonly Problem[]): string | null {
  const errors = problems.filter(isError);
  if (errors.length === 0) return null;
  const first = describeProblem(errors[0]);
  return errors.length === 1 ? first : `${first}（${FN_MSG.moreProblems(errors.length - 1)}）`;
}
