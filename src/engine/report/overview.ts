// The month at a glance (the task pane's 概览): every counted item's light at the report date,
// counted over the whole ledger and per unit category, the items falling due within 临期工作日,
// the items overdue since the previous working day, the month-end series of the year so far and
// the scores by category. Plain data; the task pane only draws it.
import { columnLetters } from '../cellAddress';
import type { Day, ItemStatus, Ledger, Period } from '../model';
import type { ReadResult } from '../read/readLedger';
import { UNCATEGORISED } from '../read/roster';
import { categoryOrder, rankMonth } from '../score/rank';
import { effectiveDeadline, itemStatus, lightRule, periodFilter, type Light } from '../score/status';
import { completionChart, overdueChart, scoreCharts, type BarChartSpec, type LineChartSpec } from './chartSpecs';
import { monthEndTrend } from './monthTrend';

/** In the order the pane shows them: what needs chasing first. */
export const LIGHTS: readonly Light[] = ['红', '黄', '绿'];

export type LightCounts = Record<Light, number>;

export interface OverviewItem {
  /** Address of the item's 编号 cell on the 台账 sheet (of 事项内容 when there is no 编号 column). */
  cell: string;
  id: string;
  content: string;
  unit: string;
  category: string;
  light: Light;
  status: Exclude<ItemStatus, '已销号'>;
  /** D: 延期至, else 办理时限; null for a standing item. */
  deadline: Day | null;
  /** 办理时限 as written (长期坚持, 6月底前 …). */
  deadlineText: string;
  /**
   * Open items with a deadline: working days after the report date up to D (0: due on it, or on
   * the days off right after it); when overdue, minus the working days since D. null otherwise.
   */
  workdays: number | null;
}

export interface CategoryLights {
  category: string;
  counts: LightCounts;
}

export interface OverviewCharts {
  /** Month-end completion rate of the year so far. */
  completion: LineChartSpec;
  /** Month-end 逾期未办结 count of the year so far. */
  overdue: LineChartSpec;
  /** One per unit category: the units' scores with their ranks. */
  scores: BarChartSpec[];
}

export interface MonthOverview {
  period: Period;
  /** 临期工作日: 黄 and 临期 reach this many working days ahead. */
  dueSoonWorkdays: number;
  /** 新增逾期 are the items overdue at the report date that were not on this working day before it. */
  previousWorkday: Day;
  /** The 台账 sheet, where each item's cell is. */
  sheet: string;
  lights: LightCounts;
  /** The rule set's categories in its order, then the roster's others; only those with units. */
  byCategory: CategoryLights[];
  /** Every item the month counts, most urgent first: overdue, open by D, standing, completed. */
  items: OverviewItem[];
  /** 黄: open and due within 临期工作日, soonest first. */
  dueSoon: OverviewItem[];
  newlyOverdue: OverviewItem[];
  charts: OverviewCharts;
}

/** Where click-to-row goes: the 台账 sheet and its 编号 column, from how validation read it. */
export interface LedgerPlace {
  sheet: string;
  /** 0-based. */
  column: number;
}

/** The 台账's place, from a read that gave a ledger (its reading comes first). */
export function ledgerPlace(result: Pick<ReadResult, 'readings'>): LedgerPlace | null {
  const reading = result.readings[0];
  if (!reading) return null;
  const columnOf = (key: string) => reading.columns.find((c) => c.key === key)?.column ?? null;
  return { sheet: reading.sheet, column: columnOf('id') ?? columnOf('content') ?? 0 };
}

const noLights = (): LightCounts => ({ 红: 0, 黄: 0, 绿: 0 });

const URGENCY: Readonly<Record<OverviewItem['status'], number>> = { 逾期未办结: 0, 在办: 1, 逾期办结: 3, 按期办结: 3 };

function urgency(item: OverviewItem): number {
  // A standing item is open but has nothing falling due.
  return item.status === '在办' && item.deadline === null ? 2 : URGENCY[item.status];
}

const byUrgency = (a: OverviewItem, b: OverviewItem, rowA: number, rowB: number): number =>
  urgency(a) - urgency(b) || (a.deadline ?? Infinity) - (b.deadline ?? Infinity) || rowA - rowB;

