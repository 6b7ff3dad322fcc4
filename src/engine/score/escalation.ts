// How far an item 逾期未办结 has gone up the rule set's escalation ladder (seed 001 四(二)4:
// 全市通报 → 通报批评并媒体曝光 → 约谈 → 问责, each 5 working days after the one before).
import type { Calendar, Day, EscalationStage, RuleSet } from '../model';

export interface Escalation {
  /** Working days after D up to asOf; 0 when asOf ≤ D or only days off have passed since. */
  overdueWorkdays: number;
  /** The last stage reached, or null before the first one (e.g. D is followed only by holidays). */
  stage: EscalationStage | null;
}

/** The stage with the highest `fromWorkdays` that `workdays` has reached, whatever the table's order. */
function stageFor(rules: RuleSet, workdays: number): EscalationStage | null {
  let reached: EscalationStage | null = null;
  for (const stage of rules.escalation) {
    if (stage.fromWorkdays <= workdays && (!reached || stage.fromWorkdays > reached.fromWorkdays)) reached = stage;
  }
  return reached;
}

/**
 * Escalation of an open item on asOf. The caller passes only items not completed by asOf: the
 * dates given here cannot tell a completed item from an open one.
 */
export function escalate(
  rules: RuleSet,
  calendar: Calendar,
  deadline: Day,
  extendedTo: Day | null,
  asOf: Day,
): Escalation {
  const overdueWorkdays = calendar.workdaysBetween(extendedTo ?? deadline, asOf);
  return { overdueWorkdays, stage: stageFor(rules, overdueWorkdays) };
}
