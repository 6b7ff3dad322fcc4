// Seeded synthetic ledgers in the SPEC §1 layout, as the 2D arrays Office.js `range.values`
// gives (dates as Excel serials). The data is valid so that validation passes and every row is
// scored: a benchmark over rows the engine rejects would time the error path instead.
import { dayOf } from '../src/engine/calendar/dates';
import type { CellValue, Day } from '../src/engine/model';
import { SANMENXIA_2019 } from '../src/engine/rules/sanmenxia2019';
import { ADJUSTMENT_COLUMNS, TEMPLATE_LEDGER_COLUMNS, REPORT_COLUMNS, ROSTER_COLUMNS, RULES_COLUMNS } from '../src/engine/read/schema';
import { Rng } from '../scripts/example/random';

export interface SizeSpec {
  name: 'small' | 'medium' | 'large';
  units: number;
  rows: number;
  adjustments: number;
  /** Rows of the 报送 sheet, measured apart (the other measurements read no 报送 sheet). */
  reports: number;
}

export const SIZES: readonly SizeSpec[] = [
  { name: 'small', units: 50, rows: 1_000, adjustments: 100, reports: 1_000 },
  { name: 'medium', units: 200, rows: 10_000, adjustments: 1_000, reports: 10_000 },
  { name: 'large', units: 500, rows: 100_000, adjustments: 10_000, reports: 100_000 },
];

/** Bump when the generated content changes, so cached .xlsx files are rebuilt. */
export const GENERATOR_VERSION = 2;
export const REPORT_YEAR = 2026;
export const REPORT_MONTH = '2026-12';

export type Row = CellValue[];

export interface SyntheticLedger {
  spec: SizeSpec;
  /** Each with its header row. */
  ledger: Row[];
  roster: Row[];
  adjustments: Row[];
  /** The 报送 sheet, with its header row; not among `sheetsOf` (see withReportSheet). */
  reports: Row[];
  rules: Row[];
  /** Column positions in `ledger`, for the single pass and the formula peer. */
  col: Readonly<Record<(typeof TEMPLATE_LEDGER_COLUMNS)[number]['key'], number>>;
}

export const COUNTY = '县（市、区）';
export const CITY = '市直单位';
const CLOSING_TEXT = '各责任单位要对照台账逐项销号，逾期未办结事项限期办结并书面报告。';

const LEDGER_COL = Object.fromEntries(TEMPLATE_LEDGER_COLUMNS.map((c, i) => [c.key, i])) as SyntheticLedger['col'];

function unitNames(count: number): { name: string; category: string; aliases: string }[] {
  // About one in five is a county, as in a prefecture-level city (8 of 30 in the bundled example).
  const counties = Math.max(1, Math.round(count / 5));
  return Array.from({ length: count }, (_, i) =>
    i < counties
      ? { name: `第${i + 1}县`, category: COUNTY, aliases: '' }
      : { name: `市第${i + 1 - counties}局`, category: CITY, aliases: i % 4 === 0 ? `${i + 1 - counties}局` : '' },
  );
}

