// The 加减分 rows: every sanmenxia-2019 category at least once, each tied to a ledger item the way
// the seed requires (与督查事项无关的不加（减）分), with the levels the preset's table allows.
import type { WorkCalendar } from '../../src/engine/calendar/calendar';
import type { Day } from '../../src/engine/model';
import { SANMENXIA_2019 } from '../../src/engine/rules/sanmenxia2019';
import { AS_OF, type LedgerRow } from './ledger';
import type { Rng } from './random';

export interface AdjustmentRow {
  date: Day;
  unit: string;
  category: string;
  level: string;
  relatedItem: string;
  note: string;
}

/** How many entries of each category; praise is commoner than criticism in a working city. */
const PLAN: readonly (readonly [string, number])[] = [
  ['通报表扬', 7],
  ['迎检优异', 3],
  ['领导批示表扬', 4],
  ['信息采用', 6],
  ['现场会', 2],
  ['通报批评', 5],
  ['领导批示批评', 3],
  ['约谈', 2],
  ['逾期报送', 4],
  ['配合不力', 3],
];

/** Local authorities praise and criticise far more often than Beijing does. */
const LEVEL_WEIGHT: Readonly<Record<string, number>> = {
  国家: 1, 部委: 1, 省: 2, 省直: 3, 省级议事协调机构: 2, 市: 5, 市级议事协调机构: 3, 市督查室: 5,
};

/** Who issued it, as the seed words each level. */
const ISSUER: Readonly<Record<string, string>> = {
  国家: '党中央、国务院', 部委: '国家部委', 省: '省委、省政府', 省直: '省直部门',
  省级议事协调机构: '省级议事协调机构', 市: '市委、市政府', 市级议事协调机构: '市级议事协调机构', 市督查室: '市政府督查室',
};

const docRef = (n: number) => `（青政督〔2026〕${n}号）`;

const NOTES: Readonly<Record<string, (issuer: string, n: number) => string>> = {
  通报表扬: (i, n) => `受到${i}通报表扬${docRef(n)}`,
  迎检优异: (i) => `代表市政府迎接${i}检查，成绩优异`,
  领导批示表扬: (i) => `${i}领导同志批示肯定`,
  信息采用: (i) => `经验做法被${i}信息刊物采用`,
  现场会: (i) => `以${i}名义在我市召开工作经验推广现场会`,
  通报批评: (i, n) => `受到${i}通报批评${docRef(n)}`,
  领导批示批评: (i) => `${i}领导同志批示指出进度滞后`,
  约谈: (i) => `逾期未办结，被${i}领导同志约谈并责令书面承诺`,
  逾期报送: () => '未按时间节点报送进展情况',
  配合不力: () => '牵头单位书面报告其配合不积极',
};

export function generateAdjustments(rng: Rng, cal: WorkCalendar, ledger: readonly LedgerRow[]): AdjustmentRow[] {
  const lastWorkday = cal.isWorkday(AS_OF) ? AS_OF : cal.addWorkdays(AS_OF, -1);
  const live = ledger.filter((r) => r.status !== '已销号');
  const done = live.filter((r) => r.completed !== null && r.completed <= (r.extendedTo ?? r.deadline));
  const behind = live.filter((r) => {
    const d = r.extendedTo ?? r.deadline;
    return (r.completed ?? Infinity) > d && d < lastWorkday - 10;
  });
  const pools: Readonly<Record<string, readonly LedgerRow[]>> = {
    逾期报送: live,
    配合不力: live.filter((r) => r.cooperators.length > 0),
  };
  const used = new Set<string>();
  const out: AdjustmentRow[] = [];
  let docNo = 10;

  /** A working day in [from, to], clamped to the data's end. */
  const dayBetween = (from: Day, to: Day) => {
    const hi = Math.min(to, lastWorkday);
    const d = rng.int(Math.min(from, hi), hi);
    return cal.isWorkday(d) ? d : cal.addWorkdays(d, -1) >= from ? cal.addWorkdays(d, -1) : cal.addWorkdays(d, 1);
  };

  for (const [category, count] of PLAN) {
    const rule = SANMENXIA_2019.adjustmentCategories.find((c) => c.name === category);
    if (!rule) throw new Error(`sanmenxia-2019 has no category ${category}`);
    const levels = Object.keys(rule.points).map((l) => [l, LEVEL_WEIGHT[l] ?? 1] as const);
    const pool = pools[category] ?? (rule.sign > 0 ? done : behind);
    for (let k = 0; k < count; k++) {
      // Draw until the (unit, item, category) is new, so only the intended pair below is one event.
      for (let attempt = 0; attempt < 100; attempt++) {
        const row = rng.pick(pool);
        const unit = category === '配合不力' ? rng.pick(row.cooperators) : row.unit;
        const key = `${unit}|${row.id}|${category}`;
        if (used.has(key)) continue;
        used.add(key);
        const level = rule.levelKind === 'none' ? '' : rng.weighted(levels);
        const d = row.extendedTo ?? row.deadline;
        const date =
          rule.sign > 0 ? dayBetween(row.completed ?? d, (row.completed ?? d) + 40)
          : category === '逾期报送' || category === '配合不力' ? dayBetween(row.assigned + 7, Math.min(d, row.completed ?? d))
          : dayBetween(cal.addWorkdays(d, category === '约谈' ? 11 : 1), row.completed ?? d + 45);
        out.push({ date, unit, category, level, relatedItem: row.id, note: NOTES[category](ISSUER[level] ?? '', docNo++) });
        break;
      }
    }
  }

  // One event praised at two levels (seed 001 附件2 一(一)9): it must count once, at 省.
  const twice = rng.pick(done.filter((r) => !used.has(`${r.unit}|${r.id}|通报表扬`)));
  const first = dayBetween(twice.completed ?? twice.deadline, (twice.completed ?? twice.deadline) + 20);
  for (const [level, date] of [['市', first], ['省', dayBetween(first, first + 30)]] as const) {
    out.push({ date, unit: twice.unit, category: '通报表扬', level, relatedItem: twice.id, note: `${NOTES.通报表扬(ISSUER[level], docNo++)}；同一事项，按最高等级认定` });
  }

  return out.sort((a, b) => a.date - b.date || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
