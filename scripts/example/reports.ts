// The 报送 rows: each responsible unit's monthly progress reports (sanmenxia-2019 asks every level
// monthly; seed 004: 每月或按时限要求报送进展情况), as the 督查室 logs them when they arrive. Most
// come in the last ten days of the month, some in the first working days of the next (within the
// example's 报送宽限工作日), and each unit skips some months: the more careless units more often.
import type { WorkCalendar } from '../../src/engine/calendar/calendar';
import { dayOf, lastDayOfMonth, ymdOf } from '../../src/engine/calendar/dates';
import type { Day } from '../../src/engine/model';
import type { AdjustmentRow } from './adjustments';
import { AS_OF, type LedgerRow } from './ledger';
import type { Rng } from './random';
import { UNITS } from './units';

export interface ReportRow {
  date: Day;
  id: string;
  /** As the cell shows it: now and then the unit's short name. */
  unitWritten: string;
  content: string;
}

/** Working days after a month's end that a report still counts for it (the example's 规则). */
export const GRACE_WORKDAYS = 3;

const PROGRESS = [
  '按计划推进，本月完成阶段性任务',
  '召开专题推进会，协调解决资金和用地问题',
  '完成现场核查，整改台账已更新',
  '工程形象进度符合计划，未发现新问题',
  '工作方案已报分管领导审定，正在组织实施',
  '会同配合单位联合督导，发现问题正在整改',
  '进度滞后于计划，已制定赶工措施并明确责任人',
];

export function generateReports(rng: Rng, cal: WorkCalendar, ledger: readonly LedgerRow[], adjustments: readonly AdjustmentRow[]): ReportRow[] {
  const lastWorkday = cal.isWorkday(AS_OF) ? AS_OF : cal.addWorkdays(AS_OF, -1);
  const care = new Map(UNITS.map((u) => [u.name, 0.7 + rng.float() * 0.28]));
  const aliases = new Map(UNITS.map((u) => [u.name, u.aliases]));
  // A 逾期报送 in 加减分 records a month the unit did not report in: leave that report out.
  const late = new Set(adjustments.filter((a) => a.category === '逾期报送').map((a) => `${a.unit}|${a.relatedItem}|${monthOf(a.date)}`));
  const out: ReportRow[] = [];
  for (const row of ledger) {
    if (row.status === '已销号') continue;
    const { year, month } = ymdOf(row.assigned);
    // From the month of 交办日期 (a report then is early: that month is not due) to the last month
    // that ended before the item was completed.
    for (let m = year * 12 + month - 1; ; m++) {
      const y = Math.floor(m / 12);
      const mm = (m % 12) + 1;
      const start = dayOf(y, mm, 1);
      const end = lastDayOfMonth(y, mm);
      if (start > lastWorkday || (row.completed !== null && end >= row.completed)) break;
      const first = start <= row.assigned;
      if (late.has(`${row.unit}|${row.id}|${monthOf(start)}`) || !rng.chance((care.get(row.unit) ?? 0.8) * (first ? 0.5 : 1))) continue;
      const onTime = rng.chance(0.88);
      const date = onTime ? workdayIn(cal, Math.max(start, end - 10), end) : cal.addWorkdays(end, rng.int(1, GRACE_WORKDAYS));
      if (date <= row.assigned || date > lastWorkday || (row.completed !== null && date >= row.completed)) continue;
      const short = aliases.get(row.unit) ?? [];
      out.push({
        date,
        id: row.id,
        unitWritten: short.length > 0 && rng.chance(0.1) ? rng.pick(short) : row.unit,
        content: `${mm}月进展：${rng.pick(PROGRESS)}`,
      });
    }
  }
  return out.sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  function workdayIn(calendar: WorkCalendar, from: Day, to: Day): Day {
    const d = rng.int(from, to);
    if (calendar.isWorkday(d)) return d;
    const before = calendar.addWorkdays(d, -1);
    return before >= from ? before : calendar.addWorkdays(d, 1);
  }
}

function monthOf(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}-${month}`;
}
