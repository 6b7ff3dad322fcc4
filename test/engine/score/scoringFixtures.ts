// Builders for hand-made ledgers in the scoring tests: dates as ISO text, rules from the presets.
import { WorkCalendar } from '../../../src/engine/calendar/calendar';
import { dayOf, lastDayOfMonth } from '../../../src/engine/calendar/dates';
import { NO_DETAILS } from '../../../src/engine/read/itemDetails';
import type { Adjustment, Day, Importance, Item, Ledger, Period, PresetName, RuleParams, Unit, UnitScore } from '../../../src/engine/model';
import { PRESETS } from '../../../src/engine/rules/presets';

export const calendar = new WorkCalendar();

export function day(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
}

export const monthEnd = (year: number, month: number): Period => ({ year, month, asOf: lastDayOfMonth(year, month) });

export const unit = (name: string, category: string, row = 0): Unit => ({ name, category, aliases: [], row });

export interface ItemDates {
  assigned: string;
  deadline: string;
  extendedTo?: string;
  completed?: string;
  importance?: Importance;
  cancelled?: boolean;
  cooperators?: string[];
}

export function item(unitName: string, id: string, d: ItemDates): Item {
  return {
    row: 0,
    id,
    content: `事项${id}`,
    unit: unitName,
    cooperators: d.cooperators ?? [],
    importance: d.importance ?? '一般重要',
    assigned: day(d.assigned),
    deadline: day(d.deadline),
    extendedTo: d.extendedTo ? day(d.extendedTo) : null,
    completed: d.completed ? day(d.completed) : null,
    cancelled: d.cancelled ?? false,
    details: NO_DETAILS,
  };
}

/** `count` copies of one item for one unit, numbered id-1 … id-count. */
export const items = (unitName: string, prefix: string, count: number, d: ItemDates): Item[] =>
  Array.from({ length: count }, (_, i) => item(unitName, `${prefix}-${i + 1}`, d));

export function adj(
  unitName: string,
  date: string,
  category: string,
  level: string | null,
  relatedItem: string | null,
  points: number | null = null,
): Adjustment {
  return { row: 0, date: day(date), unit: unitName, category, level, points, relatedItem, note: '' };
}

export function ledger(
  preset: PresetName,
  units: Unit[],
  itemList: Item[],
  adjustments: Adjustment[] = [],
  params: Partial<RuleParams> = {},
): Ledger {
  const rules = PRESETS[preset];
  return {
    units: units.map((u, i) => ({ ...u, row: i + 2 })),
    items: itemList.map((it, i) => ({ ...it, row: i + 2 })),
    adjustments: adjustments.map((a, i) => ({ ...a, row: i + 2 })),
    rules: { ...rules, params: { ...rules.params, ...params } },
    calendar,
  };
}

/** One unit's line; fails the test when the unit has none. */
export function lineOf<T extends Pick<UnitScore, 'unit'>>(rows: readonly T[], name: string): T {
  const found = rows.find((r) => r.unit === name);
  if (!found) throw new Error(`no line for ${name}`);
  return found;
}
