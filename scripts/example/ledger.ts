// The 台账 rows of the example: a year of items as a 督查室 would have logged them by 31 October.
import type { WorkCalendar } from '../../src/engine/calendar/calendar';
import { addMonths, dayOf } from '../../src/engine/calendar/dates';
import type { Day, DeclaredStatus, Importance } from '../../src/engine/model';
import type { Rng } from './random';
import { COMMON_DEPT_TASKS, COUNTY_TASKS, DEPT_TASKS, EFFECTS, JOINT_TASKS, REQUIREMENTS, SOURCES } from './tasks';
import { COUNTY, FREQUENT_COOPERATORS, UNITS, SUPERVISORS, personName } from './units';

export type TextDate = 'slash' | 'chinese';

export interface LedgerRow {
  id: string;
  content: string;
  /** Roster name; `unitWritten` is what the cell shows (sometimes an alias). */
  unit: string;
  unitWritten: string;
  cooperators: string[];
  cooperatorsWritten: string[];
  importance: Importance;
  assigned: Day;
  deadline: Day;
  extendedTo: Day | null;
  completed: Day | null;
  status: DeclaredStatus;
  requirement: string;
  standard: string;
  effect: string;
  owner: string;
  supervisor: string;
  /** 事项来源, as the source of its 事项内容 names it. */
  origin: string;
  /** Date cells written as text instead of a date, to show the text formats are accepted. */
  textDates: Partial<Record<'assigned' | 'completed', TextDate>>;
}

/** The day the example's data stops: the ledger as it stands at the October report. */
export const AS_OF = dayOf(2026, 10, 31);
const FIRST_DAY = dayOf(2026, 1, 5);
const EXTENSION_MONTHS = 2;

interface Plan {
  units: string[];
  task: string;
  assigned: Day;
}

