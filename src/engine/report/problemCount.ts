// Counting what validation found: every surface reports errors and warnings, and scores only a
// ledger without an 错误.
import type { Problem } from '../model';

export const isError = (problem: Problem): boolean => problem.severity === '错误';

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (isError(problem)) errors += 1;
  return { errors, warnings: problems.length - errors };
}
