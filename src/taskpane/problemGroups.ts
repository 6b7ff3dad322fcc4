// The validation result as the pane lists it: one group per sheet, in the order the engine first
// reports each sheet (台账 before 单位 before 加减分), problems in their reported order.
import type { Problem } from '../engine/model';
import { isError } from '../engine/report/problemCount';

export interface ProblemGroup {
  sheet: string;
  problems: Problem[];
  errors: number;
  warnings: number;
}

export function groupBySheet(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    let group = groups.get(problem.sheet);
    if (!group) {
      group = { sheet: problem.sheet, problems: [], errors: 0, warnings: 0 };
      groups.set(problem.sheet, group);
    }
    group.problems.push(problem);
    if (isError(problem)) group.errors += 1;
    else group.warnings += 1;
  }
  return [...groups.values()];
}