export function generateLedger(rng: Rng, cal: WorkCalendar): LedgerRow[] {
  const onOrAfter = (d: Day) => (cal.isWorkday(d) ? d : cal.addWorkdays(d, 1));
  const onOrBefore = (d: Day) => (cal.isWorkday(d) ? d : cal.addWorkdays(d, -1));
  const lastWorkday = onOrBefore(AS_OF);
  const randomDay = () => onOrAfter(rng.int(FIRST_DAY, lastWorkday));

  const owners = new Map(UNITS.map((u) => [u.name, [0, 1].map(() => `${personName(rng.float(), rng.float())}（${u.title}）`)]));
  const aliasOf = new Map(UNITS.map((u) => [u.name, u.aliases]));
  // Staff write the short form now and then; that is what alias matching is for.
  const written = (name: string, p: number) => {
    const aliases = aliasOf.get(name) ?? [];
    return aliases.length > 0 && rng.chance(p) ? rng.pick(aliases) : name;
  };

  // Counties carry more items than departments, and loads differ so that 功效系数 varies.
  const plans: Plan[] = [];
  for (const unit of UNITS) {
    const own = unit.category === COUNTY ? COUNTY_TASKS : [...(DEPT_TASKS[unit.name] ?? []), ...COMMON_DEPT_TASKS];
    const count = unit.category === COUNTY ? rng.int(9, 14) : rng.int(4, 10);
    for (const task of rng.sample(own, count)) plans.push({ units: [unit.name], task, assigned: randomDay() });
  }
  for (let i = 0; i < 30; i++) {
    const [a, b, task] = JOINT_TASKS[i % JOINT_TASKS.length];
    plans.push({ units: [a, b], task, assigned: randomDay() });
  }
  plans.sort((x, y) => x.assigned - y.assigned);

  const sourceCounters = new Map<string, number>();
  const rows: LedgerRow[] = [];
  plans.forEach((plan, index) => {
    const id = `DC-2026-${String(index + 1).padStart(3, '0')}`;
    const source = rng.weighted(SOURCES);
    // 常务会议 meet about every two weeks and settle several items each; 纪要 and 批示件 are
    // numbered as they are issued.
    const meeting = 1 + Math.floor((plan.assigned - FIRST_DAY) / 14);
    const n = source.includes('常务会议') ? meeting : (sourceCounters.get(source) ?? 0) + rng.int(1, 2);
    sourceCounters.set(source, n);
    const [task, standard] = plan.task.split('｜');
    const content = source.replace('#', String(n)) + task;
    const importance = rng.weighted<Importance>([['一般重要', 6], ['比较重要', 3], ['特别重要', 1]]);
    // Seed 003: leader instructions get a few working days; the rest weeks to two months.
    const deadline = source.startsWith('市领导批示')
      ? cal.addWorkdays(plan.assigned, rng.int(5, 10))
      : onOrAfter(plan.assigned + rng.int(15, 60));
    const extendedTo = deadline < AS_OF - 20 && rng.chance(0.04) ? extend(deadline) : null;
    const effective = extendedTo ?? deadline;
    const supervisor = rng.pick(SUPERVISORS);
    const requirement = rng.pick(REQUIREMENTS[importance]);

    for (const unit of plan.units) {
      const cooperators = plan.units.length === 1 && rng.chance(0.3) ? pickCooperators(unit) : [];
      const completed = completion(plan.assigned, effective);
      const late = completed !== null && completed > effective;
      const overdue = completed === null && effective < AS_OF;
      rows.push({
        id,
        content,
        unit,
        unitWritten: written(unit, 0.15),
        cooperators,
        cooperatorsWritten: cooperators.map((c) => written(c, 0.3)),
        importance,
        assigned: plan.assigned,
        deadline,
        extendedTo,
        completed,
        status: completed === null ? '办理中' : '已办结',
        requirement,
        standard,
        effect: rng.pick(completed !== null ? (late ? EFFECTS.late : EFFECTS.onTime) : overdue ? EFFECTS.overdue : EFFECTS.open),
        owner: rng.pick(owners.get(unit) ?? ['']),
        supervisor,
        origin: originOf(source),
        textDates: {},
      });
    }
  });

  cancelSome(rows);
  markTextDates(rows);
  return rows;

  /** One extension, after the deadline and within EDATE(deadline, 2) (seed 001 附件2 三5). */
  function extend(deadline: Day): Day {
    const limit = addMonths(deadline, EXTENSION_MONTHS);
    return onOrBefore(Math.min(limit, deadline + rng.int(14, 60)));
  }

  function pickCooperators(unit: string): string[] {
    const pool = UNITS.filter((u) => u.category !== COUNTY && u.name !== unit).map(
      (u) => [u.name, FREQUENT_COOPERATORS.includes(u.name) ? 4 : 1] as const,
    );
    const first = rng.weighted(pool);
    if (!rng.chance(0.35)) return [first];
    return [first, rng.weighted(pool.filter(([name]) => name !== first))];
  }

  /**
   * Most items finish, a few late; items whose deadline passed recently are the ones still open,
   * as in a real ledger where long-overdue items get escalated until they close.
   */
  function completion(assigned: Day, effective: Day): Day | null {
    const earliest = cal.addWorkdays(assigned, 2);
    if (earliest > lastWorkday) return null;
    if (effective >= lastWorkday) {
      return rng.chance(0.35) ? onOrBefore(rng.int(earliest, lastWorkday)) : null;
    }
    const pOpen = effective > AS_OF - 40 ? 0.3 : 0.04;
    if (rng.chance(pOpen)) return null;
    if (rng.chance(0.82)) return onOrBefore(rng.int(Math.min(earliest, effective), effective));
    const late = onOrAfter(effective + rng.int(1, 25));
    return late <= lastWorkday ? late : null;
  }

  /** 销号 (seed 001 附件2 三6): open items that turned out impossible, so no 办结日期. */
  function cancelSome(all: LedgerRow[]): void {
    const candidates = all.filter((r) => r.completed === null && r.extendedTo === null && r.deadline < AS_OF - 30);
    for (const row of rng.sample(candidates, 3)) {
      row.status = '已销号';
      row.effect = rng.pick(EFFECTS.cancelled);
    }
  }

  function markTextDates(all: LedgerRow[]): void {
    for (const row of rng.sample(all, 3)) row.textDates.assigned = 'slash';
    for (const row of rng.sample(all.filter((r) => r.completed !== null && !r.textDates.assigned), 3)) row.textDates.completed = 'chinese';
  }
}

/** 事项来源 in the words a 督查室 files items under; 领导批示 is one of seed 003's sources. */
function originOf(source: string): string {
  if (source.includes('批示')) return '领导批示';
  if (source.includes('常务会议')) return '常务会议';
  if (source.includes('政府工作报告')) return '政府工作报告';
  if (source.includes('市长办公会议')) return '市长办公会议';
  return '专题会议';
}
