// What the CLI prints: problems and rankings, as text for people and JSON for programs.
import { qualifiedAddress } from '../engine/cellAddress';
import type { Problem, UnitScore } from '../engine/model';
import { countProblems } from '../engine/report/problemCount';

/** The fields of `rank --json`, exactly as SPEC §6 lists them. */
const RANK_FIELDS = [
  'unit',
  'category',
  'items',
  'completed',
  'onTime',
  'late',
  'overdue',
  'open',
  'coefficient',
  'itemScore',
  'bonus',
  'deduction',
  'score',
  'rank',
] as const satisfies readonly (keyof UnitScore)[];

export function rankJson(scores: readonly UnitScore[]): string {
  const rows = scores.map((s) => Object.fromEntries(RANK_FIELDS.map((f) => [f, s[f]])));
  return JSON.stringify(rows, null, 2);
}

/** Each problem as `validate --json` gives it: the Problem's fields and the address to type in. */
export const problemRecords = (problems: readonly Problem[]) => problems.map((p) => ({ ...p, address: qualifiedAddress(p.sheet, p.cell) }));


export function problemsText(problems: readonly Problem[]): string {
  const { errors, warnings } = countProblems(problems);
  const lines = problems.map((p) => `${p.severity}  ${qualifiedAddress(p.sheet, p.cell)}  ${p.message}`);
  lines.push(problems.length ? `共 ${errors} 个错误、${warnings} 个警告。` : '校验通过：没有发现问题。');
  return lines.join('\n');
}

const fixed = (n: number | null, digits: number) => (n === null ? '—' : n.toFixed(digits));

export function rankText(scores: readonly UnitScore[]): string {
  const lines = ['排名\t单位\t类别\t事项数\t已办结\t逾期未办结\t事项得分\t加分\t减分\t总分'];
  for (const s of scores) {
    lines.push(
      [s.rank, s.unit, s.category, s.items, s.completed, s.overdue, fixed(s.itemScore, 2), fixed(s.bonus, 2), fixed(s.deduction, 2), fixed(s.score, 2)].join('\t'),
    );
  }
  return lines.join('\n');
}