/** Picks by weight in O(log n): a linear pick per row would make the largest size slow to build. */
function weightedPicker(rng: Rng, weights: readonly number[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const target = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const IMPORTANCE: readonly (readonly [string, number])[] = [
  ['一般重要', 60],
  ['比较重要', 30],
  ['特别重要', 10],
];

const TOPICS = ['营商环境优化', '重点项目建设', '信访积案化解', '安全生产整治', '民生实事推进', '乡村振兴衔接', '生态环境整改', '招商引资落地'];

function ledgerRows(rng: Rng, spec: SizeSpec, units: readonly { name: string }[]): Row[] {
  const pickUnit = weightedPicker(rng, units.map(() => rng.int(1, 10)));
  const firstDay = dayOf(REPORT_YEAR - 1, 10, 1);
  const lastDay = dayOf(REPORT_YEAR, 12, 31);
  const rows: Row[] = [];
  let unitsOfId = new Set<number>();
  for (let i = 0; i < spec.rows; i++) {
    // One item in ten also goes to a second or third unit: one row per (编号, 责任单位), each
    // cell but 责任单位 as in the row before, so a field ledger can name them all in one cell.
    let unit = pickUnit();
    if (i > 0 && rng.chance(0.1) && unitsOfId.size < units.length) {
      while (unitsOfId.has(unit)) unit = pickUnit();
      unitsOfId.add(unit);
      rows.push(rows[rows.length - 1].map((cell, c) => (c === LEDGER_COL.unit ? units[unit].name : cell)));
      continue;
    }
    const id = `DC-${REPORT_YEAR}-${String(i + 1).padStart(6, '0')}`;
    unitsOfId = new Set([unit]);
    const assigned = firstDay + rng.int(0, lastDay - 1 - firstDay);
    const deadline = assigned + rng.int(7, 120);
    // Within 延期上限月数 (2): EDATE(办理时限, 2) is at least 59 days on.
    const extendedTo = rng.chance(0.1) ? deadline + rng.int(1, 58) : null;
    const cancelled = rng.chance(0.03);
    let completed: Day | null = !cancelled && rng.chance(0.75) ? assigned + rng.int(1, 150) : null;
    if (completed !== null && completed > lastDay) completed = null;
    const status = cancelled ? '已销号' : rng.chance(0.5) ? null : completed !== null ? '已办结' : '办理中';
    const cooperators = rng.chance(0.15)
      ? [...new Set([pickUnit(), pickUnit()])].filter((u) => u !== unit).map((u) => units[u].name).join('、') || null
      : null;
    const byKey: Record<keyof SyntheticLedger['col'], CellValue> = {
      id,
      content: `关于${rng.pick(TOPICS)}第${i + 1}项任务的督办事项，请按时限要求办结并报送佐证材料`,
      unit: units[unit].name,
      cooperators,
      importance: rng.weighted(IMPORTANCE),
      assigned,
      deadline,
      extendedTo,
      completed,
      status,
      requirement: '按月报送进展，办结后报送佐证材料',
      standard: '问题整改到位，群众满意',
      effect: completed !== null ? '已按要求办结' : '正在推进',
      owner: `责任人${(i % 97) + 1}`,
      supervisor: `督办人${(i % 13) + 1}`,
      progress: null,
      leader: null,
      note: null,
    };
    rows.push(TEMPLATE_LEDGER_COLUMNS.map((c) => byKey[c.key]));
  }
  return rows;
}

function adjustmentRows(rng: Rng, spec: SizeSpec, ledger: readonly Row[]): Row[] {
  const categories = SANMENXIA_2019.adjustmentCategories;
  const rows: Row[] = [];
  // No two entries of one event (unit, 关联事项, 类别), so the highest-level-only rule never
  // drops one and a SUMIFS peer needs no de-duplication.
  const events = new Set<string>();
  const from = dayOf(REPORT_YEAR - 1, 12, 1);
  const to = dayOf(REPORT_YEAR, 12, 31);
  while (rows.length < spec.adjustments) {
    const item = ledger[rng.int(0, ledger.length - 1)];
    const category = rng.pick(categories);
    const cooperators = String(item[LEDGER_COL.cooperators] ?? '').split('、').filter(Boolean);
    // 配合不力 points at an item the unit only co-handles.
    const unit = category.name === '配合不力' && cooperators.length > 0 ? rng.pick(cooperators) : (item[LEDGER_COL.unit] as string);
    const relatedItem = item[LEDGER_COL.id] as string;
    const event = `${unit}|${relatedItem}|${category.name}`;
    if (!category.perOccurrence && events.has(event)) continue;
    events.add(event);
    const level = category.levelKind === 'none' ? null : rng.pick(Object.keys(category.points));
    const byKey: Record<(typeof ADJUSTMENT_COLUMNS)[number]['key'], CellValue> = {
      date: from + rng.int(0, to - from),
      unit,
      category: category.name,
      level,
      points: null,
      relatedItem,
      note: `${category.name}（${level ?? '每次'}）`,
    };
    rows.push(ADJUSTMENT_COLUMNS.map((c) => byKey[c.key]));
  }
  return rows;
}

/**
 * Progress reports of a responsible unit on one of its items, dated after 交办日期 and before
 * completion (a report after it is a 警告), as a 报送 sheet logs them: any item, any day.
 */
function reportRows(rng: Rng, spec: SizeSpec, ledger: readonly Row[]): Row[] {
  const yearEnd = dayOf(REPORT_YEAR, 12, 31);
  const rows: Row[] = [];
  while (rows.length < spec.reports) {
    const item = ledger[rng.int(0, ledger.length - 1)];
    const assigned = item[LEDGER_COL.assigned] as Day;
    const completed = item[LEDGER_COL.completed] as Day | null;
    const last = completed === null ? yearEnd : Math.min(completed - 1, yearEnd);
    if (last <= assigned) continue;
    rows.push([assigned + rng.int(1, last - assigned), item[LEDGER_COL.id], item[LEDGER_COL.unit], '本期进展：按计划推进']);
  }
  return rows;
}

export function generateLedger(spec: SizeSpec, seed = 20261231): SyntheticLedger {
  const rng = new Rng(seed + spec.rows);
  const units = unitNames(spec.units);
  const ledger = ledgerRows(rng, spec, units);
  const adjustments = adjustmentRows(rng, spec, ledger);
  return {
    spec,
    ledger: [TEMPLATE_LEDGER_COLUMNS.map((c) => c.header), ...ledger],
    roster: [ROSTER_COLUMNS.map((c) => c.header), ...units.map((u) => [u.name, u.category, u.aliases || null])],
    adjustments: [ADJUSTMENT_COLUMNS.map((c) => c.header), ...adjustments],
    reports: [REPORT_COLUMNS.map((c) => c.header), ...reportRows(rng, spec, ledger)],
    rules: [RULES_COLUMNS.map((c) => c.header), ['规则集', 'sanmenxia-2019'], ['下步工作要求', CLOSING_TEXT]],
    col: LEDGER_COL,
  };
}

/** The same tables with extra 规则 rows (e.g. 月排名加分 = 0 for the formula peer). */
export function withRules(data: SyntheticLedger, extra: readonly Row[]): SyntheticLedger {
  return { ...data, rules: [...data.rules, ...extra] };
}

export function sheetsOf(data: SyntheticLedger): { name: string; values: Row[] }[] {
  return [
    { name: '台账', values: data.ledger },
    { name: '单位', values: data.roster },
    { name: '加减分', values: data.adjustments },
    { name: '规则', values: data.rules },
  ];
}

/** The sheets with the 报送 sheet too: the ledger the progress-report measurement reads. */
export function withReportSheet(data: SyntheticLedger): { name: string; values: Row[] }[] {
  return [...sheetsOf(data), { name: '报送', values: data.reports }];
}