/**
 * The overview of the period. `period.asOf` is the report date: a past month's last day, or today
 * while the month runs (overviewPeriod).
 */
export function monthOverview(ledger: Ledger, period: Period, place: LedgerPlace): MonthOverview {
  const { calendar, rules } = ledger;
  const { asOf } = period;
  const dueSoonWorkdays = rules.params.dueSoonWorkdays;
  const lightOf = lightRule(asOf, calendar, dueSoonWorkdays);
  const previousWorkday = calendar.addWorkdays(asOf, -1);
  const categoryOf = new Map(ledger.units.map((u) => [u.name, u.category]));
  const letters = columnLetters(place.column);
  // Many items share a deadline, and counting working days walks the calendar day by day.
  const workdaysTo = new Map<Day, number>();
  const workdaysOf = (deadline: Day) => {
    let n = workdaysTo.get(deadline);
    if (n === undefined) {
      // −0 would not equal 0: an item overdue by no working day yet (D before a weekend) is 0.
      n = deadline < asOf ? 0 - calendar.workdaysBetween(deadline, asOf) : calendar.workdaysBetween(asOf, deadline);
      workdaysTo.set(deadline, n);
    }
    return n;
  };

  const inPeriod = periodFilter(period);
  const entries: { item: OverviewItem; row: number }[] = [];
  const newlyOverdue = new Set<OverviewItem>();
  for (const item of ledger.items) {
    if (!inPeriod(item)) continue;
    // periodFilter has left out 已销号.
    const status = itemStatus(item, asOf) as OverviewItem['status'];
    const deadline = effectiveDeadline(item);
    const open = status === '在办' || status === '逾期未办结';
    const entry: OverviewItem = {
      cell: `${letters}${item.row}`,
      id: item.id,
      content: item.content,
      unit: item.unit,
      category: categoryOf.get(item.unit) ?? UNCATEGORISED,
      light: lightOf(item),
      status,
      deadline,
      deadlineText: item.details.deadlineText,
      workdays: open && deadline !== null ? workdaysOf(deadline) : null,
    };
    entries.push({ item: entry, row: item.row });
    if (status === '逾期未办结' && itemStatus(item, previousWorkday) !== '逾期未办结') newlyOverdue.add(entry);
  }
  entries.sort((a, b) => byUrgency(a.item, b.item, a.row, b.row));
  const items = entries.map((e) => e.item);

  const lights = noLights();
  const perCategory = new Map<string, LightCounts>();
  for (const item of items) {
    lights[item.light] += 1;
    let counts = perCategory.get(item.category);
    if (!counts) perCategory.set(item.category, (counts = noLights()));
    counts[item.light] += 1;
  }
  const withUnits = new Set(ledger.units.map((u) => u.category));
  const byCategory = categoryOrder(rules, ledger.units)
    .filter((category) => withUnits.has(category))
    .map((category) => ({ category, counts: perCategory.get(category) ?? noLights() }));

  return {
    period,
    dueSoonWorkdays,
    previousWorkday,
    sheet: place.sheet,
    lights,
    byCategory,
    items,
    dueSoon: items.filter((item) => item.light === '黄'),
    newlyOverdue: items.filter((item) => newlyOverdue.has(item)),
    charts: overviewCharts(ledger, period),
  };
}

function overviewCharts(ledger: Ledger, period: Period): OverviewCharts {
  const trend = monthEndTrend(ledger, period);
  return {
    completion: completionChart(period, trend),
    overdue: overdueChart(period, trend),
    scores: scoreCharts(period, rankMonth(ledger, period)),
  };
}

/** The items behind one light button: the whole ledger's, or one category's. */
export function itemsWithLight(overview: MonthOverview, light: Light, category: string | null): OverviewItem[] {
  return overview.items.filter((item) => item.light === light && (category === null || item.category === category));
}

/**
 * The overview's report date for a month, looking from `today`: a past month is seen at its last
 * day, as its bulletin is; the month under way is seen today, as a month end still ahead would
 * show as overdue what is merely due.
 */
export function overviewPeriod(period: Period, today: Day): Period {
  return today < period.asOf ? { ...period, asOf: today } : period;
}
